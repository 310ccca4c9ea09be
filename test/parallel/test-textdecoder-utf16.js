'use strict';
// TextDecoder for utf-16le (and utf-16be): BOM, odd bytes, surrogates, streaming.
const assert = require('assert');
const { TextDecoder } = require('util');

const d = new TextDecoder('utf-16le');
assert.strictEqual(d.encoding, 'utf-16le');
assert.strictEqual(d.decode(new Uint8Array([0x61, 0x00, 0x62, 0x00])), 'ab');
assert.strictEqual(d.decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62])), 'a\ufffd');
assert.strictEqual(d.decode(new Uint8Array([0x00, 0xd8, 0x61, 0x00])), '\ufffda');
assert.strictEqual(d.decode(new Uint8Array([0x00, 0xdc, 0x00, 0xd8])), '\ufffd\ufffd');
assert.strictEqual(d.decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])), '\u{1F600}');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true })
  .decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), '\ufeffa');

// A surrogate pair split across streamed chunks.
const s = new TextDecoder('utf-16le');
assert.deepStrictEqual([
  s.decode(new Uint8Array([0x3d, 0xd8, 0x00]), { stream: true }),
  s.decode(new Uint8Array([0xde])),
], ['', '\u{1F600}']);
// A trailing odd byte at the end of the stream.
const s2 = new TextDecoder('utf-16le');
assert.deepStrictEqual([s2.decode(new Uint8Array([0x61]), { stream: true }), s2.decode()],
                       ['', '\ufffd']);

const fatal = new TextDecoder('utf-16le', { fatal: true });
assert.throws(() => fatal.decode(new Uint8Array([0x00, 0xd8, 0x61, 0x00])), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  name: 'TypeError',
  message: 'The encoded data was not valid for encoding utf-16le',
});
assert.throws(() => fatal.decode(new Uint8Array([0x61])), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
});

const be = new TextDecoder('utf-16be');
assert.strictEqual(be.encoding, 'utf-16be');
assert.strictEqual(be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00])),
                   'a\u{1F600}');
