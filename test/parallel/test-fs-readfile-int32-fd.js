'use strict';
// readFile / writeFile / appendFile take any int32 for a file descriptor
// (then checked: negative ones are out of range); other numbers are paths.
const assert = require('assert');
const fs = require('fs');

const pathErr = { code: 'ERR_INVALID_ARG_TYPE', message: /The "path" argument must be of type string/ };
const fdRange = { code: 'ERR_OUT_OF_RANGE', message: /The value of "fd" is out of range/ };
assert.throws(() => fs.readFileSync(2 ** 31), pathErr);
assert.throws(() => fs.readFileSync(1.5), pathErr);
assert.throws(() => fs.readFileSync(-1), fdRange);
assert.throws(() => fs.readFileSync(-(2 ** 31)), fdRange);
assert.throws(() => fs.writeFileSync(2 ** 31, 'x'), pathErr);
assert.throws(() => fs.appendFileSync(2 ** 31, 'x'), pathErr);
assert.throws(() => fs.writeFileSync(-1, 'x'), { code: 'EBADF' });
assert.throws(() => fs.readFile(2 ** 31, () => {}), pathErr);
assert.throws(() => fs.writeFile(2 ** 31, 'x', () => {}), pathErr);
assert.throws(() => fs.writeFile(-1, 'x', () => {}), fdRange);
assert.throws(() => fs.appendFile(-1, 'x', () => {}), fdRange);
