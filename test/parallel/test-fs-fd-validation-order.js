'use strict';
// The fd of fchmod / fchown / futimes / ftruncate / fsync / fdatasync / close /
// fstat is checked after the other arguments (and the callback), like Node.
const assert = require('assert');
const fs = require('fs');

const mode = { code: 'ERR_INVALID_ARG_VALUE', message: /The argument 'mode' must be a 32-bit unsigned integer/ };
const cb = { code: 'ERR_INVALID_ARG_TYPE', message: /The "cb" argument must be of type function/ };
const fdType = { code: 'ERR_INVALID_ARG_TYPE', message: /The "fd" argument must be of type number/ };
const fdRange = { code: 'ERR_OUT_OF_RANGE', message: /The value of "fd" is out of range/ };

assert.throws(() => fs.fchmodSync('x', 'y'), mode);
assert.throws(() => fs.fchmodSync(-1, 'y'), mode);
assert.throws(() => fs.fchmodSync('x', 0o644), fdType);
assert.throws(() => fs.fchmod('x', 'y', 'z'), mode);
assert.throws(() => fs.fchmod('x', 0o644, 'z'), cb);
assert.throws(() => fs.fchmod('x', 0o644, () => {}), fdType);

assert.throws(() => fs.fchownSync('x', 'u', 0), { code: 'ERR_INVALID_ARG_TYPE', message: /"uid"/ });
assert.throws(() => fs.fchownSync(-1, 0, 'g'), { code: 'ERR_INVALID_ARG_TYPE', message: /"gid"/ });
assert.throws(() => fs.fchown('x', 0, 0, 'z'), cb);
assert.throws(() => fs.fchownSync(-1, 0, 0), fdRange);

assert.throws(() => fs.futimesSync('x', {}, 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"atime"/ });
assert.throws(() => fs.futimesSync(-1, 1, {}), { code: 'ERR_INVALID_ARG_TYPE', message: /"mtime"/ });
assert.throws(() => fs.futimes('x', 1, 1, 'z'), cb);
assert.throws(() => fs.futimesSync(-1, 1, 1), fdRange);

assert.throws(() => fs.ftruncate('x', 'l', 'z'), { code: 'ERR_INVALID_ARG_TYPE', message: /"len"/ });
assert.throws(() => fs.ftruncate('x', 1, 'z'), cb);
assert.throws(() => fs.ftruncateSync('x', 'l'), { code: 'ERR_INVALID_ARG_TYPE', message: /"len"/ });
assert.throws(() => fs.fsync('x', 'z'), cb);
assert.throws(() => fs.fdatasync('x', 'z'), cb);
assert.throws(() => fs.close('x', 'z'), cb);
assert.throws(() => fs.close(-1, 'z'), cb);
assert.throws(() => fs.close(-1, () => {}), fdRange);

// fstat reads options.bigint before it checks the fd; statSync reads
// options.bigint before options.throwIfNoEntry.
const getters = {
  get bigint() { throw new Error('bigint'); },
  get throwIfNoEntry() { throw new Error('throwIfNoEntry'); },
};
assert.throws(() => fs.fstatSync('x', getters), { message: 'bigint' });
assert.throws(() => fs.fstat('x', getters, () => {}), { message: 'bigint' });
assert.throws(() => fs.statSync('nonexistent-eddy', getters), { message: 'bigint' });
assert.throws(() => fs.lstatSync('nonexistent-eddy', getters), { message: 'bigint' });
assert.strictEqual(typeof fs.fstatSync(0, { bigint: true }).dev, 'bigint');
