'use strict';
// write() after end(): ERR_STREAM_WRITE_AFTER_END through the callback and
// the 'error' event; end() again then fails with ERR_STREAM_DESTROYED.
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({ write(chunk, enc, cb) { cb(); } });
w.on('error', (err) => order.push(`error:${err.code}`));
w.on('close', () => order.push('close'));
w.on('finish', () => order.push('finish'));
w.end();
assert.strictEqual(w.write('x', (err) => {
  order.push(`cb:${err.code}:${err.message}`);
  w.end((err2) => order.push(`end:${err2.code}:${err2.message}`));
}), false);

// Bad chunks throw synchronously.
const w2 = new Writable({ write(chunk, enc, cb) { cb(); } });
assert.throws(() => w2.write(null), {
  code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError', message: 'May not write null values to stream',
});
assert.throws(() => w2.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => w2.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'cb:ERR_STREAM_WRITE_AFTER_END:write after end',
    'error:ERR_STREAM_WRITE_AFTER_END',
    'close',
    'end:ERR_STREAM_DESTROYED:Cannot call end after a stream was destroyed',
  ]);
});
