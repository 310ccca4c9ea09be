// Sync code, then nextTicks, then promise jobs, then the loop phases.
// From an I/O callback, setImmediate always runs before setTimeout(0).
'use strict';
const fs = require('fs');

const log = (s) => console.log(s);
setTimeout(() => log('timeout (main, 100ms)'), 100);
fs.readFile(__filename, () => {
  log('readFile callback');
  setTimeout(() => log('timeout (from I/O)'), 0);
  setImmediate(() => log('immediate (from I/O)'));
  process.nextTick(() => log('nextTick (from I/O)'));
  Promise.resolve().then(() => log('promise (from I/O)'));
});
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('nextTick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('nextTick 2'));
queueMicrotask(() => log('queueMicrotask'));
log('sync end');
