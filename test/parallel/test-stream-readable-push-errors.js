'use strict';
// push() after EOF, invalid chunks and unshift() after 'end' error the stream
// with Node's codes; push() returns false.
const assert = require('assert');
const { Readable } = require('stream');

const seen = [];

const r1 = new Readable({ read() {} });
r1.on('error', (err) => seen.push(['r1', err.code, err.message]));
r1.push('a');
r1.push(null);
assert.strictEqual(r1.push('b'), false);

const r2 = new Readable({ read() {} });
r2.on('error', (err) => seen.push(['r2', err.code, err.message, err.name]));
assert.strictEqual(r2.push(42), false);

const r3 = new Readable({ read() {} });
r3.on('error', (err) => seen.push(['r3', err.code, err.message]));
r3.on('end', () => r3.unshift('late'));
r3.push(null);
r3.resume();

const r4 = new Readable();
r4.on('error', (err) => seen.push(['r4', err.code, err.message]));
r4.resume();

// Objects are fine in objectMode, but null still means EOF.
const objs = [];
const r5 = new Readable({ objectMode: true, read() {} });
r5.on('data', (d) => objs.push(d));
r5.push(42);
r5.push(false);
r5.push('');
r5.push(null);

process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    ['r1', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'],
    ['r2', 'ERR_INVALID_ARG_TYPE',
     'The "chunk" argument must be of type string or an instance of Buffer, ' +
     'TypedArray, or DataView. Received type number (42)', 'TypeError'],
    ['r4', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented'],
    ['r3', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'],
  ]);
  assert.deepStrictEqual(objs, [42, false, '']);
});
