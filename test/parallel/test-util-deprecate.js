'use strict';
// util.deprecate: one DeprecationWarning per function, and per code.
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'DeprecationWarning') warnings.push([w.name, w.code, w.message]);
});

function sum(a, b) { return a + b; }
sum.prototype.x = 1;
const dep = util.deprecate(sum, 'sum() is deprecated', 'DEP_TEST_1');
assert.strictEqual(dep.name, 'deprecated');
assert.strictEqual(Object.getPrototypeOf(dep), sum);
assert.strictEqual(dep.prototype, sum.prototype);
assert.strictEqual(dep(1, 2), 3);
dep(1, 2);
// Same code: no second warning.
util.deprecate(() => 1, 'other text', 'DEP_TEST_1')();
// No code: one warning per wrapped function.
const noCode = util.deprecate(() => 'r', 'no code here');
noCode(); noCode();
// Constructors keep working through `new`.
class K { constructor(v) { this.v = v; } }
const DK = util.deprecate(K, 'K is deprecated', 'DEP_TEST_2');
assert.strictEqual(new DK(5).v, 5);

assert.throws(() => util.deprecate(sum, 'm', 42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (42)',
});

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP_TEST_1', 'sum() is deprecated'],
    ['DeprecationWarning', undefined, 'no code here'],
    ['DeprecationWarning', 'DEP_TEST_2', 'K is deprecated'],
  ]);
});
