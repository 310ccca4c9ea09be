'use strict';
// Errors compare name and message (not enumerable), cause and errors.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

assert.deepStrictEqual(new Error('a'), new Error('a'));
assert.notDeepStrictEqual(new Error('a'), new Error('b'));
assert.notDeepStrictEqual(new Error('a'), new TypeError('a'));
assert.notDeepEqual(new Error('a'), new TypeError('a'));
const renamed = new Error('a');
renamed.name = 'X';
assert.notDeepEqual(renamed, new Error('a'));
class MyError extends Error {}
assert.deepEqual(new MyError('a'), new Error('a'));
assert.notDeepStrictEqual(new MyError('a'), new Error('a'));
assert.notDeepEqual(new Error('a'), { name: 'Error', message: 'a' });

// The stack is never compared.
const withStack = new Error('a');
withStack.stack = 'different';
assert.deepStrictEqual(withStack, new Error('a'));

// cause
assert.strictEqual(isDeepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })), false);
assert.strictEqual(isDeepStrictEqual(new Error('a', { cause: 1 }), new Error('a')), false);
// An own cause, even undefined, differs from none.
assert.strictEqual(isDeepStrictEqual(new Error('a', { cause: undefined }), new Error('a')), false);
assert.strictEqual(isDeepStrictEqual(new Error('a', { cause: undefined }),
                                     new Error('a', { cause: undefined })), true);
assert.strictEqual(isDeepStrictEqual(new Error('a', { cause: 0 }), new Error('a', { cause: -0 })), false);
assert.deepEqual(new Error('a', { cause: 0 }), new Error('a', { cause: -0 }));
const selfCause1 = new Error('a');
selfCause1.cause = selfCause1;
const selfCause2 = new Error('a');
selfCause2.cause = selfCause2;
assert.deepStrictEqual(selfCause1, selfCause2);

// errors of AggregateError
assert.deepStrictEqual(new AggregateError([1], 'x'), new AggregateError([1], 'x'));
assert.notDeepStrictEqual(new AggregateError([1], 'x'), new AggregateError([2], 'x'));

// Own enumerable properties count.
assert.notDeepStrictEqual(Object.assign(new Error('a'), { code: 1 }), new Error('a'));
assert.deepStrictEqual(Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 1 }));

// Diff of two errors does not show their stacks.
assert.throws(() => assert.deepStrictEqual(new Error('a'), new Error('b')), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '+ [Error: a]\n- [Error: b]\n',
});

// A generated message shows two errors without their stacks, and the
// AssertionError keeps those copies; with the caller's own message it keeps
// the errors themselves.
const first = new Error('a');
const second = new Error('b', { cause: 1 });
assert.throws(() => assert.deepStrictEqual(first, second), (err) => {
  assert.notStrictEqual(err.actual, first);
  assert.notStrictEqual(err.expected, second);
  assert.strictEqual(Object.getPrototypeOf(err.actual), Error.prototype);
  assert.strictEqual(err.actual.message, 'a');
  assert.strictEqual(err.expected.cause, 1);
  return true;
});
assert.throws(() => assert.deepStrictEqual(first, second, 'mine'), (err) => {
  assert.strictEqual(err.actual, first);
  assert.strictEqual(err.expected, second);
  return true;
});
// Errors inside the compared values keep their stacks in the message.
assert.throws(() => assert.deepStrictEqual([first], [second]), {
  message: /\n\+ {3}Error: a\n\+ {7}at /,
});
