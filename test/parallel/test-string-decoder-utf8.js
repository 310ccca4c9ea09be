'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.write(Buffer.from([0x82])), '');
assert.strictEqual(d.lastNeed, 1);
assert.deepStrictEqual([...d.lastChar], [0xe2, 0x82, 0, 0]);
assert.strictEqual(d.write(Buffer.from([0xac, 0x41])), '\u20acA');
assert.strictEqual(d.lastNeed, 0);

// A 4-byte character split in every possible way.
const smile = Buffer.from('\ud83d\ude00');
for (let i = 1; i < 4; i++) {
  const s = new StringDecoder('utf8');
  assert.strictEqual(s.write(smile.subarray(0, i)) + s.write(smile.subarray(i)), '\ud83d\ude00');
}

// An unfinished character is ended by a byte that cannot continue it.
const e = new StringDecoder('utf8');
assert.strictEqual(e.write(Buffer.from([0xf0, 0x9f])), '');
assert.strictEqual(e.write(Buffer.from([0x41])), '\ufffdA');
// end() flushes what is left as U+FFFD.
assert.strictEqual(e.write(Buffer.from([0xe2, 0x82])), '');
assert.strictEqual(e.end(), '\ufffd');
assert.strictEqual(e.end(), '');
assert.strictEqual(new StringDecoder('utf8').end(Buffer.from([0xc3])), '\ufffd');
assert.strictEqual(new StringDecoder().write(Buffer.from([0xff, 0xfe, 0x41])), '\ufffd\ufffdA');
assert.strictEqual(new StringDecoder('utf-8').write(Buffer.from([0xed, 0xa0, 0x80])), '\ufffd\ufffd\ufffd');
