'use strict';
// The `diff` option ('simple' | 'full') of AssertionError and of
// new assert.Assert(): 'simple' (the default) cuts long values in the
// messages that show a value as it is, 'full' keeps them. The line diff of
// the strict comparisons is the same in both modes.
const assert = require('assert');
const { Assert, AssertionError } = assert;

// AssertionError keeps the option as its last own property.
let err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(err.diff, 'simple');
err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', diff: 'full' });
assert.strictEqual(err.diff, 'full');
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
// AssertionError does not check the value.
assert.strictEqual(new AssertionError({ message: 'x', diff: 'other' }).diff, 'other');

const lines = 'A\n'.repeat(100);
const message = (operator, diff, actual = lines, expected = lines) =>
  new AssertionError({ actual, expected, operator, diff }).message;

// A value shown as it is: 'simple' keeps 47 lines of it.
assert.strictEqual(message('notStrictEqual', 'simple').split('\n').length, 50);
assert.ok(message('notStrictEqual', 'simple').endsWith("  'A\\n' +\n...\n"));
assert.strictEqual(message('notStrictEqual', 'full').split('\n').length, 103);
assert.strictEqual(message('notDeepStrictEqual', 'full').split('\n').length, 103);
// The legacy messages cut each value at 512 characters.
const other = 'B\n'.repeat(100);
assert.strictEqual(message('deepEqual', 'simple', lines, other).split('\n').length, 109);
assert.strictEqual(message('deepEqual', 'full', lines, other).split('\n').length, 205);
const long = 'x'.repeat(600);
assert.strictEqual(message('deepEqual', 'simple', long, 'y'),
                   `Expected values to be loosely deep-equal:\n\n'${'x'.repeat(508)}...\n\n` +
                   "should loosely deep-equal\n\n'y'");
assert.strictEqual(message('notDeepEqual', 'full', long, long),
                   `Expected "actual" not to be loosely deep-equal to:\n\n'${long}'`);

// The diff itself does not depend on the mode.
assert.strictEqual(message('strictEqual', 'simple', lines, other),
                   message('strictEqual', 'full', lines, other));
const many = Array.from({ length: 40 }, (_, i) => i);
const changed = many.map((v) => (v === 20 ? 'x' : v));
assert.strictEqual(message('deepStrictEqual', 'full', many, changed),
                   message('deepStrictEqual', 'simple', many, changed));

// Values that look the same: 'simple' shows the first 50 lines.
const big = Array.from({ length: 60 }, (_, i) => i);
const same = message('deepStrictEqual', 'simple', big, [...big]);
assert.ok(same.startsWith(
  'Values have same structure but are not reference-equal:\n\n... Skipped lines\n[\n  0,\n'));
assert.ok(same.endsWith('\n  48,\n...}\n'));
assert.strictEqual(same.split('\n').length, 55);
const sameFull = message('deepStrictEqual', 'full', big, [...big]);
assert.ok(sameFull.endsWith('\n  59\n]\n'));
assert.strictEqual(sameFull.split('\n').length, 65);

// new Assert({ diff }): the comparisons, fail() and ifError() called on the
// instance carry its setting.
const full = new Assert({ diff: 'full', strict: false });
const diffOf = (fn) => {
  try {
    fn();
  } catch (e) {
    return e.diff;
  }
  throw new Error('did not throw');
};
assert.strictEqual(diffOf(() => full.strictEqual(1, 2)), 'full');
assert.strictEqual(diffOf(() => full.equal(1, 2)), 'full');
assert.strictEqual(diffOf(() => full.notDeepEqual(1, 1)), 'full');
assert.strictEqual(diffOf(() => full.partialDeepStrictEqual(1, 2)), 'full');
assert.strictEqual(diffOf(() => full.fail('x')), 'full');
assert.strictEqual(diffOf(() => full.ifError(new Error('x'))), 'full');
// ok(), throws() and match() always say 'simple'.
assert.strictEqual(diffOf(() => full.ok(0)), 'simple');
assert.strictEqual(diffOf(() => full.throws(() => {})), 'simple');
assert.strictEqual(diffOf(() => full.match('a', /b/)), 'simple');
// Detached methods and the module's own are 'simple'.
const { strictEqual } = full;
assert.strictEqual(diffOf(() => strictEqual(1, 2)), 'simple');
assert.strictEqual(diffOf(() => assert.strictEqual(1, 2)), 'simple');
assert.strictEqual(diffOf(() => full.strictEqual.call(new Assert(), 1, 2)), 'simple');
assert.strictEqual(diffOf(() => new Assert().strictEqual(1, 2)), 'simple');
// The instance's long values stay whole.
try {
  full.notStrictEqual(lines, lines);
} catch (e) {
  assert.strictEqual(e.message.split('\n').length, 103);
}

assert.throws(() => new Assert({ diff: 'invalid' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'invalid'",
});
