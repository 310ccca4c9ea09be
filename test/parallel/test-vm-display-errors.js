'use strict';
// vm's displayErrors (on by default): an error thrown by the script's own
// code carries, at the head of its stack, the arrow at its line, showing
// the code as given (offsets applied to the line number only).
const assert = require('assert');
const vm = require('vm');

function stackOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.stack;
  }
  assert.fail('no error');
}

assert.match(stackOf(() => vm.runInThisContext('throw new Error("boom")', 'f.vm')),
             /^f\.vm:1\nthrow new Error\("boom"\)\n\^\n\nError: boom\n {4}at f\.vm:1:7/);
assert.match(stackOf(() => vm.runInThisContext('\n  foo.bar()', 'g.vm')),
             /^g\.vm:2\n {2}foo\.bar\(\)\n {2}\^\n\nReferenceError: /);
assert.match(stackOf(() => new vm.Script('let y = ;', 'h.vm')), /^h\.vm:1\nlet y = ;\n {8}\^\n\nSyntaxError: /);
assert.match(stackOf(() => vm.runInContext(' throw new Error()', vm.createContext(), {
  filename: 'offset.vm', lineOffset: 32, columnOffset: 123,
})), /^offset\.vm:33\n throw new Error\(\)\n \^\n\nError\n {4}at offset\.vm:33:131/);
assert.match(stackOf(() => vm.runInThisContext('throw new Error("q")', {
  filename: 'quiet.vm', displayErrors: false,
})), /^Error: q\n/);
// Thrown again through vm: decorated once.
try {
  vm.runInThisContext('throw new Error("once")', 'once.vm');
} catch (e) {
  globalThis.saved = e;
}
const twice = stackOf(() => vm.runInThisContext('throw globalThis.saved', 'once.vm'));
assert.strictEqual(twice.split('once.vm:1\n').length, 2);
assert.match(twice, /^once\.vm:1\nthrow new Error\("once"\)\n/);
delete globalThis.saved;
assert.throws(() => vm.runInNewContext('', {}, { contextName: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.contextName" property must be of type string. Received null',
});
