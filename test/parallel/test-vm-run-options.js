'use strict';
// vm's timeout, a context's codeGeneration limits and microtaskMode
// 'afterEvaluate'.
const assert = require('assert');
const vm = require('vm');

const timedOut = (ms) => ({
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: `Script execution timed out after ${ms}ms`,
});
assert.throws(() => vm.runInNewContext('while (true);', {}, { timeout: 50 }), timedOut(50));
assert.throws(() => vm.runInThisContext('for (;;) {}', { timeout: 20 }), timedOut(20));
assert.throws(() => new vm.Script('while (true);').runInContext(vm.createContext(), { timeout: 10 }),
              timedOut(10));
assert.strictEqual(vm.runInNewContext('6 * 7', {}, { timeout: 1000 }), 42);
assert.throws(() => vm.runInThisContext('1', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => vm.runInThisContext('1', { timeout: '5' }), { code: 'ERR_INVALID_ARG_TYPE' });

// An inner time limit ends only the inner script; an outer one ends both.
assert.strictEqual(vm.runInNewContext(
  'try { vm.runInNewContext("while (true);", {}, { timeout: 20 }) } catch (e) { e.code }',
  { vm }, { timeout: 10000 }), 'ERR_SCRIPT_EXECUTION_TIMEOUT');
assert.throws(() => vm.runInNewContext(
  'try { vm.runInNewContext("while (true);", {}, { timeout: 10000 }) } catch { "caught" }',
  { vm }, { timeout: 50 }), timedOut(50));
// The process goes on running scripts afterwards.
assert.strictEqual(vm.runInNewContext('1 + 1'), 2);

// codeGeneration: eval and new Function, or wasm, refused in that context
// only, with the context's own error classes.
const noStrings = vm.createContext({}, { codeGeneration: { strings: false } });
const ContextEvalError = vm.runInContext('EvalError', noStrings);
assert.throws(() => vm.runInContext('eval("1")', noStrings), ContextEvalError);
assert.throws(() => vm.runInContext('new Function("return 1")', noStrings), ContextEvalError);
assert.strictEqual(vm.runInContext('1 + 1', noStrings), 2);
assert.strictEqual(eval('2 + 2'), 4);
const wasmBytes = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const noWasm = vm.createContext({ wasmBytes }, { codeGeneration: { wasm: false } });
assert.throws(() => vm.runInContext('new WebAssembly.Module(wasmBytes)', noWasm),
              vm.runInContext('WebAssembly.CompileError', noWasm));
assert.strictEqual(vm.runInContext('eval("3")', noWasm), 3);
assert.ok(new WebAssembly.Module(wasmBytes));
assert.throws(() => vm.createContext({}, { codeGeneration: { strings: 0 } }),
              { code: 'ERR_INVALID_ARG_TYPE' });

// microtaskMode 'afterEvaluate': the script's promise jobs have run when
// runInContext returns.
const ctx = vm.createContext({ log: [] }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log.push("job"))', ctx);
assert.deepStrictEqual(ctx.log, ['job']);
assert.throws(() => vm.createContext({}, { microtaskMode: 'later' }), { code: 'ERR_INVALID_ARG_VALUE' });
