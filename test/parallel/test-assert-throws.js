'use strict';
// assert.throws: validation by class, RegExp, object, Error instance, function.
const assert = require('assert');

const thrower = (err) => () => { throw err; };
function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.throws(thrower(new TypeError('boom')));
assert.throws(thrower(new TypeError('boom')), TypeError);
assert.throws(thrower(new TypeError('boom')), Error);
assert.throws(thrower(new TypeError('boom')), /boom/);
assert.throws(thrower(new TypeError('boom')), { name: 'TypeError', message: 'boom' });
assert.throws(thrower(new TypeError('boom')), { message: /bo+m/ });
assert.throws(thrower(new TypeError('boom')), new TypeError('boom'));
assert.throws(thrower(new TypeError('boom')), (e) => e instanceof TypeError);
assert.throws(thrower('text'), /tex/);

// Nothing thrown.
let err = failure(() => assert.throws(() => {}));
assert.strictEqual(err.message, 'Missing expected exception.');
assert.strictEqual(err.operator, 'throws');
assert.strictEqual(err.actual, undefined);
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError)).message,
                   'Missing expected exception (TypeError).');
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError, 'why')).message,
                   'Missing expected exception (TypeError): why');
assert.strictEqual(failure(() => assert.throws(() => {}, 'why')).message,
                   'Missing expected exception: why');

// Wrong class: the original error is described.
err = failure(() => assert.throws(thrower(new TypeError('boom')), RangeError));
assert.strictEqual(err.message,
                   'The error is expected to be an instance of "RangeError". ' +
                   'Received "TypeError"\n\nError message:\n\nboom');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.operator, 'throws');

// RegExp that does not match.
assert.strictEqual(failure(() => assert.throws(thrower(new Error('boom')), /nope/)).message,
                   "The input did not match the regular expression /nope/. Input:\n\n'Error: boom'\n");

// Validation object mismatch: a diff of the compared keys only.
err = failure(() => assert.throws(thrower(new TypeError('boom')), { message: 'bang', name: 'TypeError' }));
assert.strictEqual(err.message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "  Comparison {\n+   message: 'boom',\n-   message: 'bang',\n    name: 'TypeError'\n  }\n");
assert.strictEqual(err.operator, 'throws');

// Validation function returning something else than true.
err = failure(() => assert.throws(thrower(new Error('boom')), function check() { return 1; }));
assert.strictEqual(err.message,
                   'The "check" validation function is expected to return "true". Received 1' +
                   '\n\nCaught error:\n\nError: boom');

// Argument errors.
assert.throws(() => assert.throws('not a function'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'not a function\')',
});
assert.throws(() => assert.throws(thrower(new Error('x')), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)',
});
assert.throws(() => assert.throws(thrower(new Error('x')), {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(thrower(new Error('msg')), 'msg'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error message "msg" is identical to the message.',
});

// An error that is not the expected one is rethrown by nothing: a custom
// message replaces the generated one.
assert.strictEqual(failure(() => assert.throws(thrower(new TypeError('b')), RangeError, 'custom')).message,
                   'custom');
