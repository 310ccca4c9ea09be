'use strict';
// indexOf/lastIndexOf with 'ucs2' search 16-bit units: a match starts at an
// even byte offset, and a needle's odd last byte is ignored (as Node).
const assert = require('assert');

const b = Buffer.from([0x61, 0x01, 0x00, 0x61, 0x61, 0x00]);
const odd = Buffer.from([0x01, 0x00]);  // only at byte 1
assert.strictEqual(b.indexOf(odd, 0, 'ucs2'), -1);
assert.strictEqual(b.indexOf(odd), 1);
assert.strictEqual(b.lastIndexOf(odd, undefined, 'ucs2'), -1);
assert.strictEqual(b.lastIndexOf(Buffer.from([0x61, 0x61]), undefined, 'ucs2'), -1);
assert.strictEqual(b.indexOf('\u6100', 'ucs2'), 2);
assert.strictEqual(b.indexOf('\u6100', 1, 'ucs2'), 2);
assert.strictEqual(b.indexOf(Buffer.from([0x61, 0x00, 0x61]), 0, 'ucs2'), 4);
assert.strictEqual(b.lastIndexOf('a', -1, 'ucs2'), 4);

const chars = Array.from({ length: 300 }, (_, i) => String.fromCharCode(i)).join('');
const big = Buffer.from(chars, 'ucs2');
assert.strictEqual(big.indexOf(big.subarray(20, 24), 0, 'ucs2'), 20);
assert.strictEqual(big.indexOf(big.subarray(21, 25), 0, 'ucs2'), -1);
assert.strictEqual(big.lastIndexOf(big.subarray(21, 25), undefined, 'ucs2'), -1);
assert.strictEqual(big.lastIndexOf(big.subarray(20, 24), undefined, 'ucs2'), 20);
