// console.count / countReset, and console.time labels (timing numbers
// are masked since they vary).
'use strict';
const { Console } = require('console');
const { Writable } = require('stream');

console.count();
console.count();
console.count('apples');
console.count('apples');
console.countReset('apples');
console.count('apples');
console.count('default');

// Capture time/timeLog/timeEnd through a Console on our own stream.
const lines = [];
const sink = new Writable({
  write(chunk, enc, cb) { lines.push(chunk.toString()); cb(); },
});
const c = new Console({ stdout: sink, stderr: sink });
c.time('load');
c.timeLog('load', 'step', 1);
c.timeEnd('load');
c.time();
c.timeEnd();
setImmediate(() => {
  for (const line of lines) {
    process.stdout.write(line.replace(/\d+(\.\d+)?(ms|s)\b/, 'N$2'));
  }
});
