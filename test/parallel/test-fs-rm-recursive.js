'use strict';
// rm: recursive and force; ERR_FS_EISDIR without recursive; rmdir forms.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a', 'b', 'f'), 'x');
assert.throws(() => fs.rmSync(path.join(dir, 'a')), {
  code: 'ERR_FS_EISDIR', name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${path.join(dir, 'a')}`,
});
assert.throws(() => fs.rmSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(path.join(dir, 'nope'), { force: true });
assert.throws(() => fs.rmdirSync(path.join(dir, 'a')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
fs.rmSync(path.join(dir, 'a'), { recursive: true });
assert.strictEqual(fs.existsSync(path.join(dir, 'a')), false);
fs.mkdirSync(path.join(dir, 'c', 'd'), { recursive: true });
fs.writeFileSync(path.join(dir, 'c', 'd', 'f'), 'x');
fs.rm(path.join(dir, 'c'), { recursive: true }, (err) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(fs.readdirSync(dir), []);
  fs.promises.rm(dir, { recursive: true, force: true }).then(() => {
    assert.strictEqual(fs.existsSync(dir), false);
  });
});
