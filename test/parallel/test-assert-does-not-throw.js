'use strict';
// assert.doesNotThrow reports unwanted errors and rethrows unrelated ones.
const assert = require('assert');

assert.doesNotThrow(() => {});

assert.throws(() => assert.doesNotThrow(() => { throw new Error('e'); }), {
  code: 'ERR_ASSERTION',
  operator: 'doesNotThrow',
  generatedMessage: false,
  message: 'Got unwanted exception.\nActual message: "e"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('e'); }, 'why'), {
  message: 'Got unwanted exception: why\nActual message: "e"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new TypeError('e'); }, TypeError, 'why'), {
  message: 'Got unwanted exception: why\nActual message: "e"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new TypeError('e'); }, /e/), {
  message: 'Got unwanted exception.\nActual message: "e"',
});
assert.throws(() => assert.doesNotThrow(() => { throw 'str'; }), {
  message: 'Got unwanted exception.\nActual message: "undefined"',
});

// Errors not matching `error` are rethrown untouched.
const original = new TypeError('e');
assert.throws(() => assert.doesNotThrow(() => { throw original; }, RangeError), (e) => e === original);
assert.throws(() => assert.doesNotThrow(() => { throw original; }, /nomatch/), (e) => e === original);

assert.throws(() => assert.doesNotThrow(() => { throw original; }, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. Received an instance of Object',
});
assert.throws(() => assert.doesNotThrow(1), { code: 'ERR_INVALID_ARG_TYPE' });
