'use strict';
// deepEqual/deepStrictEqual: a key of one side must be an enumerable own key
// of the other (a hidden property is not a match, either way round), and
// typed arrays compare by their element type, which a prototype or a
// Symbol.toStringTag cannot fake.
const assert = require('assert');

function assertNotEqualAnyWay(a, b) {
  for (const fn of [assert.deepEqual, assert.deepStrictEqual]) {
    assert.throws(() => fn(a, b), assert.AssertionError);
    assert.throws(() => fn(b, a), assert.AssertionError);
  }
}

{
  const a = { x: 1 };
  const b = { y: 1 };
  Object.defineProperty(b, 'x', { value: 1 });
  assertNotEqualAnyWay(a, b);
}
{
  const a = new Uint8Array(4);
  const b = new Int8Array(4);
  Object.setPrototypeOf(b, Uint8Array.prototype);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  assertNotEqualAnyWay(a, b);
}
assertNotEqualAnyWay(new Uint8Array(4), new Uint8ClampedArray(4));
assert.deepStrictEqual(new Uint16Array([1, 2]), new Uint16Array([1, 2]));
assert.deepEqual({ x: 1 }, { x: 1 });
