'use strict';
// vm.constants.DONT_CONTEXTIFY: the context is an ordinary global object of
// its own; import() in a vm script without --experimental-vm-modules
// rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG.
const assert = require('assert');
const vm = require('vm');

const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert(vm.isContext(context));
assert.strictEqual(vm.runInContext('globalThis', context), context);
assert.strictEqual(typeof context.Array, 'function');
assert.notStrictEqual(context.Array, Array);
assert.deepStrictEqual(Object.keys(context), []);
vm.runInContext('var declared = 1; assigned = 2;', context);
assert.strictEqual(context.declared, 1);
assert.strictEqual(context.assigned, 2);
assert.strictEqual(globalThis.assigned, undefined);
assert.strictEqual(vm.runInNewContext('typeof process', vm.constants.DONT_CONTEXTIFY), 'undefined');

const script = new vm.Script('import("fs")', { importModuleDynamically() {} });
assert.rejects(script.runInThisContext(), {
  name: 'TypeError',
  code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  message: 'A dynamic import callback was invoked without --experimental-vm-modules',
}).then(() => {});
