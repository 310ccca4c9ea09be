'use strict';
// assert.ok()/assert() without a message quote the failing call from the
// caller's source file.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, '==');
    assert.strictEqual(err.expected, true);
    return [err.message, err.generatedMessage];
  }
  throw new Error('did not throw');
}

assert.deepStrictEqual(messageOf(() => assert.ok(false)),
                       ['The expression evaluated to a falsy value:\n\n  assert.ok(false)\n', true]);
assert.deepStrictEqual(messageOf(() => assert(0)),
                       ['The expression evaluated to a falsy value:\n\n  assert(0)\n', true]);
assert.deepStrictEqual(messageOf(() => assert(null, undefined)),
                       ['The expression evaluated to a falsy value:\n\n  assert(null, undefined)\n', true]);
assert.deepStrictEqual(
  messageOf(() => { const x = 1; assert(x === 2 /* ) */, null); }),
  ['The expression evaluated to a falsy value:\n\n  assert(x === 2 /* ) */, null)\n', true]);
assert.deepStrictEqual(
  messageOf(() => assert(typeof 123 === 'string')),
  ['The expression evaluated to a falsy value:\n\n  assert(typeof 123 === \'string\')\n', true]);

// A call spanning several lines is quoted up to the end of its first line.
assert.deepStrictEqual(
  messageOf(() => assert.ok(typeof 1 === 'string' &&
                            1 === 2,
                            undefined)),
  ['The expression evaluated to a falsy value:\n\n' +
   '  assert.ok(typeof 1 === \'string\' &&\n', true]);
assert.deepStrictEqual(
  messageOf(() => {
    assert.ok(
      typeof 1 === 'string'
    );
  }),
  ['The expression evaluated to a falsy value:\n\n  assert.ok(\n', true]);
// The call starts where the engine points: at `ok` of a member split off.
assert.deepStrictEqual(
  messageOf(() => {
    assert
      .ok(0);
  }),
  ['The expression evaluated to a falsy value:\n\n  ok(0)\n', true]);

// No argument at all.
assert.deepStrictEqual(messageOf(() => assert.ok()),
                       ['No value argument passed to `assert.ok()`', true]);
assert.deepStrictEqual(messageOf(() => assert()),
                       ['No value argument passed to `assert.ok()`', true]);

// A given message wins; an Error message is thrown as is.
assert.deepStrictEqual(messageOf(() => assert.ok('', 'custom')), ['custom', false]);
assert.deepStrictEqual(messageOf(() => assert(0, 42)), ['42', false]);
const own = new TypeError('mine');
assert.throws(() => assert.ok(false, own), (err) => err === own);

// Truthy values pass.
assert.ok(1);
assert(true);
assert.ok('x', 'unused');
