'use strict';
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path',
                                query: { page: 1, format: 'json' } }),
                   'https://example.com/some/path?page=1&format=json');
assert.strictEqual(url.format({ protocol: 'http', host: 'a.com', pathname: 'x' }), 'http://a.com/x');
assert.strictEqual(url.format({ protocol: 'mailto', auth: 'a b', hostname: 'h' }), 'mailto:a%20b@h');
assert.strictEqual(url.format({ hostname: '::1', port: 8080 }), '[::1]:8080');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
assert.strictEqual(url.format({ pathname: 'a?b#c', search: 'q#r', hash: 'h' }), 'a%3Fb%23c?q%23r#h');
assert.strictEqual(url.format({ query: { a: 1 }, search: '?s' }), '?s');
assert.strictEqual(url.format({ slashes: true, host: 'h', pathname: 'p' }), '//h/p');
assert.strictEqual(url.format({ auth: "u:p@!'()*~", host: 'h' }), "u:p%40!'()*~@h");
assert.strictEqual(url.format({}), '');
assert.strictEqual(url.format('HTTP://X.com/a b'), 'http://x.com/a%20b');
assert.strictEqual(url.format(url.parse('http://a.com:80/p?q=1#h')), 'http://a.com:80/p?q=1#h');

const u = new URL('http://user:pw@\u00fcnicode.com/p?q=1#frag');
assert.strictEqual(url.format(u), 'http://user:pw@xn--nicode-2ya.com/p?q=1#frag');
assert.strictEqual(url.format(u, { auth: false, fragment: false, search: false, unicode: true }),
                   'http://\u00fcnicode.com/p');

assert.throws(() => url.format(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (42)',
});
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format({ auth: '\ud800', host: 'h' }), { code: 'ERR_INVALID_URI' });
