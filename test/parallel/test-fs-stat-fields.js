'use strict';
// Stats has every field, Date and Ms forms; bigint adds *Ns; throwIfNoEntry.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, '12345');
  fs.utimesSync(file, 1000.5, 2000.25);
  const s = fs.statSync(file);
  assert.ok(s instanceof fs.Stats);
  assert.deepStrictEqual(Object.keys(s), [
    'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']);
  assert.strictEqual(s.size, 5);
  assert.strictEqual(s.isFile(), true);
  assert.strictEqual(s.isDirectory(), false);
  assert.strictEqual(s.isSymbolicLink(), false);
  assert.strictEqual(s.atimeMs, 1000500);
  assert.strictEqual(s.mtimeMs, 2000250);
  assert.strictEqual(s.mtime.getTime(), 2000250);
  const b = fs.statSync(file, { bigint: true });
  assert.strictEqual(b.size, 5n);
  assert.strictEqual(b.mtimeNs, 2000250000000n);
  assert.strictEqual(b.mtimeMs, 2000250n);
  assert.strictEqual(b.isFile(), true);
  assert.strictEqual(fs.statSync(path.join(dir, 'x'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(path.join(dir, 'x'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.statSync(dir).isDirectory(), true);
  const fd = fs.openSync(file, 'r');
  assert.strictEqual(fs.fstatSync(fd).ino, s.ino);
  fs.closeSync(fd);
  fs.stat(file, { bigint: true }, (err, st) => {
    assert.strictEqual(err, null);
    assert.strictEqual(typeof st.ino, 'bigint');
    fs.rmSync(dir, { recursive: true });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
