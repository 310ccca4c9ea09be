'use strict';
// TextEncoder: encode() and encodeInto().
const assert = require('assert');
const util = require('util');
const { TextEncoder } = util;

const e = new TextEncoder();
assert.strictEqual(e.encoding, 'utf-8');
const bytes = e.encode('h\u00e9\u20ac\u{1F600}');
assert.ok(bytes instanceof Uint8Array);
assert.strictEqual(Buffer.isBuffer(bytes), false);
assert.deepStrictEqual([...bytes],
                       [0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual([...e.encode()], []);
assert.deepStrictEqual([...e.encode(5)], [0x35]);
assert.deepStrictEqual([...e.encode('\ud800a')], [0xef, 0xbf, 0xbd, 0x61]);

const dest = new Uint8Array(4);
assert.deepStrictEqual(e.encodeInto('abc', dest.subarray(0, 2)), { read: 2, written: 2 });
assert.deepStrictEqual(e.encodeInto('a\u{1F600}', dest), { read: 1, written: 1 });
assert.deepStrictEqual(e.encodeInto('\u{1F600}', dest), { read: 2, written: 4 });
assert.deepStrictEqual([...dest], [0xf0, 0x9f, 0x98, 0x80]);

assert.throws(() => e.encodeInto(5, dest), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (5)',
});
assert.throws(() => e.encodeInto('x', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => TextEncoder.prototype.encode.call({}, 'x'), {
  code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type TextEncoder',
});
assert.strictEqual(Object.prototype.toString.call(e), '[object TextEncoder]');
assert.strictEqual(util.inspect(e), "{ encoding: 'utf-8' }");
