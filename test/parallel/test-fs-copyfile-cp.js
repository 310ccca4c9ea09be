'use strict';
// copyFile modes and cp/cpSync recursive, filter, force, errorOnExist.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const src = path.join(dir, 'src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub', 'b.txt'), 'B');
fs.copyFileSync(path.join(src, 'a.txt'), path.join(dir, 'copy.txt'));
assert.strictEqual(fs.readFileSync(path.join(dir, 'copy.txt'), 'utf8'), 'A');
assert.throws(() => fs.copyFileSync(path.join(src, 'a.txt'), path.join(dir, 'copy.txt'),
                                    fs.constants.COPYFILE_EXCL),
              { code: 'EEXIST', syscall: 'copyfile' });
assert.throws(() => fs.copyFileSync('a', 'b', 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.cpSync(src, path.join(dir, 'nope')), {
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
});
fs.cpSync(src, path.join(dir, 'dst'), { recursive: true });
assert.strictEqual(fs.readFileSync(path.join(dir, 'dst', 'sub', 'b.txt'), 'utf8'), 'B');
fs.cpSync(src, path.join(dir, 'flt'), { recursive: true, filter: (s) => !s.endsWith('sub') });
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'flt')), ['a.txt']);
assert.throws(() => fs.cpSync(path.join(src, 'a.txt'), path.join(dir, 'copy.txt'),
                              { force: false, errorOnExist: true }),
              { code: 'ERR_FS_CP_EEXIST' });
fs.cp(src, path.join(dir, 'dst2'), { recursive: true }, (err) => {
  assert.strictEqual(err, null);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'dst2', 'a.txt'), 'utf8'), 'A');
  fs.rmSync(dir, { recursive: true });
});
