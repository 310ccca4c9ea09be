'use strict';
// util._errnoException and util._exceptionWithHostPort check err like
// util.getSystemErrorName: a number, a negative integer.
const assert = require('assert');
const util = require('util');

for (const fn of [util._errnoException, util._exceptionWithHostPort]) {
  assert.throws(() => fn(), { code: 'ERR_INVALID_ARG_TYPE', message: /The "err" argument must be of type number/ });
  assert.throws(() => fn('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  for (const bad of [0, 10, -2.5, NaN, 2 ** 53]) {
    assert.throws(() => fn(bad, 's'), {
      code: 'ERR_OUT_OF_RANGE', message: /The value of "err" is out of range. It must be a negative integer/,
    });
  }
}
const e = util._errnoException(-2, 'open');
assert.strictEqual(e.code, 'ENOENT');
assert.strictEqual(e.syscall, 'open');
assert.strictEqual(util._exceptionWithHostPort(-2, 'connect', '1.2.3.4', 80).port, 80);
