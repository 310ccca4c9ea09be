'use strict';
// The AssertionError class.
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;

const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.ok(err instanceof AssertionError);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.diff, 'simple');
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.strictEqual(String(err), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:'));

const custom = new AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'x' });
assert.strictEqual(custom.message, 'custom');
assert.strictEqual(custom.generatedMessage, false);

assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message, '1 > 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');

assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});

// util.inspect shows the properties (long strings shortened).
const inspected = util.inspect(new AssertionError({ actual: 'x'.repeat(3), expected: 'y', operator: 'strictEqual' }));
assert.ok(inspected.includes("actual: 'xxx'"));
assert.ok(inspected.includes("operator: 'strictEqual'"));
