'use strict';
// assert.fail, including the deprecated multi-argument form.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'DeprecationWarning') warnings.push(w);
});

assert.throws(() => assert.fail(), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  generatedMessage: true,
  actual: undefined,
  expected: undefined,
});
assert.throws(() => assert.fail('boom'), { message: 'boom', operator: 'fail', generatedMessage: false });
const own = new TypeError('own');
assert.throws(() => assert.fail(own), (e) => e === own);

assert.throws(() => assert.fail(1, 2), {
  message: '1 != 2', operator: '!=', actual: 1, expected: 2, generatedMessage: true,
});
assert.throws(() => assert.fail(1, 2, undefined, '>'), { message: '1 > 2', operator: '>' });
assert.throws(() => assert.fail(1, 2, 'msg'), { message: 'msg', operator: 'fail' });
assert.throws(() => assert.fail('a', 'b', undefined, 'op'), { message: "'a' op 'b'" });

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0094');
  assert.strictEqual(warnings[0].message,
                     'assert.fail() with more than one argument is deprecated. ' +
                     'Please use assert.strictEqual() instead or only pass a message.');
});
