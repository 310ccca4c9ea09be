'use strict';
// fs/promises FileHandle read/write/stat/truncate/readFile/close.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

assert.strictEqual(fsp, fs.promises);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
(async () => {
  const file = path.join(dir, 'f');
  await fsp.writeFile(file, 'hello world');
  const fh = await fsp.open(file, 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(5), 0, 5, 6);
  assert.strictEqual(bytesRead, 5);
  assert.strictEqual(buffer.toString(), 'world');
  const w = await fh.write('HELLO', 0);
  assert.strictEqual(w.bytesWritten, 5);
  assert.strictEqual(await fh.readFile('utf8'), 'HELLO world');
  assert.strictEqual((await fh.stat()).size, 11);
  await fh.truncate(5);
  await fh.write('!', 5);
  await fh.sync();
  await fh.datasync();
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await assert.rejects(fh.stat(), { code: 'EBADF' });
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'HELLO!');
  await assert.rejects(fsp.readFile(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fsp.stat(null), { code: 'ERR_INVALID_ARG_TYPE' });
  await fsp.writeFile(file, ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'abc');
  await fsp.rm(dir, { recursive: true });
})().then(() => {}, (err) => {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
});
