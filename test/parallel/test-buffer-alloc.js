'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow and their size checks.
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength, constants } = require('buffer');

assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [0x61, 0x62, 0x61, 0x62, 0x61]);
assert.deepStrictEqual([...Buffer.alloc(4, 'ab', 'hex')], [0xab, 0xab, 0xab, 0xab]);
assert.deepStrictEqual([...Buffer.alloc(3, 257)], [1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, Buffer.from([1, 2, 3]))], [1, 2, 3, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, '', 'hex')], [0, 0, 0, 0]);
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.strictEqual(Buffer.alloc(0).length, 0);

assert.strictEqual(Buffer.allocUnsafe(10).length, 10);
assert.strictEqual(Buffer.allocUnsafeSlow(10).length, 10);
assert.strictEqual(SlowBuffer(4).length, 4);
assert.strictEqual(Buffer.poolSize, 8192);

// Small allocUnsafe() buffers are slices of a shared 8 KiB pool.
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
assert.strictEqual(a.buffer.byteLength, 8192);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(b.byteOffset - a.byteOffset, 16); // 8-byte aligned
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.alloc(10).byteOffset, 0);

assert.strictEqual(kMaxLength, Number.MAX_SAFE_INTEGER);
assert.strictEqual(constants.MAX_LENGTH, kMaxLength);

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => fn(2 ** 53), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. ' +
             'Received 9_007_199_254_740_992',
  });
  // Within node's limit but more than the engine can allocate.
  assert.throws(() => fn(2 ** 50), RangeError);
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fn('5'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
}
assert.throws(() => Buffer.alloc(4, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(4, 'a', 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
