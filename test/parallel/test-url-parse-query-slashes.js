'use strict';
const assert = require('assert');
const url = require('url');

const withQuery = url.parse('http://h/p?a=1&a=2&b=%20', true);
assert.strictEqual(Object.getPrototypeOf(withQuery.query), null);
assert.deepStrictEqual({ ...withQuery.query }, { a: ['1', '2'], b: ' ' });
assert.strictEqual(withQuery.search, '?a=1&a=2&b=%20');
const noQuery = url.parse('http://h/p', true);
assert.strictEqual(noQuery.search, null);
assert.deepStrictEqual({ ...noQuery.query }, {});
assert.strictEqual(Object.getPrototypeOf(url.parse('/x', true).query), null);

// '//foo/bar' is a path unless slashesDenoteHost is set.
assert.strictEqual(url.parse('//foo/bar').host, null);
assert.strictEqual(url.parse('//foo/bar').pathname, '//foo/bar');
const hosty = url.parse('//foo/bar', false, true);
assert.strictEqual(hosty.host, 'foo');
assert.strictEqual(hosty.pathname, '/bar');
assert.strictEqual(hosty.slashes, true);
// '//user@host' always has a host.
assert.strictEqual(url.parse('//u@h/p').hostname, 'h');

assert.throws(() => url.parse('http://a[b/'), {
  name: 'TypeError', code: 'ERR_INVALID_URL', message: 'Invalid URL', input: 'http://a[b/',
});
assert.throws(() => url.parse('http://xn--.com'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type string. Received type number (42)',
});
