'use strict';
// url.fileURLToPath's ERR_INVALID_FILE_URL_PATH errors carry the refused URL
// as `input`, as node 22's do.
const assert = require('assert');
const url = require('url');

for (const [input, windows, message] of [
  ['file:///a%2F/', false, 'File URL path must not include encoded / characters'],
  ['file:///a%2f/b', false, 'File URL path must not include encoded / characters'],
  ['file:///C:/a%5C/', true, 'File URL path must not include encoded \\ or / characters'],
  ['file:///a/', true, 'File URL path must be absolute'],
]) {
  assert.throws(() => url.fileURLToPath(input, { windows }), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_FILE_URL_PATH');
    assert.strictEqual(err.message, message);
    assert.ok(err.input instanceof URL);
    assert.strictEqual(err.input.href, input);
    assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
    return true;
  });
}

// A URL object passed in is the very input reported.
const given = new URL('file:///a%2F/');
assert.throws(() => url.fileURLToPath(given, { windows: false }), (err) => err.input === given);

// Other refusals carry no input.
assert.throws(() => url.fileURLToPath('file://host/a', { windows: false }), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_FILE_URL_HOST');
  return !('input' in err);
});
assert.throws(() => url.fileURLToPath('http://a/'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL_SCHEME');
  return !('input' in err);
});
