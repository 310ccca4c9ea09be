'use strict';
// mkdir checks options.recursive, then the mode, then the callback, then
// the path, as node 22 does.
const assert = require('assert');
const fs = require('fs');

const pathErr = { code: 'ERR_INVALID_ARG_TYPE', message: /The "path" argument must be of type string/ };
const modeErr = { code: 'ERR_INVALID_ARG_VALUE', message: /The argument 'mode' must be a 32-bit unsigned integer/ };
assert.throws(() => fs.mkdirSync(1, 'bad'), modeErr);
assert.throws(() => fs.mkdirSync(1, { mode: -1 }), { code: 'ERR_OUT_OF_RANGE', message: /"options.mode"/ });
assert.throws(() => fs.mkdirSync(new ArrayBuffer(4), { recursive: 'x' }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options.recursive" property must be of type boolean/ });
assert.throws(() => fs.mkdir(1, 'bad', () => {}), modeErr);
assert.throws(() => fs.mkdir(1, 'bad', 'z'), modeErr);
assert.throws(() => fs.mkdir(1, {}, 'z'), { code: 'ERR_INVALID_ARG_TYPE', message: /The "cb" argument/ });
assert.throws(() => fs.mkdir(1, {}, () => {}), pathErr);
assert.throws(() => fs.mkdirSync(1, {}), pathErr);
assert.throws(() => fs.mkdirSync('a', { recursive: 'x', mode: -1 }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options.recursive" property must be of type boolean/ });
assert.throws(() => fs.mkdirSync('a', { recursive: true, mode: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.mkdirSync('a', 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
