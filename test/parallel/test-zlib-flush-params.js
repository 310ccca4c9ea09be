'use strict';
// flush(kind) queues behind earlier writes and makes the output so far
// decodable; params() recompresses what follows with new settings once
// what came before is flushed; reset() starts a new stream (keeping the
// dictionary); close(callback) and the deprecated bytesRead.
const assert = require('assert');
const zlib = require('zlib');

let done = 0;

// Z_SYNC_FLUSH ends with an empty stored block; what came out so far
// inflates (with Z_SYNC_FLUSH) to everything written so far.
{
  const deflate = zlib.createDeflate();
  deflate.write('first part, ');
  deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    const out = deflate.read();
    assert.deepStrictEqual(out.subarray(-4), Buffer.from([0, 0, 0xff, 0xff]));
    assert.strictEqual(zlib.inflateSync(out, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
      .toString(), 'first part, ');
    deflate.end('second part');
    const rest = [out];
    deflate.on('data', (c) => rest.push(c));
    deflate.on('end', () => {
      assert.strictEqual(zlib.inflateSync(Buffer.concat(rest)).toString(),
                         'first part, second part');
      done++;
    });
  });
}

// params(): level 0 after the flush stores the rest verbatim.
{
  const deflate = zlib.createDeflate({ level: 9 });
  const out = [];
  deflate.on('data', (c) => out.push(c));
  deflate.write('a'.repeat(1000));
  // Queued behind the write, without waiting for it.
  deflate.params(0, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    assert.strictEqual(deflate._level, 0);
    deflate.end('stored as it is');
  });
  deflate.on('end', () => {
    const all = Buffer.concat(out);
    assert.ok(all.includes(Buffer.from('stored as it is')));
    assert.strictEqual(zlib.inflateSync(all).toString(), `${'a'.repeat(1000)}stored as it is`);
    done++;
  });
}

// reset(): a new stream, with the same dictionary.
{
  const dictionary = Buffer.from('hello dictionary');
  const deflate = zlib.createDeflate({ dictionary });
  deflate.write('hello hello');
  deflate.flush(() => {
    deflate.read();
    deflate.reset();
    deflate.end('hello again');
    const out = [];
    deflate.on('data', (c) => out.push(c));
    deflate.on('end', () => {
      assert.strictEqual(zlib.inflateSync(Buffer.concat(out), { dictionary }).toString(),
                         'hello again');
      done++;
    });
  });
}

// Flushing an ended or finished stream calls back without writing.
{
  const gzip = zlib.createGzip();
  gzip.resume();
  gzip.end('x');
  gzip.flush(() => {
    assert.strictEqual(gzip.writableEnded, true);
    gzip.on('close', () => gzip.flush(() => done++));
  });
}

// close(callback): the stream is destroyed and its handle released.
{
  const gzip = zlib.createGzip();
  assert.strictEqual(gzip._closed, false);
  gzip.close((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(gzip._closed, true);
    assert.strictEqual(gzip._handle, null);
    gzip.write('late', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      done++;
    });
  });
}

// bytesRead: bytesWritten under its old name, with a deprecation warning.
{
  const warnings = [];
  process.on('warning', (w) => warnings.push(w.code));
  const deflate = zlib.createDeflate();
  deflate.bytesWritten = 7;
  assert.strictEqual(deflate.bytesRead, 7);
  deflate.bytesRead = 9;
  assert.strictEqual(deflate.bytesWritten, 9);
  setImmediate(() => {
    assert.deepStrictEqual(warnings, ['DEP0108']);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 6));
