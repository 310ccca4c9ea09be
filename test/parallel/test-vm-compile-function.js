'use strict';
// vm.compileFunction: a function over the given parameter names; argument
// validation.
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(typeof add, 'function');
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(add.length, 2);
assert.strictEqual(vm.compileFunction('return typeof require')(), 'undefined');
assert.strictEqual(vm.compileFunction('return 1', undefined, { filename: 'f.js' })(), 1);

const thrower = vm.compileFunction('throw new Error("x")', [], { filename: 'cf.js' });
assert.throws(thrower, (err) => /cf\.js:1/.test(err.stack));

assert.throws(() => vm.compileFunction(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "params" argument must be an instance of Array. Received type string (\'a\')',
});
assert.throws(() => vm.compileFunction('', [1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "params[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', [], 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('(', []), SyntaxError);
