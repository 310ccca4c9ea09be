'use strict';
// compare(), Buffer.compare() and equals().
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
assert.strictEqual(a.compare(b), -1);
assert.strictEqual(b.compare(a), 1);
assert.strictEqual(a.compare(Buffer.from('abc')), 0);
assert.strictEqual(Buffer.from('ab').compare(a), -1);
assert.strictEqual(Buffer.compare(a, b), -1);
assert.deepStrictEqual([b, a, Buffer.from('aa')].sort(Buffer.compare).map(String), ['aa', 'abc', 'abd']);
assert.strictEqual(a.compare(new Uint8Array([0x61, 0x62, 0x63])), 0);

const hw = Buffer.from('hello world');
const h = Buffer.from('hello');
assert.strictEqual(hw.compare(h, 0, 5, 0, 5), 0);
assert.strictEqual(hw.compare(h, 0, 5, 0, 4), -1);
assert.strictEqual(hw.compare(h, 1, 4, 1, 4), 0);
assert.strictEqual(hw.compare(h, 6, 5), 1);
assert.strictEqual(hw.compare(h, 0, 5, 11, 11), -1);
assert.strictEqual(hw.compare(h, 3, 2, 2, 1), 0);
assert.strictEqual(hw.compare(h, 100), 1);

assert.throws(() => hw.compare(h, 0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 5. Received 100',
});
assert.throws(() => hw.compare(h, 0, 5, 0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0 && <= 11. Received 100',
});
assert.throws(() => hw.compare(h, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => hw.compare('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
           'Received type string (\'x\')',
});
assert.throws(() => Buffer.compare('x', a), { code: 'ERR_INVALID_ARG_TYPE', message: /"buf1"/ });
assert.throws(() => Buffer.compare(a, 'x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"buf2"/ });

assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(Buffer.from('ab')), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
           'Received type string (\'abc\')',
});
