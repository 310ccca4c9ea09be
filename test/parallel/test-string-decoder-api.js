'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const names = [
  [undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['UTF-8', 'utf8'], ['Ucs2', 'utf16le'],
  ['ucs-2', 'utf16le'], ['UTF-16LE', 'utf16le'], ['binary', 'latin1'], ['Latin1', 'latin1'],
  ['BASE64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'], ['ASCII', 'ascii'],
];
for (const [input, expected] of names) assert.strictEqual(new StringDecoder(input).encoding, expected);
for (const bad of ['foo', 'latin-1', 42, false]) {
  assert.throws(() => new StringDecoder(bad), {
    name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${bad}`,
  });
}

const d = new StringDecoder('utf8');
assert.deepStrictEqual(Object.keys(d), ['encoding']);
assert.strictEqual(d.write('already a string'), 'already a string');
assert.throws(() => d.write(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received null',
});
assert.throws(() => d.write(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(d.write(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(d.write(new DataView(new Uint8Array([0xe2, 0x82, 0xac]).buffer)), '\u20ac');
assert.ok(Buffer.isBuffer(d.lastChar));
assert.strictEqual(d.lastChar.length, 4);

// text() drops any pending bytes and decodes from the offset.
d.write(Buffer.from([0xe2]));
assert.strictEqual(d.text(Buffer.from('xabc'), 1), 'abc');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.end('tail'), 'tail');
