'use strict';
// Integer reads and writes, their lowercase aliases and range errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from([0x80, 0xff, 0x01, 0x7f, 0xfe, 0x00, 0x12, 0x34]);
assert.strictEqual(b.readUInt8(0), 0x80);
assert.strictEqual(b.readInt8(0), -128);
assert.strictEqual(b.readUInt16LE(0), 0xff80);
assert.strictEqual(b.readUInt16BE(0), 0x80ff);
assert.strictEqual(b.readInt16LE(0), -128);
assert.strictEqual(b.readInt16BE(0), -32513);
assert.strictEqual(b.readUInt32LE(0), 0x7f01ff80);
assert.strictEqual(b.readUInt32BE(0), 0x80ff017f);
assert.strictEqual(b.readInt32BE(0), -2130771585);
assert.strictEqual(b.readInt32LE(4), 0x341200fe);
assert.strictEqual(b.readUIntLE(0, 6), 0x00fe7f01ff80);
assert.strictEqual(b.readUIntBE(0, 3), 0x80ff01);
assert.strictEqual(b.readIntBE(0, 6), -139642246529536);
assert.strictEqual(b.readIntLE(1, 3), 0x7f01ff);
assert.strictEqual(b.readUint32LE, b.readUInt32LE);
assert.strictEqual(b.readUint8(7), 0x34);

const w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt16BE(0x1234, 1), 3);
assert.strictEqual(w.writeInt32LE(-2, 3), 7);
assert.strictEqual(w.writeInt8(-1, 7), 8);
assert.strictEqual(w.toString('hex'), '001234feffffffff');
assert.strictEqual(w.writeUIntLE(0x123456789abc, 0, 6), 6);
assert.strictEqual(w.toString('hex', 0, 6), 'bc9a78563412');
assert.strictEqual(w.writeIntBE(-2, 0, 5), 5);
assert.strictEqual(w.toString('hex', 0, 5), 'fffffffffe');
assert.strictEqual(w.writeUint8(1.7, 0), 1);
assert.strictEqual(w[0], 1);

const range = (message) => ({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
assert.throws(() => b.readUInt8(8), range(
  'The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8'));
assert.throws(() => b.readUInt32LE(5), range(
  'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5'));
assert.throws(() => b.readUInt8(1.5), range(
  'The value of "offset" is out of range. It must be an integer. Received 1.5'));
assert.throws(() => b.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => b.readUIntLE(0, 7), range(
  'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7'));
assert.throws(() => b.readUIntLE(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});

assert.throws(() => w.writeUInt8(256), range(
  'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256'));
assert.throws(() => w.writeInt16BE(-40000), range(
  'The value of "value" is out of range. It must be >= -32768 and <= 32767. Received -40000'));
assert.throws(() => w.writeUInt32LE(2 ** 32), range(
  'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296'));
assert.throws(() => w.writeUIntLE(2 ** 48, 0, 6), range(
  'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. ' +
  'Received 281_474_976_710_656'));
assert.throws(() => w.writeIntLE(2 ** 47, 0, 6), range(
  'The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. ' +
  'Received 140_737_488_355_328'));
assert.throws(() => w.writeUInt16LE(1, 7), range(
  'The value of "offset" is out of range. It must be >= 0 and <= 6. Received 7'));
// writeUInt8 checks the offset type first; wider writes check the value first.
assert.throws(() => w.writeUInt8(256, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => w.writeUInt16LE(70000, 'x'), { code: 'ERR_OUT_OF_RANGE' });
