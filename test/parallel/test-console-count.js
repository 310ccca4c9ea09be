'use strict';
// console.count/countReset: per-label counters and the missing-label warning.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
const stream = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const c = new Console(stream);
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

c.count();
c.count();
c.count('x');
c.count(undefined);
c.countReset();
c.count();
c.count(null);
c.countReset('nope');
assert.strictEqual(out, 'default: 1\ndefault: 2\nx: 1\ndefault: 3\ndefault: 1\nnull: 1\n');

setImmediate(() => {
  assert.deepStrictEqual(warnings, ["Warning: Count for 'nope' does not exist"]);
});
