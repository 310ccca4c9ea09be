// Flags: --no-experimental-require-module
'use strict';
// require() of an ES module says what to do instead.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const mjs = path.join(dir, 'a.mjs');
  fs.writeFileSync(mjs, 'export default 1;\n');
  fs.mkdirSync(path.join(dir, 'p'));
  fs.writeFileSync(path.join(dir, 'p', 'package.json'), '{"type":"module"}');
  const plain = path.join(dir, 'p', 'plain.js');
  fs.writeFileSync(plain, 'module.exports = 1;\n');
  const esm = path.join(dir, 'p', 'esm.js');
  fs.writeFileSync(esm, 'export const x = 1;\n');

  assert.throws(() => require(mjs), {
    code: 'ERR_REQUIRE_ESM',
    message: `require() of ES Module ${mjs} from ${__filename} not supported.\n` +
      `Instead change the require of ${mjs} to a dynamic import() which is available in all ` +
      'CommonJS modules.',
  });
  assert.throws(() => require(esm), {
    code: 'ERR_REQUIRE_ESM',
    message: `require() of ES Module ${esm} from ${__filename} not supported.\n` +
      `Instead change the require of esm.js in ${__filename} to a dynamic import() which is ` +
      'available in all CommonJS modules.',
  });
  assert.throws(() => require(plain), {
    code: 'ERR_REQUIRE_ESM',
    message: `require() of ES Module ${plain} from ${__filename} not supported.\n` +
      'plain.js is treated as an ES module file as it is a .js file whose nearest parent ' +
      'package.json contains "type": "module" which declares all .js files in that package ' +
      'scope as ES modules.\nInstead either rename plain.js to end in .cjs, change the ' +
      'requiring code to use dynamic import() which is available in all CommonJS modules, or ' +
      'change "type": "module" to "type": "commonjs" in ' +
      `${path.join(dir, 'p', 'package.json')} to treat all .js files as CommonJS (using .mjs ` +
      'for all ES modules instead).\n',
  });
} finally {
  fs.rmSync(dir, { recursive: true });
}
