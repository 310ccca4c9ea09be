'use strict';
// stream/promises pipeline resolves with the last stage's value, rejects
// with the first error, honours { signal } and { end: false }.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline, finished } = require('stream/promises');
const util = require('util');

async function main() {
  const chunks = [];
  const res = await pipeline(
    Readable.from(['x', 'y']),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  assert.strictEqual(res, undefined);
  assert.deepStrictEqual(chunks, ['x', 'y']);

  const sum = await pipeline(Readable.from([1, 2, 3]), async (src) => {
    let s = 0;
    for await (const n of src) s += n;
    return s;
  });
  assert.strictEqual(sum, 6);

  await assert.rejects(pipeline(
    Readable.from(['a']),
    async function* (src) { for await (const c of src) throw new Error(`bad ${c}`); },
    new PassThrough({ objectMode: true }),
  ), { message: 'bad a' });

  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const p = pipeline(src, new PassThrough(), { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(src.destroyed, true);

  const open = new PassThrough();
  await pipeline(Readable.from(['a']), open, { end: false });
  assert.strictEqual(open.writableEnded, false);

  const r = new Readable({ read() {} });
  const done = finished(r);
  r.push(null);
  r.resume();
  await done;

  assert.strictEqual(util.promisify(require('stream').pipeline), pipeline);
  assert.strictEqual(require('stream').promises.finished, finished);
}

// Fails unless main() runs to the end (a hang would otherwise exit 0).
process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
