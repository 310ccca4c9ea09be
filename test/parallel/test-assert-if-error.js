'use strict';
// assert.ifError throws for anything but null and undefined.
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

function failure(value) {
  try {
    assert.ifError(value);
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

let err = failure(new Error('bad thing'));
assert.strictEqual(err.message, 'ifError got unwanted exception: bad thing');
assert.strictEqual(err.operator, 'ifError');
assert.strictEqual(err.expected, null);
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.code, 'ERR_ASSERTION');

assert.strictEqual(failure(new TypeError('')).message, 'ifError got unwanted exception: TypeError');
assert.strictEqual(failure('str').message, "ifError got unwanted exception: 'str'");
assert.strictEqual(failure(0).message, 'ifError got unwanted exception: 0');
assert.strictEqual(failure(false).message, 'ifError got unwanted exception: false');
assert.strictEqual(failure({ message: 'm' }).message, 'ifError got unwanted exception: m');

// The original error's stack frames are kept after the assertion's own.
const original = new Error('origin');
err = failure(original);
assert.strictEqual(err.actual, original);
const frames = original.stack.split('\n').slice(1);
assert.ok(err.stack.endsWith(frames.join('\n')));
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: ifError got unwanted exception: origin\n'));
