'use strict';
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.unescape('a%20b+c'), 'a b+c');
assert.strictEqual(qs.unescape('%E2%82%AC'), '\u20ac');
// Malformed input falls back to unescapeBuffer().
assert.strictEqual(qs.unescape('%ff+a'), '\ufffd+a');
assert.strictEqual(qs.unescape('%ff+a', true), '\ufffd a');
assert.strictEqual(qs.unescape('%zz%41'), '%zzA');

const buf = qs.unescapeBuffer('%41%4a%4A%g1%4+x');
assert.ok(Buffer.isBuffer(buf));
assert.deepStrictEqual([...buf], [0x41, 0x4a, 0x4a, 0x25, 0x67, 0x31, 0x25, 0x34, 0x2b, 0x78]);
assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);
// Code units above 0xFF keep only their low byte.
assert.deepStrictEqual([...qs.unescapeBuffer('\u00e9\u20ac')], [0xe9, 0xac]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4')], [0x25, 0x34]);
