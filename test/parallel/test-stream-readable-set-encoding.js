'use strict';
// setEncoding() decodes multi-byte characters split across chunks and
// re-decodes what is already buffered.
const assert = require('assert');
const { Readable } = require('stream');

const euro = Buffer.from('€uro');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
assert.strictEqual(r.readableEncoding, 'utf8');
const parts = [];
r.on('data', (d) => parts.push(d));
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 2));
r.push(euro.subarray(2));
r.push(null);

const r2 = new Readable({ read() {} });
r2.push(Buffer.from('hi'));
r2.setEncoding('hex');
assert.strictEqual(r2.readableLength, 4);
assert.strictEqual(r2.read(), '6869');

// The encoding option is the same as setEncoding().
const r3 = new Readable({ read() {}, encoding: 'base64' });
r3.push('hello');
// Whole base64 groups only until the end flushes the rest.
assert.strictEqual(r3.read(), 'aGVs');
r3.push(null);
assert.strictEqual(r3.read(), 'bG8=');

process.on('exit', () => {
  // Buffered before flowing starts: one decoded chunk, never a broken '€'.
  assert.deepStrictEqual(parts, ['€uro']);
});
