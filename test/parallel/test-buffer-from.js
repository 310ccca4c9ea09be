'use strict';
// Buffer.from() over strings, arrays, array buffers, buffers and objects.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.deepStrictEqual([...Buffer.from('héllo')], [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
assert.strictEqual(Buffer.from('aGk=', 'base64').toString(), 'hi');
assert.strictEqual(Buffer.from('6869', 'hex').toString(), 'hi');
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.deepStrictEqual([...Buffer.from('ab', 'utf16le')], [0x61, 0, 0x62, 0]);

// Arrays: each element is converted like a Uint8Array element.
assert.deepStrictEqual([...Buffer.from([1, 256, -1, 1.9, 'x'])], [1, 0, 255, 1, 0]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 7, 1: 8 })], [7, 8]);
assert.deepStrictEqual([...Buffer.from({ length: 'x' })], []);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([0x102, 0x304]))], [2, 4]);

// A copy of a buffer does not share memory.
const orig = Buffer.from('abc');
const copy = Buffer.from(orig);
copy[0] = 0x7a;
assert.strictEqual(orig.toString(), 'abc');

// An ArrayBuffer is shared, not copied.
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab, 1, 2);
new Uint8Array(ab)[1] = 9;
assert.strictEqual(view[0], 9);
assert.strictEqual(view.length, 2);
assert.strictEqual(Buffer.from(ab, 'x', -1).length, 0);
assert.throws(() => Buffer.from(ab, 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 1, 4), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});

// Objects whose valueOf or Symbol.toPrimitive give something usable.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'xy'; } }).toString(), 'xy');
assert.deepStrictEqual([...Buffer.from({ valueOf() { return [1, 2]; } })], [1, 2]);

for (const [value, received] of [[5, 'type number (5)'], [null, 'null'], [undefined, 'undefined'],
                                 [{}, 'an instance of Object'], [true, 'type boolean (true)']]) {
  assert.throws(() => Buffer.from(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
             `or Array or an Array-like Object. Received ${received}`,
  });
}
assert.throws(() => Buffer.from('abc', 'foo'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: foo',
});

assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)], [2, 0]);
assert.throws(() => Buffer.copyBytesFrom([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.ok(Buffer.from('x') instanceof Buffer);
assert.ok(Buffer.from('x') instanceof Uint8Array);
assert.ok(Buffer.isBuffer(Buffer.from('x')));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
