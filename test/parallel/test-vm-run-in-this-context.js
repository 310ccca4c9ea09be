'use strict';
// vm.runInThisContext / Script#runInThisContext: global-scope evaluation
// returning the completion value; var and function declarations become
// globals; the filename reaches stack traces.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInThisContext('1 + 2'), 3);
assert.strictEqual(vm.runInThisContext('var vmTestVar = 41; vmTestVar + 1'), 42);
assert.strictEqual(globalThis.vmTestVar, 41);
vm.runInThisContext('function vmTestFn() { return "fn"; }');
assert.strictEqual(globalThis.vmTestFn(), 'fn');
assert.strictEqual(vm.runInThisContext('this === globalThis'), true);
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInThisContext('let vmLet = 5; vmLet'), 5);
assert.strictEqual(vm.runInThisContext('vmLet'), 5);

const script = new vm.Script('globalThis.vmCount = (globalThis.vmCount || 0) + 1',
                             { filename: 'count.js' });
assert.strictEqual(script.runInThisContext(), 1);
assert.strictEqual(script.runInThisContext(), 2);
assert.strictEqual(vm.createScript('7').runInThisContext(), 7);

assert.throws(() => vm.runInThisContext('throw new Error("boom")', 'boom-file.js'), (err) => {
  assert.strictEqual(err.message, 'boom');
  assert.match(err.stack, /boom-file\.js:1/);
  return true;
});
assert.throws(() => new vm.Script('(', { filename: 'bad.js' }), SyntaxError);
assert.strictEqual(new vm.Script('1').sourceMapURL, undefined);
assert.strictEqual(new vm.Script('1\n//# sourceMappingURL=map.json\n').sourceMapURL, 'map.json');
