'use strict';
// An AsyncResource created in a domain belongs to it: resource.domain is
// that domain (not an own enumerable property), undefined outside any.
const assert = require('assert');
const domain = require('domain');
const { AsyncResource } = require('async_hooks');

const d = domain.create();
let inside;
d.run(() => {
  inside = new AsyncResource('Inside');
});
assert.strictEqual(inside.domain, d);
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(inside, 'domain'), false);
assert.strictEqual(Object.keys(inside).includes('domain'), false);

const outside = new AsyncResource('Outside');
assert.strictEqual(outside.domain, undefined);

// It can be assigned, as any property.
inside.domain = null;
assert.strictEqual(inside.domain, null);

// The resource's callbacks run in its domain.
const errors = [];
d.on('error', (err) => errors.push(err.message));
const other = domain.create();
other.run(() => {
  const r = new AsyncResource('Other');
  r.runInAsyncScope(() => assert.strictEqual(process.domain, other));
  assert.strictEqual(r.domain, other);
});
setImmediate(() => {
  assert.deepStrictEqual(errors, []);
});
