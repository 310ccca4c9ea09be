'use strict';
// Float, double and 64-bit BigInt reads and writes.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeFloatLE(1.5, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), '0000c03f');
assert.strictEqual(b.readFloatLE(0), 1.5);
b.writeFloatBE(-0.1, 4);
assert.strictEqual(b.toString('hex', 4), 'bdcccccd');
assert.strictEqual(b.readFloatBE(4), Math.fround(-0.1));
assert.strictEqual(b.writeDoubleBE(Math.PI), 8);
assert.strictEqual(b.toString('hex'), '400921fb54442d18');
assert.strictEqual(b.readDoubleBE(0), Math.PI);
b.writeDoubleLE(-Infinity);
assert.strictEqual(b.readDoubleLE(), -Infinity);
b.writeDoubleLE(NaN);
assert.ok(Number.isNaN(b.readDoubleLE(0)));
b.writeFloatLE('x', 0);
assert.ok(Number.isNaN(b.readFloatLE(0)));

assert.strictEqual(b.writeBigUInt64LE(0x0102030405060708n), 8);
assert.strictEqual(b.toString('hex'), '0807060504030201');
assert.strictEqual(b.readBigUInt64LE(), 0x0102030405060708n);
assert.strictEqual(b.readBigUInt64BE(), 0x0807060504030201n);
b.writeBigInt64BE(-2n);
assert.strictEqual(b.toString('hex'), 'fffffffffffffffe');
assert.strictEqual(b.readBigInt64BE(0), -2n);
assert.strictEqual(b.readBigUint64LE(0), 0xfeffffffffffffffn);
assert.strictEqual(b.writeBigUint64BE, b.writeBigUInt64BE);

assert.throws(() => b.writeBigInt64LE(2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
           'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => b.writeBigUInt64LE(-1n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n',
});
assert.throws(() => b.writeBigUInt64LE(1), TypeError);
assert.throws(() => b.readBigInt64LE(1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => b.readDoubleLE(4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 4',
});
assert.throws(() => b.writeFloatLE(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
