'use strict';
// open/read/write/close on descriptors, positions, and argument validation.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'f');
  const fd = fs.openSync(file, 'w+');
  assert.strictEqual(fs.writeSync(fd, 'hello world'), 11);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), 2);
  const buf = Buffer.alloc(5);
  assert.strictEqual(fs.readSync(fd, buf, 0, 5, 0), 5);
  assert.strictEqual(buf.toString(), 'XYllo');
  assert.strictEqual(fs.readSync(fd, buf, { position: 6, length: 3 }), 3);
  assert.strictEqual(buf.toString(), 'worlo');
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('a'), Buffer.from('bc')], 0), 3);
  const b1 = Buffer.alloc(2);
  const b2 = Buffer.alloc(3);
  assert.strictEqual(fs.readvSync(fd, [b1, b2], 0), 5);
  assert.strictEqual(b1.toString() + b2.toString(), 'abclo');
  fs.ftruncateSync(fd, 4);
  assert.strictEqual(fs.fstatSync(fd).size, 4);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.closeSync(fd);
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });
  assert.throws(() => fs.closeSync(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
  });
  assert.throws(() => fs.closeSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.openSync(file, 'zz'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'zz'",
  });
  assert.throws(() => fs.readSync(0, Buffer.alloc(4), 0, 5, 0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "length" is out of range. It must be <= 4. Received 5',
  });
  assert.throws(() => fs.readSync(0, Buffer.alloc(4), 0, 1, -2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.writeSync(1, 5), { code: 'ERR_INVALID_ARG_TYPE' });
} finally {
  fs.rmSync(dir, { recursive: true });
}
