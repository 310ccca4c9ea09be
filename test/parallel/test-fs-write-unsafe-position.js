'use strict';
// fs.write / writeSync: a position that is not a safe integer means the
// current position, and a string in an unknown encoding is written as UTF-8.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'f');
const fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, 'a', null, 'bogus'), 1);
assert.strictEqual(fs.writeSync(fd, 'b', () => {}, 'f.txt'), 1);
assert.strictEqual(fs.writeSync(fd, 'cd', 2 ** 53), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('ef'), 0, 2, 2 ** 60), 2);
assert.strictEqual(fs.writeSync(fd, 'g', NaN), 1);
assert.strictEqual(fs.writeSync(fd, 'h', Infinity, 'latin1'), 1);
assert.throws(() => fs.writeSync(fd, 'x', null, 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
fs.write(fd, 'ij', 2 ** 53, 'utf8', (err, n) => {
  assert.ifError(err);
  assert.strictEqual(n, 2);
  fs.write(fd, Buffer.from('kl'), 0, 2, 2 ** 60, (err2, n2) => {
    assert.ifError(err2);
    assert.strictEqual(n2, 2);
    fs.write(fd, 'm', null, 'bogus', (err3, n3) => {
      assert.ifError(err3);
      assert.strictEqual(n3, 1);
      fs.closeSync(fd);
      assert.strictEqual(fs.readFileSync(file, 'latin1'), 'abcdefghijklm');
      fs.rmSync(dir, { recursive: true });
    });
  });
});
