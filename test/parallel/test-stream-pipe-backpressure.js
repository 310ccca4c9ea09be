'use strict';
// pipe(): the source pauses when write() returns false and resumes on
// 'drain'; the destination ends with the source unless end: false.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

let produced = 0;
const events = [];
const src = new Readable({
  highWaterMark: 4,
  read() { this.push(produced < 5 ? 'abc' : null); produced++; },
});
src.on('pause', () => events.push('pause'));
const written = [];
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) { written.push(chunk.toString()); setTimeout(cb, 1); },
});
dst.on('drain', () => events.push('drain'));
dst.on('pipe', (s) => assert.strictEqual(s, src));
dst.on('finish', () => events.push('finish'));
assert.strictEqual(src.pipe(dst), dst);

const src2 = new Readable({ read() {} });
const dst2 = new PassThrough();
src2.pipe(dst2, { end: false });
src2.push('x');
src2.push(null);
setTimeout(() => {
  assert.strictEqual(dst2.writableEnded, false);
  assert.strictEqual(dst2.read().toString(), 'x');
}, 5);

// unpipe stops the flow and emits 'unpipe'.
const src3 = new Readable({ read() {} });
const dst3 = new PassThrough();
let unpiped = 0;
dst3.on('unpipe', (s) => { assert.strictEqual(s, src3); unpiped++; });
src3.pipe(dst3);
src3.unpipe(dst3);
assert.strictEqual(src3.readableFlowing, false);

process.on('exit', () => {
  assert.strictEqual(written.join(''), 'abc'.repeat(5));
  assert.ok(events.includes('pause'));
  assert.ok(events.includes('drain'));
  // The destination finishing unpipes, which pauses the source.
  assert.deepStrictEqual(events.slice(-2), ['finish', 'pause']);
  assert.strictEqual(unpiped, 1);
});
