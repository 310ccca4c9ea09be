'use strict';
// addAbortSignal and the signal option destroy the stream with an
// AbortError carrying the abort reason as cause.
const assert = require('assert');
const { addAbortSignal, Readable, Writable } = require('stream');

const errors = [];

const ac = new AbortController();
const r = new Readable({ read() {} });
assert.strictEqual(addAbortSignal(ac.signal, r), r);
r.on('error', (err) => errors.push(['r', err.name, err.code, err.message, err.cause]));
r.on('close', () => errors.push(['r-close']));
ac.abort('why');

const ac2 = new AbortController();
const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac2.signal });
w.on('error', (err) => errors.push(['w', err.name, err.code]));
ac2.abort();

// Already aborted: destroyed at once.
const r3 = new Readable({ read() {} });
r3.on('error', () => {});
addAbortSignal(AbortSignal.abort(), r3);
assert.strictEqual(r3.destroyed, true);

assert.throws(() => addAbortSignal({}, r), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
assert.throws(() => addAbortSignal(ac.signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, ' +
           'or Stream. Received an instance of Object',
});

process.on('exit', () => {
  assert.deepStrictEqual(errors, [
    ['r', 'AbortError', 'ABORT_ERR', 'The operation was aborted', 'why'],
    ['r-close'],
    ['w', 'AbortError', 'ABORT_ERR'],
  ]);
});
