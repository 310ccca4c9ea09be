'use strict';
// chmod (number and octal string), utimes/futimes, truncate, access modes.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, 'abcdef');
  fs.chmodSync(file, '600');
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
  fs.chmodSync(file, 0o644);
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o644);
  assert.throws(() => fs.chmodSync(file, 'abc'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
  });
  fs.utimesSync(file, new Date(5000), 7);
  assert.strictEqual(fs.statSync(file).atimeMs, 5000);
  assert.strictEqual(fs.statSync(file).mtimeMs, 7000);
  assert.throws(() => fs.utimesSync(file, 'a', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.truncateSync(file, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');
  fs.truncateSync(file);
  assert.strictEqual(fs.statSync(file).size, 0);
  fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  assert.throws(() => fs.accessSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'access' });
  assert.throws(() => fs.accessSync(file, 8), {
    code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
  });
  assert.throws(() => fs.chownSync(file, -2, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(fs.constants.O_RDONLY, 0);
  assert.strictEqual(fs.F_OK, 0);
} finally {
  fs.rmSync(dir, { recursive: true });
}
