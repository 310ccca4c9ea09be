'use strict';
// fs.realpath / realpathSync turn a path that is not a string into one
// (String(p)), like Node's JS realpath; '' is the current directory.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-')));
const cwd = process.cwd();
process.chdir(dir);
try {
  for (const [p, name] of [[undefined, 'undefined'], [2, '2'], [null, 'null'], [{}, '[object Object]']]) {
    assert.throws(() => fs.realpathSync(p), (err) => {
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.path, path.join(dir, name));
      return true;
    });
  }
  assert.strictEqual(fs.realpathSync(''), dir);
  assert.strictEqual(fs.realpathSync(new Uint8Array(0)), dir);
  assert.strictEqual(fs.realpathSync(Buffer.from(dir)), dir);
  assert.throws(() => fs.realpathSync(Symbol('s')), TypeError);
  assert.throws(() => fs.realpathSync.native(2), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.writeFileSync('5', '');
  assert.strictEqual(fs.realpathSync(5), path.join(dir, '5'));
  fs.realpath(5, (err, res) => {
    assert.ifError(err);
    assert.strictEqual(res, path.join(dir, '5'));
    fs.realpath(7, (err2) => {
      assert.strictEqual(err2.code, 'ENOENT');
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true });
    });
  });
} catch (e) {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true });
  throw e;
}
