'use strict';
// TextDecoder('utf-8'): replacement, BOM handling and fatal mode.
const assert = require('assert');
const { TextDecoder } = require('util');

const d = new TextDecoder();
assert.strictEqual(d.encoding, 'utf-8');
assert.strictEqual(d.fatal, false);
assert.strictEqual(d.ignoreBOM, false);
assert.strictEqual(d.decode(new Uint8Array([0x68, 0xc3, 0xa9])), 'hé');
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(undefined), '');
assert.strictEqual(d.decode(new Uint8Array([0xe0, 0x80, 0x61])), '\ufffd\ufffda');
assert.strictEqual(d.decode(new Uint8Array([0xed, 0xa0, 0x80])), '\ufffd\ufffd\ufffd');
assert.strictEqual(d.decode(new Uint8Array([0xf0, 0x9f, 0x98])), '\ufffd');
assert.strictEqual(d.decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])), '\u{1F600}');

// Any ArrayBuffer or view is accepted.
assert.strictEqual(d.decode(new Uint8Array([0x61, 0x62]).buffer), 'ab');
assert.strictEqual(d.decode(new DataView(new Uint8Array([0x61, 0x62]).buffer, 1)), 'b');
assert.strictEqual(d.decode(new Uint16Array([0x6261])), 'ab');

// The BOM is dropped at the start of every non-streamed call unless ignoreBOM.
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
assert.strictEqual(d.decode(bom), 'a');
assert.strictEqual(d.decode(bom), 'a');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom), '\ufeffa');

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(new Uint8Array([0x61])), 'a');
for (const bytes of [[0xff], [0xc3], [0xef, 0xbb], [0xed, 0xa0, 0x80]]) {
  assert.throws(() => fatal.decode(new Uint8Array(bytes)), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    name: 'TypeError',
    message: 'The encoded data was not valid for encoding utf-8',
  });
}

assert.throws(() => d.decode('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => d.decode(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoder',
});
