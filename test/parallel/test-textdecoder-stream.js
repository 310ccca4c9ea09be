'use strict';
// TextDecoder with { stream: true } keeps partial sequences between calls.
const assert = require('assert');
const { TextDecoder } = require('util');

const smile = [0xf0, 0x9f, 0x98, 0x80];
for (let cut = 0; cut <= 4; cut++) {
  const d = new TextDecoder();
  const out = d.decode(new Uint8Array(smile.slice(0, cut)), { stream: true }) +
    d.decode(new Uint8Array(smile.slice(cut)));
  assert.strictEqual(out, '\u{1F600}', `cut at ${cut}`);
}

// Byte at a time.
const bytes = Buffer.from('a€\u{1F600}é');
const d = new TextDecoder();
let out = '';
for (const byte of bytes) out += d.decode(new Uint8Array([byte]), { stream: true });
out += d.decode();
assert.strictEqual(out, 'a€\u{1F600}é');

// An unfinished sequence at the end of the stream becomes U+FFFD ...
const d2 = new TextDecoder();
assert.strictEqual(d2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), '');
assert.strictEqual(d2.decode(), '\ufffd');
// ... or an error when fatal.
const d3 = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(d3.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), '');
assert.throws(() => d3.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

// The BOM is only looked for at the start of the stream, even when split.
const d4 = new TextDecoder();
assert.deepStrictEqual([
  d4.decode(new Uint8Array([0xef]), { stream: true }),
  d4.decode(new Uint8Array([0xbb, 0xbf, 0x61]), { stream: true }),
  d4.decode(new Uint8Array([0xef, 0xbb, 0xbf])),
], ['', 'a', '\ufeff']);
// After a flush the next stream starts over.
assert.strictEqual(d4.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62])), 'b');

// Invalid bytes are replaced right away, not held back.
const d5 = new TextDecoder();
assert.strictEqual(d5.decode(new Uint8Array([0x61, 0xe0, 0x80]), { stream: true }), 'a\ufffd\ufffd');
