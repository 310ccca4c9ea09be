// When an immediate throws and 'uncaughtException' handles it, the rest of
// the immediate queue runs before the nextTicks the throwing callback
// queued; after a timer throws, its nextTicks and microtasks run next.
'use strict';
process.on('uncaughtException', (err) => console.log('caught', err.message));
setImmediate(() => {
  process.nextTick(() => console.log('tick queued by the throwing immediate'));
  Promise.resolve().then(() => console.log('microtask queued by the throwing immediate'));
  throw new Error('immediate');
});
setImmediate(() => console.log('second immediate'));
setImmediate(() => console.log('third immediate'));
setTimeout(() => {
  process.nextTick(() => console.log('tick queued by the throwing timer'));
  throw new Error('timer');
}, 5);
setTimeout(() => console.log('second timer'), 5);
