'use strict';
// strictEqual / notStrictEqual failure messages.
const assert = require('assert');

function fails(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.name, 'AssertionError');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err;
  }
  throw new Error('did not throw');
}

let err = fails(() => assert.strictEqual(1, 2));
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');

assert.strictEqual(fails(() => assert.strictEqual(1, '1')).message,
                   'Expected values to be strictly equal:\n\n1 !== \'1\'\n');
assert.strictEqual(fails(() => assert.strictEqual(0, -0)).message,
                   'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n');
// Short values, even an object against a primitive, read `a !== b`.
assert.strictEqual(fails(() => assert.strictEqual(1, {})).message,
                   'Expected values to be strictly equal:\n\n1 !== {}\n');
// Strings count without their quotes: 6 + 6 characters is still short.
assert.strictEqual(fails(() => assert.strictEqual('abcdef', 'abcdeg')).message,
                   "Expected values to be strictly equal:\n\n'abcdef' !== 'abcdeg'\n");
// Longer single lines get a diff with a caret under the first difference.
assert.strictEqual(
  fails(() => assert.strictEqual('hello wonderful world', 'hello wonderful earth')).message,
  'Expected values to be strictly equal:\n+ actual - expected\n\n' +
  "+ 'hello wonderful world'\n- 'hello wonderful earth'\n                   ^\n");
// No caret when one line is the start of the other.
assert.strictEqual(fails(() => assert.strictEqual(123456, 1234567)).message,
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   '+ 123456\n- 1234567\n');
// Objects are compared by reference.
assert.strictEqual(fails(() => assert.strictEqual({ a: 1 }, { a: 2 })).message,
                   'Expected "actual" to be reference-equal to "expected":\n' +
                   '+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');
assert.strictEqual(fails(() => assert.strictEqual([1], [1])).message,
                   'Values have same structure but are not reference-equal:\n\n[\n  1\n]\n');
// Two primitives that look the same are shown as a diff.
assert.strictEqual(fails(() => assert.strictEqual(Symbol('a'), Symbol('a'))).message,
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   '+ Symbol(a)\n- Symbol(a)\n');
// A custom message replaces the headline of the diff.
err = fails(() => assert.strictEqual(1, 2, 'numbers differ'));
assert.strictEqual(err.message, 'numbers differ\n\n1 !== 2\n');
assert.strictEqual(err.generatedMessage, false);

// notStrictEqual
assert.strictEqual(fails(() => assert.notStrictEqual(1, 1)).message,
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(fails(() => assert.notStrictEqual('abcdef', 'abcdef')).message,
                   "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'");
const o = { a: 1 };
assert.strictEqual(fails(() => assert.notStrictEqual(o, o)).message,
                   'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n');
assert.strictEqual(fails(() => assert.notStrictEqual(NaN, NaN)).operator, 'notStrictEqual');
assert.strictEqual(fails(() => assert.notStrictEqual(1, 1, 'custom')).message, 'custom');

// Passing cases.
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});
