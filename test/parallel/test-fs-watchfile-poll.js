'use strict';
// watchFile polls stat and calls the listener with (curr, prev); unwatchFile stops it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'a');
let calls = 0;
const listener = (curr, prev) => {
  calls++;
  assert.ok(curr instanceof fs.Stats);
  assert.strictEqual(prev.size, 1);
  assert.strictEqual(curr.size, 3);
  fs.unwatchFile(file, listener);
  fs.rmSync(dir, { recursive: true });
};
fs.watchFile(file, { interval: 20 }, listener);
setTimeout(() => fs.writeFileSync(file, 'abc'), 100);
assert.throws(() => fs.watchFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.strictEqual(calls, 1));
