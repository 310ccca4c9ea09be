'use strict';
// util.inherits: prototype chain, super_ and argument validation.
const assert = require('assert');
const util = require('util');

function Base() { this.base = true; }
Base.prototype.hello = function() { return 'hello'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);

const d = new Derived();
assert.strictEqual(d.hello(), 'hello');
assert.ok(d instanceof Base);
assert.strictEqual(Derived.super_, Base);
assert.strictEqual(Object.getOwnPropertyDescriptor(Derived, 'super_').enumerable, false);
assert.strictEqual(Derived.prototype.constructor, Derived);

assert.throws(() => util.inherits(null, Base), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Derived, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(Derived, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
