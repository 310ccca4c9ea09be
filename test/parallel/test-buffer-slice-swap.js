'use strict';
// slice/subarray share memory; swap16/32/64 reorder bytes in place.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcdefgh');
assert.strictEqual(b.slice(2, 4).toString(), 'cd');
assert.strictEqual(b.slice(-3).toString(), 'fgh');
assert.strictEqual(b.slice(-3, -1).toString(), 'fg');
assert.strictEqual(b.slice('2', '4').toString(), 'cd');
assert.strictEqual(b.slice(4, 2).length, 0);
assert.strictEqual(b.slice(0, 100).length, 8);
assert.strictEqual(b.subarray(1.7, 3.2).toString(), 'bc');

const s = b.subarray(1, 3);
assert.ok(s instanceof Buffer);
assert.strictEqual(s.buffer, b.buffer);
s[0] = 0x7a;
assert.strictEqual(b.toString(), 'azcdefgh');

// Typed array methods that build new arrays return buffers too.
assert.ok(Buffer.from('ab').map((x) => x + 1) instanceof Buffer);
assert.strictEqual(Buffer.from('ab').map((x) => x + 1).toString(), 'bc');

assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), '02010403');
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), '04030201');
assert.strictEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64().toString('hex'), '0807060504030201');
const big = Buffer.alloc(1024);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
big.swap16();
assert.strictEqual(big[0], 1);
assert.strictEqual(big[1023], 254);

assert.throws(() => Buffer.from([1, 2, 3]).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.from([1, 2]).swap32(), {
  code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 32-bits',
});
assert.throws(() => Buffer.from([1, 2, 3, 4]).swap64(), {
  code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 64-bits',
});
