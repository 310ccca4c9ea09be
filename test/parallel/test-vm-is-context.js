'use strict';
// vm.isContext: false for ordinary objects; non-objects are rejected.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.isContext([]), false);
assert.strictEqual(vm.isContext(globalThis), false);
assert.throws(() => vm.isContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => vm.isContext(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(Object.getPrototypeOf(vm.constants), null);
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
