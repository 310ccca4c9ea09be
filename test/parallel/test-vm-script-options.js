'use strict';
// new vm.Script / runInThisContext option validation; lineOffset moves the
// positions reported in stack traces.
const assert = require('assert');
const vm = require('vm');

assert.throws(() => new vm.Script('1', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => new vm.Script('1', { filename: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.filename" property must be of type string. Received type number (5)',
});
assert.throws(() => vm.runInThisContext('1', { lineOffset: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.lineOffset" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => vm.runInThisContext('1', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received -1',
});
assert.throws(() => vm.runInThisContext('1', { breakOnSigint: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.breakOnSigint" property must be of type boolean. Received type number (1)',
});
// A non-string code is converted.
assert.strictEqual(new vm.Script(5).runInThisContext(), 5);

const s = new vm.Script('\nthrow new Error("L")', { filename: 'off.js', lineOffset: 10 });
assert.throws(() => s.runInThisContext(), (err) => {
  assert.match(err.stack, /off\.js:12/);
  return true;
});
