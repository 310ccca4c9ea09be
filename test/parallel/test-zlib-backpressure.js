'use strict';
// A stream stops feeding the library while its readable side is full
// (highWaterMark), and goes on when the reader makes room; with a small
// chunkSize a chunk takes many steps, each output slab being pushed.
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.alloc(400000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
const compressed = zlib.deflateSync(data);

const inflate = zlib.createInflate();
inflate.end(compressed);
setTimeout(() => {
  // Four slabs of 16 KiB fill the default highWaterMark of 64 KiB.
  assert.strictEqual(inflate._readableState.length, 65536);
  assert.strictEqual(inflate._readableState.buffer.length, 4);
  assert.ok(inflate.bytesWritten < compressed.length);
  const parts = [];
  inflate.on('data', (chunk) => parts.push(chunk));
  inflate.on('end', () => {
    assert.ok(Buffer.concat(parts).equals(data));
    assert.strictEqual(inflate.bytesWritten, compressed.length);
    done++;
  });
}, 200);

// Small slabs: the output comes out in pieces of chunkSize bytes.
const small = zlib.createGunzip({ chunkSize: 64, highWaterMark: 256 });
const pieces = [];
small.on('data', (chunk) => pieces.push(chunk));
small.on('end', () => {
  assert.ok(Buffer.concat(pieces).equals(data.subarray(0, 5000)));
  assert.ok(pieces.every((p) => p.length <= 64));
  assert.ok(pieces.length >= 5000 / 64);
  done++;
});
small.end(zlib.gzipSync(data.subarray(0, 5000)));

// Piping through a chain keeps everything.
const { pipeline, Readable, Writable } = require('stream');
const out = [];
pipeline(
  Readable.from([data.subarray(0, 100000), data.subarray(100000)]),
  zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } }),
  zlib.createBrotliDecompress(),
  zlib.createZstdCompress(),
  zlib.createZstdDecompress(),
  new Writable({
    highWaterMark: 1024,
    write(chunk, encoding, callback) { out.push(chunk); setImmediate(callback); },
  }),
  (err) => {
    assert.ifError(err);
    assert.ok(Buffer.concat(out).equals(data));
    done++;
  });

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));
