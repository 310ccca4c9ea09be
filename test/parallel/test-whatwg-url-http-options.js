'use strict';
// urlToHttpOptions() and url.format(URL, options).
const assert = require('assert');
const url = require('url');
const { URL } = url;

const opts = url.urlToHttpOptions(new URL('https://a%20b:p%40ss@[::1]:8443/p/q?x=1#h'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?x=1', pathname: '/p/q',
  path: '/p/q?x=1', href: 'https://a%20b:p%40ss@[::1]:8443/p/q?x=1#h', port: 8443,
  auth: 'a b:p@ss',
});
const plain = url.urlToHttpOptions(new URL('http://h/'));
assert.strictEqual('port' in plain, false);
assert.strictEqual('auth' in plain, false);
assert.strictEqual(plain.path, '/');

const u = new URL('http://user:pw@xn--nxasmq6b.com:81/a?b#c');
assert.strictEqual(url.format(u), 'http://user:pw@xn--nxasmq6b.com:81/a?b#c');
assert.strictEqual(url.format(u, { auth: false, search: false, fragment: false }),
                   'http://xn--nxasmq6b.com:81/a');
assert.strictEqual(url.format(u, { unicode: true, auth: 0 }), 'http://\u03b2\u03cc\u03bb\u03bf\u03c3.com:81/a?b#c');
assert.strictEqual(url.format(u, null), u.href);
assert.strictEqual(url.format(new URL('http://[::1]/'), { unicode: true }), 'http://[::1]/');
assert.throws(() => url.format(u, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => url.format(u, []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received an instance of Array',
});
