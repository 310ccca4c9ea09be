'use strict';
// Buffer.byteLength, Buffer.isEncoding, isUtf8/isAscii and module constants.
const assert = require('assert');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.strictEqual(Buffer.byteLength('héllo'), 6);
assert.strictEqual(Buffer.byteLength('\u{1F600}'), 4);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
assert.strictEqual(Buffer.byteLength('abc', 'latin1'), 3);
assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('aGk', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('héllo', 'foo'), 6); // unknown: utf8
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
           'ArrayBuffer. Received type number (5)',
});

for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1',
                   'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf-16', 'ucs', 'latin-1', null, undefined, 5, {}]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

assert.strictEqual(buffer.isUtf8(Buffer.from('héllo')), true);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(buffer.isUtf8(new ArrayBuffer(2)), true);
assert.strictEqual(buffer.isAscii(Buffer.from('hello')), true);
assert.strictEqual(buffer.isAscii(Buffer.from([0x80])), false);
assert.throws(() => buffer.isUtf8('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. ' +
           'Received type string (\'x\')',
});

assert.strictEqual(buffer.kMaxLength, Number.MAX_SAFE_INTEGER);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);
assert.strictEqual(typeof buffer.kStringMaxLength, 'number');
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
