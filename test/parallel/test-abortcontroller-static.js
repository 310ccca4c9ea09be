'use strict';
// AbortSignal.abort(), AbortSignal.timeout() and their validation.
const assert = require('assert');

const s = AbortSignal.abort();
assert.strictEqual(s.aborted, true);
assert.strictEqual(s.reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort('r').reason, 'r');

assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});

const t = AbortSignal.timeout(5);
let fired = 0;
t.addEventListener('abort', (e) => { fired++; assert.strictEqual(e.isTrusted, true); });
assert.strictEqual(t.aborted, false);
// The timer does not keep the process alive, so hold it open ourselves.
setTimeout(() => {
  assert.strictEqual(fired, 1);
  assert.strictEqual(t.aborted, true);
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.strictEqual(t.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(t.reason.code, 23);
}, 50);
