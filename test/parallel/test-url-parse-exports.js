'use strict';
const assert = require('assert');
const url = require('url');

assert.deepStrictEqual(Object.keys(url), [
  'Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams',
  'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions',
]);
assert.strictEqual(url.URL, globalThis.URL);
assert.strictEqual(url.URLSearchParams, globalThis.URLSearchParams);
assert.deepStrictEqual(Object.keys(new url.Url()), [
  'protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href',
]);
assert.strictEqual(url.domainToASCII('\u00fcnicode.com'), 'xn--nicode-2ya.com');
assert.strictEqual(url.fileURLToPath('file:///tmp/a%20b'), '/tmp/a b');
assert.strictEqual(url.pathToFileURL('/tmp/a b').href, 'file:///tmp/a%20b');
