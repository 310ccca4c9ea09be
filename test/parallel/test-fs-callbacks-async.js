'use strict';
// Callback APIs never call back synchronously and validate the callback.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abc');
let sync = true;
let pending = 0;
function check(name) {
  pending++;
  return (err) => {
    assert.strictEqual(sync, false, name);
    if (--pending === 0) fs.rmSync(dir, { recursive: true });
  };
}
fs.open(file, 'r', check('open'));
fs.stat(file, check('stat'));
fs.access(file, check('access'));
const existsDone = check('exists');
fs.exists(file, (exists) => { assert.strictEqual(exists, true); existsDone(); });
fs.readdir(dir, check('readdir'));
fs.read(0, Buffer.alloc(1), 0, 0, null, check('read0'));
fs.writev(1, [], check('writev0'));
fs.realpath(file, check('realpath'));
const statErrDone = check('stat-err');
fs.stat(path.join(dir, 'nope'), (err) => { assert.strictEqual(err.code, 'ENOENT'); statErrDone(err); });
sync = false;
assert.throws(() => fs.stat(file), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.exists(file), { code: 'ERR_INVALID_ARG_TYPE' });
