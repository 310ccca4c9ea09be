'use strict';
// performance.measure wants a string name, checked before the options.
const assert = require('assert');
const { performance } = require('perf_hooks');

for (const name of [undefined, 1, [], new String('x'), Symbol('s')]) {
  assert.throws(() => performance.measure(name), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "name" argument must be of type string\./,
  });
}
assert.throws(() => performance.measure(1, { get start() { throw new Error('g'); } }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(performance.measure('ok').name, 'ok');
