'use strict';
// mkdir recursive returns the first directory created, undefined if none.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const a = path.join(dir, 'a');
assert.strictEqual(fs.mkdirSync(path.join(a, 'b', 'c'), { recursive: true }), a);
assert.strictEqual(fs.mkdirSync(path.join(a, 'b'), { recursive: true }), undefined);
assert.throws(() => fs.mkdirSync(a), { code: 'EEXIST', syscall: 'mkdir', path: a });
fs.writeFileSync(path.join(dir, 'file'), '');
assert.throws(() => fs.mkdirSync(path.join(dir, 'file'), { recursive: true }), { code: 'EEXIST' });
assert.throws(() => fs.mkdirSync(path.join(dir, 'file', 'x'), { recursive: true }), { code: 'ENOTDIR' });
fs.mkdir(path.join(dir, 'p', 'q'), { recursive: true }, (err, first) => {
  assert.strictEqual(err, null);
  assert.strictEqual(first, path.join(dir, 'p'));
  fs.promises.mkdir(path.join(dir, 'p', 'q', 'r'), { recursive: true }).then((first) => {
    assert.strictEqual(first, path.join(dir, 'p', 'q', 'r'));
    fs.rmSync(dir, { recursive: true });
  });
});
