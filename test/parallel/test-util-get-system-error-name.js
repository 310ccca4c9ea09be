'use strict';
// util.getSystemErrorName / getSystemErrorMap.
const assert = require('assert');
const util = require('util');
const os = require('os');

assert.strictEqual(util.getSystemErrorName(-os.constants.errno.ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-os.constants.errno.EACCES), 'EACCES');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-os.constants.errno.ENOENT), ['ENOENT', 'no such file or directory']);

assert.throws(() => util.getSystemErrorName(2), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
});
assert.throws(() => util.getSystemErrorName(-1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => util.getSystemErrorName('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')',
});
