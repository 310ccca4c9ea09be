'use strict';
// When the compressed data ends before the input does: the readable side
// ends at once, later writes complete without being read, bytesWritten
// counts only the compressed bytes; gunzip reads every gzip member up to
// zero padding; unzip tells gzip from zlib; rejectGarbageAfterEnd turns
// the rest into an error.
const assert = require('assert');
const zlib = require('zlib');

let pending = 0;
function expectEvents(stream, expected, check) {
  pending++;
  const events = [];
  let output = '';
  stream.on('data', (c) => { output += c; });
  stream.on('end', () => events.push('end'));
  stream.on('error', (e) => events.push(`error ${e.code}`));
  stream.on('close', () => {
    assert.deepStrictEqual(events, expected);
    if (check) check(output);
    pending--;
  });
}

// Trailing bytes after a deflate, raw deflate or brotli stream.
for (const [create, data] of [
  [zlib.createInflate, zlib.deflateSync('Welcome')],
  [zlib.createInflateRaw, zlib.deflateRawSync('Welcome')],
  [zlib.createBrotliDecompress, zlib.brotliCompressSync('Welcome')],
]) {
  const stream = create();
  const order = [];
  expectEvents(stream, ['end'], (out) => {
    assert.strictEqual(out, 'Welcome');
    assert.strictEqual(stream.bytesWritten, data.length);
    assert.deepStrictEqual(order, ['w1', 'end', 'w2', 'w3']);
  });
  stream.on('end', () => order.push('end'));
  stream.write(data, () => order.push('w1'));
  stream.write(Buffer.from('garbage'), () => order.push('w2'));
  setTimeout(() => {
    stream.write(Buffer.from([1, 2, 3]), () => order.push('w3'));
    stream.end();
  }, 10);
}

// gunzip: members one after another, in one write or across writes, then
// zero padding, which is ignored.
const abc = zlib.gzipSync('abc');
const def = zlib.gzipSync('def');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([abc, def, Buffer.alloc(8)])).toString(),
                   'abcdef');
for (const offset of [0, 1, 2, 5, def.length]) {
  const gunzip = zlib.createGunzip();
  expectEvents(gunzip, ['end'], (out) => assert.strictEqual(out, 'abcdef'));
  gunzip.write(Buffer.concat([abc, def.subarray(0, offset)]));
  gunzip.end(def.subarray(offset));
}
// A new member is read even when it comes in a later write...
{
  const gunzip = zlib.createGunzip();
  expectEvents(gunzip, ['end'], (out) => assert.strictEqual(out, 'abcdef'));
  gunzip.write(abc);
  setTimeout(() => gunzip.end(def), 10);
}
// ... and what follows the end of one that is not a member is an error.
{
  const gunzip = zlib.createGunzip();
  expectEvents(gunzip, ['error Z_DATA_ERROR']);
  gunzip.write(abc);
  setTimeout(() => gunzip.end(Buffer.from('zzz')), 10);
}

// unzip: gzip members are all read; zlib streams end at their end.
assert.strictEqual(zlib.unzipSync(Buffer.concat([abc, def])).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')]))
  .toString(), 'abc');
{
  const unzip = zlib.createUnzip();
  expectEvents(unzip, ['end'], (out) => assert.strictEqual(out, 'abcdef'));
  // The magic bytes arrive one by one.
  const data = Buffer.concat([abc, def]);
  for (let i = 0; i < data.length; i++) unzip.write(data.subarray(i, i + 1));
  unzip.end();
}

// rejectGarbageAfterEnd (what web DecompressionStream uses).
for (const [create, data] of [
  [zlib.createInflate, zlib.deflateSync('a')],
  [zlib.createGunzip, zlib.gzipSync('a')],
  [zlib.createBrotliDecompress, zlib.brotliCompressSync('a')],
]) {
  const stream = create({ rejectGarbageAfterEnd: true });
  assert.strictEqual(stream._rejectGarbageAfterEnd, true);
  pending++;
  stream.on('error', (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_TRAILING_JUNK_AFTER_STREAM_END');
    assert.strictEqual(err.message, 'Trailing junk found after the end of the compressed stream');
    pending--;
  });
  stream.end(Buffer.concat([data, Buffer.from([0])]));
}
assert.strictEqual(zlib.createInflate()._rejectGarbageAfterEnd, false);

process.on('exit', () => assert.strictEqual(pending, 0));
