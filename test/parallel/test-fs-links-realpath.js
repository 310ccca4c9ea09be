'use strict';
// symlink / link / readlink / realpath (+ native) / lstat.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-')));
try {
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, 'x');
  fs.symlinkSync('f', path.join(dir, 's'));
  fs.linkSync(file, path.join(dir, 'h'));
  assert.strictEqual(fs.readlinkSync(path.join(dir, 's')), 'f');
  assert.strictEqual(fs.lstatSync(path.join(dir, 's')).isSymbolicLink(), true);
  assert.strictEqual(fs.statSync(path.join(dir, 'h')).nlink, 2);
  assert.strictEqual(fs.realpathSync(path.join(dir, 's')), file);
  assert.strictEqual(fs.realpathSync.native(path.join(dir, 's')), file);
  assert.throws(() => fs.readlinkSync(file), { code: 'EINVAL', syscall: 'readlink' });
  assert.throws(() => fs.symlinkSync('f', path.join(dir, 's')),
                { code: 'EEXIST', message: `EEXIST: file already exists, symlink 'f' -> '${path.join(dir, 's')}'` });
  assert.throws(() => fs.realpathSync(path.join(dir, 'no', 'pe')),
                { code: 'ENOENT', syscall: 'lstat', path: path.join(dir, 'no') });
  assert.throws(() => fs.realpathSync.native(path.join(dir, 'no')), { code: 'ENOENT', syscall: 'realpath' });
} finally {
  fs.rmSync(dir, { recursive: true });
}
