'use strict';
// cork()/uncork() batches buffered writes into one _writev call; without
// _writev they are written one by one; end() fully uncorks.
const assert = require('assert');
const { Writable } = require('stream');

const calls = [];
const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { calls.push(['write', chunk]); cb(); },
  writev(chunks, cb) {
    calls.push(['writev', chunks.map((c) => `${c.chunk}/${c.encoding}`), chunks.allBuffers]);
    cb();
  },
});
w.cork();
w.cork();
w.write('a');
w.write('6263', 'hex');
assert.strictEqual(w.writableCorked, 2);
assert.strictEqual(w.writableBuffer.length, 2);
w.uncork();
assert.strictEqual(calls.length, 0);
w.uncork();
assert.deepStrictEqual(calls, [['writev', ['a/utf8', '6263/hex'], false]]);

const seq = [];
const w2 = new Writable({ write(chunk, enc, cb) { seq.push(String(chunk)); process.nextTick(cb); } });
w2.cork();
w2.write('x');
w2.write('y');
w2.on('finish', () => seq.push('finish'));
w2.end('z');
assert.strictEqual(w2.writableCorked, 0);

process.on('exit', () => {
  assert.deepStrictEqual(seq, ['x', 'y', 'z', 'finish']);
});
