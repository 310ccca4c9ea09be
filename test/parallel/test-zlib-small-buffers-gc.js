'use strict';
// Flags: --expose-gc
// Streams work on the thread pool with the bytes of the JS buffers: small
// typed arrays (whose bytes live inside the object and move in a
// compacting GC), views into shared pooled slabs, and buffers that die
// right after the write must all come through intact while the GC runs.
const assert = require('assert');
const zlib = require('zlib');

const streams = 12;
const writesPerStream = 40;
let finished = 0;

function piece(s, i) {
  const length = 1 + ((s * 31 + i * 17) % 90);
  const bytes = new Uint8Array(length);  // small: inline in the object
  for (let k = 0; k < length; k++) bytes[k] = (s + i + k) & 0xff;
  return bytes;
}

for (let s = 0; s < streams; s++) {
  const expected = [];
  const deflate = s % 3 === 0 ? zlib.createGzip() :
    s % 3 === 1 ? zlib.createBrotliCompress() : zlib.createDeflateRaw();
  const inflate = s % 3 === 0 ? zlib.createGunzip() :
    s % 3 === 1 ? zlib.createBrotliDecompress() : zlib.createInflateRaw();
  deflate.pipe(inflate);
  const got = [];
  inflate.on('data', (chunk) => got.push(chunk));
  inflate.on('end', () => {
    assert.deepStrictEqual(Buffer.concat(got), Buffer.concat(expected), `stream ${s}`);
    finished++;
  });
  let i = 0;
  (function writeSome() {
    for (let n = 0; n < 4 && i < writesPerStream; n++, i++) {
      const bytes = piece(s, i);
      expected.push(Buffer.from(bytes));
      // Pooled Buffers share one slab across streams.
      deflate.write(i % 2 ? bytes : Buffer.from(bytes));
      if (i % 10 === 0) deflate.flush();
    }
    if (typeof globalThis.gc === 'function') globalThis.gc();
    // Garbage between the writes, so that minor GCs move things.
    let junk = [];
    for (let k = 0; k < 2000; k++) junk.push({ k, a: new Uint8Array(k % 64) });
    junk = null;
    if (i < writesPerStream) setImmediate(writeSome);
    else deflate.end();
  })();
}

// The one-shot forms with small views of every kind.
for (let n = 0; n < 50; n++) {
  const bytes = piece(n, n);
  const views = [bytes, new DataView(bytes.buffer), new Uint16Array(bytes.buffer, 0, bytes.length >> 1)];
  for (const view of views) {
    zlib.deflate(view, (err, out) => {
      assert.ifError(err);
      const raw = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
      assert.deepStrictEqual(zlib.inflateSync(out), raw);
      finished++;
    });
  }
}

process.on('exit', () => assert.strictEqual(finished, streams + 150));
