'use strict';
// The DEP0005 check for node_modules callers reads the call stack without
// running Error.prepareStackTrace: a prepareStackTrace that itself calls
// Buffer() neither recurses nor warns twice.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
let calls = 0;
Error.prepareStackTrace = () => {
  calls++;
  return new Buffer(10); // eslint-disable-line no-buffer-constructor
};

const stack = new Error().stack;
assert.ok(Buffer.isBuffer(stack));
assert.strictEqual(calls, 1);

process.on('exit', () => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].code, 'DEP0005');
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
});
