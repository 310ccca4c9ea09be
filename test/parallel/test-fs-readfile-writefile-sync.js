'use strict';
// readFileSync / writeFileSync / appendFileSync round trips with encodings and flags.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, 'héllo ☃');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo ☃');
  assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('héllo ☃'));
  assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), Buffer.from('héllo ☃').toString('hex'));
  fs.appendFileSync(file, Buffer.from('!'));
  assert.strictEqual(fs.readFileSync(file, 'latin1'), Buffer.from('héllo ☃!').toString('latin1'));
  fs.writeFileSync(file, 'aGk=', 'base64');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
  assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }),
                { code: 'EEXIST', syscall: 'open', errno: -17, path: file,
                  message: `EEXIST: file already exists, open '${file}'` });
  // fd forms read and write at the current position and leave the fd open.
  const fd = fs.openSync(file, 'r+');
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'hi');
  fs.writeFileSync(fd, 'there');
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hithere');
  // Large file read in one go.
  const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'xyz');
  fs.writeFileSync(path.join(dir, 'big'), big);
  assert.ok(fs.readFileSync(path.join(dir, 'big')).equals(big));
  assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read' });
  assert.throws(() => fs.readFileSync(path.join(dir, 'nope')),
                { code: 'ENOENT', message: `ENOENT: no such file or directory, open '${path.join(dir, 'nope')}'` });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
