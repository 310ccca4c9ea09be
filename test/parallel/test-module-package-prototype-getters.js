'use strict';
// package.json fields are read as own properties only: getters on
// Object.prototype are never called by require().
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const names = ['name', 'main', 'type', 'exports', 'imports'];
try {
  fs.mkdirSync(path.join(dir, 'pkg'));
  fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), '{"version":"1.0.0"}');
  fs.writeFileSync(path.join(dir, 'pkg', 'index.js'), "module.exports = 'index';");
  for (const name of names) {
    Object.defineProperty(Object.prototype, name, {
      configurable: true,
      get() { throw new Error(`get ${name}`); },
      set() { throw new Error(`set ${name}`); },
    });
  }
  assert.strictEqual(require(path.join(dir, 'pkg')), 'index');
} finally {
  for (const name of names) delete Object.prototype[name];
  fs.rmSync(dir, { recursive: true });
}
