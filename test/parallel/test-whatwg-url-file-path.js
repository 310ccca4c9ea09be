'use strict';
// fileURLToPath / pathToFileURL on POSIX and with the `windows` option.
const assert = require('assert');
const path = require('path');
const url = require('url');
const { URL, fileURLToPath, pathToFileURL } = url;

if (process.platform !== 'win32') {
  assert.strictEqual(fileURLToPath('file:///a/b%20c/%E2%82%AC'), '/a/b c/\u20ac');
  assert.strictEqual(fileURLToPath(new URL('file:///a/b%5Cc')), '/a/b\\c');
  assert.strictEqual(fileURLToPath('file://localhost/etc/x'), '/etc/x');
  assert.throws(() => fileURLToPath('file:///a%2Fb'), {
    name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH',
    message: 'File URL path must not include encoded / characters',
  });
  assert.throws(() => fileURLToPath('file://host/a'), {
    name: 'TypeError', code: 'ERR_INVALID_FILE_URL_HOST',
    message: `File URL host must be "localhost" or empty on ${process.platform}`,
  });

  assert.strictEqual(pathToFileURL('/a/b c#?%\\\n\r\t').href,
                     'file:///a/b%20c%23%3F%25%5C%0A%0D%09');
  assert.strictEqual(pathToFileURL('/a/\u00fc\ud83d\ude00').href, 'file:///a/%C3%BC%F0%9F%98%80');
  assert.strictEqual(pathToFileURL('/a/../b/').href, 'file:///b/');
  const rel = pathToFileURL('some/dir/');
  assert.ok(rel instanceof URL);
  assert.strictEqual(fileURLToPath(rel), `${path.resolve('some/dir')}/`);
  assert.strictEqual(fileURLToPath(pathToFileURL('x')), path.resolve('x'));
}

// Windows flavour, whatever the platform.
const win = { windows: true };
assert.strictEqual(fileURLToPath('file:///C:/a/b%20c', win), 'C:\\a\\b c');
assert.strictEqual(fileURLToPath('file://server/share/x', win), '\\\\server\\share\\x');
assert.throws(() => fileURLToPath('file:///a/b', win), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => fileURLToPath('file:///C:/a%5Cb', win), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.strictEqual(pathToFileURL('C:\\a\\b c\\', win).href, 'file:///C:/a/b%20c/');
assert.strictEqual(pathToFileURL('\\\\server\\share\\x y', win).href, 'file://server/share/x%20y');
assert.throws(() => pathToFileURL('\\\\server', win), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});

// Argument checks.
assert.throws(() => fileURLToPath('http://a/b'), {
  name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});
