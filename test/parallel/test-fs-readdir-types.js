'use strict';
// readdir: names, withFileTypes Dirents, recursive (breadth first).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'f'), '');
  fs.writeFileSync(path.join(dir, 'a', 'g'), '');
  fs.symlinkSync('f', path.join(dir, 'l'));
  assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a', 'f', 'l']);
  const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.deepStrictEqual(ents.map((e) => [e.name, e.isDirectory(), e.isFile(), e.isSymbolicLink()]),
                         [['a', true, false, false], ['f', false, true, false], ['l', false, false, true]]);
  assert.strictEqual(ents[0].parentPath, dir);
  assert.strictEqual(ents[0].path, dir);
  assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(),
                         ['a', path.join('a', 'b'), path.join('a', 'g'), 'f', 'l']);
  assert.deepStrictEqual(fs.readdirSync(dir, { encoding: 'buffer' }).map(String).sort(), ['a', 'f', 'l']);
  assert.throws(() => fs.readdirSync(path.join(dir, 'f')), { code: 'ENOTDIR', syscall: 'scandir' });
} finally {
  fs.rmSync(dir, { recursive: true });
}
