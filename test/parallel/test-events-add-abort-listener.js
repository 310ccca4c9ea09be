'use strict';
// addAbortListener() ignores stopImmediatePropagation, runs on a microtask
// for an already-aborted signal, and returns a disposable.
const assert = require('assert');
const { addAbortListener } = require('events');

const log = [];
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { log.push('stopper'); e.stopImmediatePropagation(); });
ac.signal.addEventListener('abort', () => log.push('never'));
const d = addAbortListener(ac.signal, (e) => log.push(['listener', e.type]));
assert.strictEqual(Object.getPrototypeOf(d), null);
assert.strictEqual(typeof d[Symbol.dispose], 'function');
ac.abort();
assert.deepStrictEqual(log, ['stopper', ['listener', 'abort']]);

addAbortListener(AbortSignal.abort(), (...args) => log.push(['pre-aborted', args.length]));
log.push('sync');

const ac3 = new AbortController();
const d3 = addAbortListener(ac3.signal, () => log.push('disposed, never'));
d3[Symbol.dispose]();
ac3.abort();

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener(ac3.signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});

queueMicrotask(() => {
  assert.deepStrictEqual(log.slice(2), ['sync', ['pre-aborted', 0]]);
});
