'use strict';
// Buffer#fill with numbers, strings, buffers, ranges and encodings.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');

assert.strictEqual(hex(Buffer.alloc(4).fill(1)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(257)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
assert.strictEqual(hex(Buffer.alloc(4).fill(true)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill('ab')), '61626162');
assert.strictEqual(hex(Buffer.alloc(5).fill('\u0222')), 'c8a2c8a2c8');
assert.strictEqual(hex(Buffer.alloc(5).fill('\u0222', 'ucs2')), '2202220222');
assert.strictEqual(hex(Buffer.alloc(3).fill('abc', 'hex')), 'ababab');
assert.strictEqual(hex(Buffer.alloc(1).fill('ab', 'base64')), '69');
assert.strictEqual(hex(Buffer.alloc(4).fill('\u00e9', 'latin1')), 'e9e9e9e9');
assert.strictEqual(hex(Buffer.alloc(4).fill('')), '00000000');
assert.strictEqual(hex(Buffer.alloc(4).fill(Buffer.from([1, 2, 3]), 1)), '00010203');
assert.strictEqual(hex(Buffer.alloc(4).fill(new Uint16Array([0x102]), 1)), '00020102');

// Ranges and the string-encoding shortcuts.
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 1, 3)), '00616100');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 1, 3, 'UCS2')), '00610000');
assert.strictEqual(hex(Buffer.alloc(4).fill('61', 2, 'hex')), '00006161');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 2, 1)), '00000000');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 5, 'utf8')), '00000000');

const b = Buffer.alloc(2);
assert.strictEqual(b.fill(1), b);

assert.throws(() => Buffer.alloc(3).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(3).fill(Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => Buffer.alloc(3).fill('a', 0, 3, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => Buffer.alloc(3).fill('a', 'foo'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: foo',
});
assert.throws(() => Buffer.alloc(3).fill('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => Buffer.alloc(3).fill('a', 1, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 3. Received 5',
});
assert.throws(() => Buffer.alloc(3).fill(1, 2, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "end" argument must be of type number. Received type string (\'x\')',
});
