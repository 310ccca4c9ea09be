'use strict';
// assert.strict and node:assert/strict map the legacy names to strict checks.
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.strictEqual(typeof strict.throws, 'function');
assert.notStrictEqual(strict, assert);

assert.throws(() => strict.equal(1, '1'), {
  operator: 'strictEqual',
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), { operator: 'deepStrictEqual' });
assert.throws(() => strict(false, 'msg'), { message: 'msg', operator: '==' });
assert.throws(() => strict.ok(0, 'x'), { message: 'x' });

// Node 22.22 also has Assert (22.19) and partialDeepStrictEqual (22.13).
const expectedKeys = ['Assert', 'AssertionError', 'CallTracker', 'deepEqual', 'deepStrictEqual',
                      'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail', 'ifError',
                      'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual',
                      'ok', 'partialDeepStrictEqual', 'rejects', 'strict', 'strictEqual',
                      'throws'];
assert.deepStrictEqual(Object.keys(assert).sort(), expectedKeys);
assert.deepStrictEqual(Object.keys(strict).sort(), expectedKeys);
