'use strict';
// Buffer#toString in every encoding, with ranges and unknown encodings.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x00, 0x7f, 0x80]);
assert.strictEqual(buf.toString(), 'h\u00e9\ufffd\u0000\u007f\ufffd');
assert.strictEqual(buf.toString('hex'), '68c3a9ff007f80');
assert.strictEqual(buf.toString('base64'), 'aMOp/wB/gA==');
assert.strictEqual(buf.toString('base64url'), 'aMOp_wB_gA');
assert.strictEqual(buf.toString('latin1'), 'h\u00c3\u00a9\u00ff\u0000\u007f\u0080');
assert.strictEqual(buf.toString('binary'), buf.toString('latin1'));
assert.strictEqual(buf.toString('ascii'), 'hC)\u007f\u0000\u007f\u0000');
assert.strictEqual(buf.toString('ucs2'), '\uc368\uffa9\u7f00');
assert.strictEqual(buf.toString('utf16le'), buf.toString('ucs2'));

// Encoding names are case-insensitive.
for (const enc of ['UTF8', 'Utf-8', 'HEX', 'Base64', 'LATIN1', 'UCS-2', 'UTF-16LE', 'BINARY']) {
  assert.strictEqual(buf.toString(enc), buf.toString(enc.toLowerCase()));
}

// UTF-8 decoding replaces each maximal invalid subsequence with U+FFFD.
assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString(), '\u{1F600}');

const hw = Buffer.from('hello world');
assert.strictEqual(hw.toString('utf8', 1, 3), 'el');
assert.strictEqual(hw.toString('utf8', 1.5, 3.7), 'el');
assert.strictEqual(hw.toString('utf8', -1, 3), 'hel');
assert.strictEqual(hw.toString('utf8', NaN, 3), 'hel');
assert.strictEqual(hw.toString('utf8', 1, NaN), '');
assert.strictEqual(hw.toString('utf8', 6), 'world');
assert.strictEqual(hw.toString('utf8', 100), '');
assert.strictEqual(hw.toString(undefined, 6, 100), 'world');
assert.strictEqual(hw.toString('utf8', 4, 2), '');
assert.strictEqual(hw.toLocaleString('hex', 0, 2), '6865');

for (const enc of ['foo', null, '', 5]) {
  assert.throws(() => hw.toString(enc), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: `Unknown encoding: ${enc}`,
  });
}
