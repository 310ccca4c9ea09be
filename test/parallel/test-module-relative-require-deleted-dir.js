'use strict';
// A module whose folder was removed can still require '../x' from outside it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  fs.writeFileSync(path.join(dir, 'foo.js'), 'module.exports = { value: 42 };');
  fs.mkdirSync(path.join(dir, 'gone'));
  fs.writeFileSync(path.join(dir, 'gone', 'bar.js'),
                   "module.exports = () => require('../foo.js').value;");
  const bar = require(path.join(dir, 'gone', 'bar.js'));
  fs.rmSync(path.join(dir, 'gone'), { recursive: true });
  assert.strictEqual(bar(), 42);
} finally {
  fs.rmSync(dir, { recursive: true });
}
