'use strict';
// vm contexts: a script run in a context resolves names in the contextified
// object first, then in the context's own builtins; declarations and
// assignments to undeclared names land on that object.
const assert = require('assert');
const vm = require('vm');

// The example of Node's documentation.
const context = { x: 2 };
assert.strictEqual(vm.createContext(context), context);
assert.strictEqual(vm.isContext(context), true);
vm.runInContext('x += 40; var y = 17;', context);
assert.deepStrictEqual(context, { x: 42, y: 17 });

// Undeclared assignments, globalThis properties and functions.
const sandbox = { animal: 'cat', count: 2 };
vm.runInNewContext('count += 1; name = "kitty"; globalThis.legs = 4; function f() { return count; }', sandbox);
assert.strictEqual(sandbox.count, 3);
assert.strictEqual(sandbox.name, 'kitty');
assert.strictEqual(sandbox.legs, 4);
assert.strictEqual(typeof sandbox.f, 'function');
assert.strictEqual(sandbox.f(), 3);

// Top-level let and const persist from one script to the next, off the
// sandbox; the global seen through a sloppy `this` reads the sandbox.
const ctx = vm.createContext({ base: 10 });
vm.runInContext('let hidden = 5;', ctx);
assert.strictEqual(vm.runInContext('hidden + base', ctx), 15);
assert.strictEqual('hidden' in ctx, false);
assert.strictEqual(vm.runInContext('(function () { return this; })().base', ctx), 10);

// A context has builtins of its own and none of node's globals.
assert.notStrictEqual(vm.runInNewContext('Object'), Object);
assert.strictEqual(vm.runInNewContext('({})') instanceof Object, false);
assert.strictEqual(vm.runInNewContext('typeof require + typeof process'), 'undefinedundefined');
// eddy's additions to the engine's builtins are there too, of that realm.
assert.strictEqual(vm.runInNewContext('[3, 1, 2].toSorted() instanceof Array'), true);
assert.strictEqual(vm.runInNewContext('typeof Error.captureStackTrace'), 'function');
assert.throws(() => vm.runInNewContext('throw new TypeError("boom")'),
              (err) => err.name === 'TypeError' && !(err instanceof TypeError) &&
                       err.message === 'boom');

// One Script runs in several contexts, and in the same one repeatedly.
const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const a = vm.createContext({});
const b = vm.createContext({ n: 10 });
script.runInContext(a);
script.runInContext(a);
script.runInContext(b);
assert.strictEqual(a.n, 2);
assert.strictEqual(b.n, 11);
assert.strictEqual(script.runInNewContext({ n: 41 }), 42);

// Promises made in a context settle on the main loop.
vm.runInNewContext('Promise.resolve(7)').then((v) => assert.strictEqual(v, 7));

// Bad input gets node's errors.
assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
assert.throws(() => new vm.Script('1').runInContext({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => vm.createContext({}, { name: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext({}, { microtaskMode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => vm.runInNewContext('1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext({}, { codeGeneration: { wasm: 'no' } }),
              { code: 'ERR_INVALID_ARG_TYPE' });
