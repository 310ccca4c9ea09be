'use strict';
// console.time/timeLog/timeEnd: output format, labels and warnings.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
const stream = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const c = new Console(stream);
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));

c.time('job');
c.timeLog('job', 'step', { n: 1 });
c.timeEnd('job');
c.time();
c.timeEnd();
c.time(42);
c.timeEnd('42');

const lines = out.split('\n');
assert.match(lines[0], /^job: \d+(\.\d+)?ms step \{ n: 1 \}$/);
assert.match(lines[1], /^job: \d+(\.\d+)?ms$/);
assert.match(lines[2], /^default: \d+(\.\d+)?ms$/);
assert.match(lines[3], /^42: \d+(\.\d+)?ms$/);
assert.strictEqual(lines.length, 5);

// Long durations switch to seconds and m:ss / h:mm:ss forms.
const realHrtime = process.hrtime;
const durations = [[1, 234567890, 't: 1.235s'], [61, 500000000, 't: 1:01.500 (m:ss.mmm)'],
                   [3723, 5000000, 't: 1:02:03.005 (h:mm:ss.mmm)'], [0, 1500000, 't: 1.5ms']];
for (const [s, ns, expected] of durations) {
  process.hrtime = (prev) => (prev ? [s, ns] : [0, 0]);
  out = '';
  c.time('t');
  c.timeEnd('t');
  assert.strictEqual(out, `${expected}\n`);
}
process.hrtime = realHrtime;

c.time('dup');
c.time('dup');
c.timeEnd('missing');
c.timeLog('missing2');

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "Label 'dup' already exists for console.time()",
    "No such label 'missing' for console.timeEnd()",
    "No such label 'missing2' for console.timeLog()",
  ]);
});
