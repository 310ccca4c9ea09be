'use strict';
// mkdir checks the callback, then the path, then options.recursive, then the mode.
const assert = require('assert');
const fs = require('fs');

const pathErr = { code: 'ERR_INVALID_ARG_TYPE', message: /The "path" argument must be of type string/ };
assert.throws(() => fs.mkdirSync(1, 'bad'), pathErr);
assert.throws(() => fs.mkdirSync(1, { mode: -1 }), pathErr);
assert.throws(() => fs.mkdirSync(new ArrayBuffer(4), { recursive: 'x' }), pathErr);
assert.throws(() => fs.mkdir(1, 'bad', () => {}), pathErr);
assert.throws(() => fs.mkdir(1, 'bad', 'z'), { code: 'ERR_INVALID_ARG_TYPE', message: /The "cb" argument/ });
assert.throws(() => fs.mkdirSync('a', { recursive: 'x', mode: -1 }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options.recursive" property must be of type boolean/ });
assert.throws(() => fs.mkdirSync('a', { recursive: true, mode: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.mkdirSync('a', 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
