'use strict';
// Buffer.from(arrayBuffer[, byteOffset]) without a length tracks a
// resizable (or growable) buffer's length; with a length it stays fixed.
const assert = require('assert');
const { Buffer } = require('buffer');

const ab = new ArrayBuffer(10, { maxByteLength: 20 });
const tracking = Buffer.from(ab, 1);
const fixed = Buffer.from(ab, 1, 4);
assert.strictEqual(tracking.length, 9);
ab.resize(15);
assert.strictEqual(tracking.length, 14);
assert.strictEqual(tracking.byteOffset, 1);
ab.resize(5);
assert.strictEqual(tracking.length, 4);
assert.strictEqual(fixed.length, 4);
ab.resize(3);
assert.strictEqual(tracking.length, 2);
assert.strictEqual(fixed.length, 0); // out of bounds now

// The deprecated constructor does the same.
process.noDeprecation = true;
const ab2 = new ArrayBuffer(4, { maxByteLength: 8 });
const old = new Buffer(ab2);
ab2.resize(8);
assert.strictEqual(old.length, 8);

const sab = new SharedArrayBuffer(4, { maxByteLength: 8 });
const shared = Buffer.from(sab, 2);
sab.grow(8);
assert.strictEqual(shared.length, 6);

// A fixed-length ArrayBuffer: the rest of it, as before.
assert.strictEqual(Buffer.from(new ArrayBuffer(8), 3).length, 5);
assert.strictEqual(Buffer.from(new ArrayBuffer(8), '2').byteOffset, 2);
assert.throws(() => Buffer.from(new ArrayBuffer(8), 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
