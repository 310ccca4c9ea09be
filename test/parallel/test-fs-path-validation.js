'use strict';
// Paths: strings, Buffers and file: URLs are accepted; others and null bytes are not.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const file = path.join(dir, 'f');
  fs.writeFileSync(Buffer.from(file), 'x');
  assert.strictEqual(fs.readFileSync(pathToFileURL(file), 'utf8'), 'x');
  assert.strictEqual(fs.existsSync(new URL(pathToFileURL(file))), true);
  assert.throws(() => fs.readFileSync('a\0b'), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
    message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
  });
  assert.throws(() => fs.statSync(null), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received null',
  });
  assert.throws(() => fs.renameSync(file, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
  });
  assert.throws(() => fs.readFileSync(new URL('http://x/y')), { code: 'ERR_INVALID_URL_SCHEME' });
  assert.strictEqual(fs.existsSync('a\0b'), false);
  assert.strictEqual(fs.existsSync(), false);
} finally {
  fs.rmSync(dir, { recursive: true });
}
