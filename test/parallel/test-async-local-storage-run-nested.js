'use strict';
// AsyncLocalStorage#run: the store is visible inside the callback only,
// nests per instance, survives a throw, and gets the extra arguments.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
assert.strictEqual(a.getStore(), undefined);

const result = a.run({ id: 1 }, function(x, y) {
  assert.strictEqual(this, null);
  assert.deepStrictEqual([x, y], ['x', 'y']);
  assert.deepStrictEqual(a.getStore(), { id: 1 });
  assert.strictEqual(b.getStore(), undefined);
  b.run(2, () => {
    assert.deepStrictEqual(a.getStore(), { id: 1 });
    assert.strictEqual(b.getStore(), 2);
    a.run(3, () => assert.strictEqual(a.getStore(), 3));
    assert.deepStrictEqual(a.getStore(), { id: 1 });
  });
  assert.strictEqual(b.getStore(), undefined);
  return 'ret';
}, 'x', 'y');
assert.strictEqual(result, 'ret');
assert.strictEqual(a.getStore(), undefined);

assert.throws(() => a.run(5, () => { throw new Error('inner'); }), /inner/);
assert.strictEqual(a.getStore(), undefined);
