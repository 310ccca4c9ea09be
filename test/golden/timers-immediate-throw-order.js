// When an immediate throws and 'uncaughtException' handles it, the rest of
// the immediate queue runs before the nextTicks and microtasks the
// throwing callback queued.
'use strict';
process.on('uncaughtException', (err) => console.log('caught', err.message));
setImmediate(() => {
  process.nextTick(() => console.log('tick queued by the throwing immediate'));
  Promise.resolve().then(() => console.log('microtask queued by the throwing immediate'));
  throw new Error('immediate');
});
setImmediate(() => console.log('second immediate'));
setImmediate(() => {
  process.nextTick(() => console.log('tick queued by the third immediate'));
  console.log('third immediate');
});
setImmediate(() => console.log('fourth immediate'));
