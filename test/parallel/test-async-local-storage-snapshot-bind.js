'use strict';
// AsyncLocalStorage.snapshot() and AsyncLocalStorage.bind() capture the
// stores current at the call and restore them when invoked later.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const [snap, bound] = als.run('captured', () => [
  AsyncLocalStorage.snapshot(),
  AsyncLocalStorage.bind((x) => [als.getStore(), x]),
]);
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(snap((a, b) => `${als.getStore()}:${a}${b}`, 1, 2), 'captured:12');
assert.deepStrictEqual(bound(5), ['captured', 5]);
als.run('other', () => {
  assert.strictEqual(snap(() => als.getStore()), 'captured');
  assert.strictEqual(als.getStore(), 'other');
});
assert.throws(() => AsyncLocalStorage.bind(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
