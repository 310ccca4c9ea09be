'use strict';
// A string longer than the engine allows gets node's ERR_STRING_TOO_LONG
// (with eddy's limit, buffer.constants.MAX_STRING_LENGTH), not the
// engine's uncoded InternalError.
const assert = require('assert');
const { constants } = require('buffer');

assert.strictEqual(constants.MAX_STRING_LENGTH, 2 ** 30 - 2);
// Hex doubles the length: 2 ** 29 bytes make one character too many.
const big = Buffer.allocUnsafe(2 ** 29);
const tooLong = {
  code: 'ERR_STRING_TOO_LONG',
  name: 'Error',
  message: `Cannot create a string longer than 0x${constants.MAX_STRING_LENGTH.toString(16)} characters`,
};
assert.throws(() => big.toString('hex'), tooLong);
assert.strictEqual(big.toString('hex', 0, 4).length, 8);
