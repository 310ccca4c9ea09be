'use strict';
// stream.pipeline with a callback: streams, generators and async functions
// as stages; an error anywhere destroys every stream and reaches the
// callback once.
const assert = require('assert');
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

const results = {};

const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
  new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  (err, val) => { results.basic = [err, val, out.join('')]; },
);

pipeline(
  function* () { yield 'x'; yield 'y'; },
  async function* (src) { for await (const c of src) yield c + '!'; },
  async function(src) { let s = ''; for await (const c of src) s += c; return s; },
  (err, val) => { results.generators = [err, val]; },
);

const r = new Readable({ read() {} });
const pt = new PassThrough();
const w = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
let calls = 0;
pipeline(r, pt, w, (err) => {
  calls++;
  results.error = [err.message, r.destroyed, pt.destroyed, w.destroyed];
});
r.push('data');

const r2 = new Readable({ read() {} });
pipeline(r2, new PassThrough(), (err) => { results.premature = err && err.code; });
r2.destroy();

assert.throws(() => pipeline(new PassThrough(), () => {}), {
  code: 'ERR_MISSING_ARGS', message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
});
const last = new PassThrough();
assert.strictEqual(pipeline(new PassThrough(), last, () => {}), last);

process.on('exit', () => {
  assert.deepStrictEqual(results.basic, [undefined, undefined, 'ABC']);
  assert.deepStrictEqual(results.generators, [undefined, 'x!y!']);
  assert.deepStrictEqual(results.error, ['sink failed', true, true, true]);
  assert.strictEqual(calls, 1);
  assert.strictEqual(results.premature, 'ERR_STREAM_PREMATURE_CLOSE');
});
