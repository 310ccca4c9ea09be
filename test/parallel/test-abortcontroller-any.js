'use strict';
// AbortSignal.any(): follows the first source to abort, flattens composite
// inputs, and validates its argument. As in Node 22 (and the DOM spec), the
// dependants are marked aborted before the source's listeners run.
const assert = require('assert');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const any2 = AbortSignal.any([any, b.signal]);
const log = [];
a.signal.addEventListener('abort', () => log.push(['a', any.aborted, any2.aborted]));
any.addEventListener('abort', () => log.push(['any', any.reason]));
any2.addEventListener('abort', () => log.push(['any2', any2.reason]));
a.abort('R');
b.abort('S');
assert.deepStrictEqual(log, [['a', true, true], ['any', 'R'], ['any2', 'R']]);

assert.strictEqual(AbortSignal.any([]).aborted, false);
assert.strictEqual(AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason, 1);
assert.throws(() => AbortSignal.any(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Value can not be converted to sequence.',
});
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received type number (1)',
});
// Any iterable will do (a WebIDL sequence).
assert.strictEqual(AbortSignal.any(new Set([AbortSignal.abort(3)])).reason, 3);
