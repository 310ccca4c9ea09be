'use strict';
// enterWith() sets the store for the rest of the synchronous execution;
// exit() runs a callback without it; disable() clears it until the next
// run()/enterWith().
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
other.enterWith('o');

als.run('outer', () => {
  als.enterWith('entered');
  assert.strictEqual(als.getStore(), 'entered');
  const r = als.exit((v) => {
    assert.strictEqual(als.getStore(), undefined);
    assert.strictEqual(other.getStore(), 'o');
    return v * 2;
  }, 21);
  assert.strictEqual(r, 42);
  assert.strictEqual(als.getStore(), 'entered');
});
assert.strictEqual(als.getStore(), undefined);

als.enterWith(7);
assert.strictEqual(als.getStore(), 7);
assert.strictEqual(als.enabled, true);
als.disable();
assert.strictEqual(als.enabled, false);
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(other.getStore(), 'o');
assert.strictEqual(als.exit(() => als.getStore()), undefined);
als.run(8, () => assert.strictEqual(als.getStore(), 8));
