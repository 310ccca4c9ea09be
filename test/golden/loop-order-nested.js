// Nested scheduling: nextTicks queued from nextTicks run before any
// promise job; promise jobs queued from promise jobs run before the next
// nextTick batch ends; immediates queued from immediates wait a turn.
'use strict';
const log = (s) => console.log(s);

process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick 1.1'));
  Promise.resolve().then(() => log('promise from tick 1'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise 1.1'));
}).then(() => log('promise 1 then'));

setImmediate(() => {
  log('immediate 1');
  setImmediate(() => log('immediate 1.1 (next turn)'));
  process.nextTick(() => log('tick from immediate 1'));
  Promise.resolve().then(() => log('promise from immediate 1'));
});
setImmediate(() => {
  log('immediate 2');
  // Timers scheduled from here cannot race the first loop turn.
  setTimeout(() => {
    log('timer 10');
    setTimeout(() => log('timer 10 + 0'), 0);
    setImmediate(() => log('immediate from timer 10'));
    process.nextTick(() => log('tick from timer 10'));
  }, 10);
  setTimeout(() => log('timer 40'), 40);
});
