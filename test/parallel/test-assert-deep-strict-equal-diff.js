'use strict';
// deepStrictEqual failure messages: Node's line diff of the inspected values.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'deepStrictEqual');
    return err.message;
  }
  throw new Error('did not throw');
}

assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: '1' })),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }\n");

assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  {\n    a: 1,\n    b: [\n      1,\n      2,\n+     3\n-     4\n    ]\n  }\n');

// Extra lines on one side only; a line that only gained a comma is the same.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  [\n    1,\n    2,\n    3,\n-   4\n  ]\n');

// A run of more than 7 unchanged lines keeps its first 5 and its last one,
// "..." marks the rest and the header says lines were skipped.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                                         [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n' +
  '  [\n    1,\n    2,\n    3,\n    4,\n...\n    9,\n+   10\n-   11\n  ]\n');
// After the last change only 5 lines stay, without a mark.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                                         [0, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  [\n+   1,\n-   0,\n    2,\n    3,\n    4,\n    5,\n    6,\n');

// Changed lines: the actual ones, then the expected ones.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(['a', 'b'], ['c', 'd'])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "  [\n+   'a',\n+   'b'\n-   'c',\n-   'd'\n  ]\n");
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual([1, 2, 3], [3, 2, 1])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  [\n+   1,\n+   2,\n    3,\n-   2,\n-   1\n  ]\n');

// Long diffs are not cut.
const big = Array.from({ length: 120 }, (_, i) => i);
const other = big.map((v) => (v % 2 ? v : -v));
const longMessage = messageOf(() => assert.deepStrictEqual(big, other));
assert.ok(longMessage.startsWith(
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   0,\n-   -0,\n'));
assert.ok(longMessage.endsWith('\n    119\n  ]\n'));
assert.strictEqual(longMessage.split('\n').length, 186);

// Different prototypes / type tags.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual([], {})),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ []\n- {}\n');
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(new Number(1), new Number(2))),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '+ [Number: 1]\n- [Number: 2]\n');
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(0, -0)),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 0\n- -0\n');
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(1, 2)),
  'Expected values to be strictly deep-equal:\n\n1 !== 2\n');

// Same inspection but not equal.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 })),
  'Values have same structure but are not reference-equal:\n\n{\n  [Symbol(s)]: 1\n}\n');

// A custom message takes the place of the headline.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom')),
  'custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');

// notDeepStrictEqual shows the value once.
let err;
try {
  assert.notDeepStrictEqual({ a: 1 }, { a: 1 });
} catch (e) {
  err = e;
}
assert.strictEqual(err.message, 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(err.operator, 'notDeepStrictEqual');
try {
  assert.notDeepStrictEqual(1, 1);
} catch (e) {
  err = e;
}
assert.strictEqual(err.message, 'Expected "actual" not to be strictly deep-equal to: 1');
