'use strict';
// tracePromise and traceCallback: start/end around the call, then
// asyncStart/asyncEnd when the promise settles or the callback runs.
const assert = require('assert');
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('eddy-async');
const events = [];
tc.subscribe({
  start: (c) => events.push(`start:${c.id}`),
  end: (c) => events.push(`end:${c.id}`),
  asyncStart: (c) => events.push(`asyncStart:${c.id}:${c.result}`),
  asyncEnd: (c) => events.push(`asyncEnd:${c.id}`),
  error: (c) => events.push(`error:${c.id}:${c.error.message}`),
});

const p = tc.tracePromise(async (x) => x * 2, { id: 'p' }, null, 21);
events.push('returned');
const rejected = tc.tracePromise(() => Promise.reject(new Error('no')), { id: 'r' });

tc.traceCallback((x, cb) => setImmediate(() => cb(null, x + 1)), -1, { id: 'cb' }, null, 1,
                 (err, v) => events.push(`callback:${err}:${v}`));
assert.throws(() => tc.traceCallback(() => {}, 0, {}, null, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});

Promise.all([p, rejected.catch((e) => e.message)]).then(([v, msg]) => {
  assert.strictEqual(v, 42);
  assert.strictEqual(msg, 'no');
});

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'start:p', 'end:p', 'returned',
    'start:r', 'end:r',
    'start:cb', 'end:cb',
    'asyncStart:p:42', 'asyncEnd:p',
    'error:r:no', 'asyncStart:r:undefined', 'asyncEnd:r',
    'asyncStart:cb:2', 'callback:null:2', 'asyncEnd:cb',
  ]);
});
