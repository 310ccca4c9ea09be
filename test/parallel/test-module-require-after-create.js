'use strict';
// A module missing at the first require() is found once it exists: misses
// are not cached.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'later.json');
  assert.throws(() => require(file), { code: 'MODULE_NOT_FOUND' });
  assert.throws(() => require(path.join(dir, 'later')), { code: 'MODULE_NOT_FOUND' });
  fs.writeFileSync(file, '[1,2]');
  assert.deepStrictEqual(require(file), [1, 2]);
  assert.deepStrictEqual(require(path.join(dir, 'later')), [1, 2]);
} finally {
  fs.rmSync(dir, { recursive: true });
}
