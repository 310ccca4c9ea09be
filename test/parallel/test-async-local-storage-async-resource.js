'use strict';
// AsyncResource captures the stores at construction: runInAsyncScope and
// bind() run code with them; type and triggerAsyncId are validated.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId } =
  require('async_hooks');

const als = new AsyncLocalStorage();
const res = als.run('r', () => new AsyncResource('MyResource'));
assert.strictEqual(typeof res.asyncId(), 'number');
assert.strictEqual(typeof res.triggerAsyncId(), 'number');
assert.strictEqual(res.emitDestroy(), res);
const out = res.runInAsyncScope(function(a) { return [als.getStore(), this, a]; }, 'self', 1);
assert.deepStrictEqual(out, ['r', 'self', 1]);
assert.strictEqual(als.getStore(), undefined);

const bound = res.bind(function(x, y) { return [als.getStore(), x, y]; });
assert.strictEqual(bound.length, 2);
assert.deepStrictEqual(bound(1, 2), ['r', 1, 2]);
const staticBound = als.run('s', () => AsyncResource.bind(() => als.getStore()));
assert.strictEqual(staticBound(), 's');

assert.throws(() => new AsyncResource(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID', name: 'RangeError', message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => createHook({ init: 1 }), {
  code: 'ERR_ASYNC_CALLBACK', name: 'TypeError', message: 'hook.init must be a function',
});
assert.strictEqual(typeof executionAsyncId(), 'number');
