'use strict';
const assert = require('assert');
const url = require('url');

function fields(u) { return { ...u }; }
assert.deepStrictEqual(fields(url.parse('https://user:pass@sub.Example.com:8080/p/a/t/h?query=string#hash')), {
  protocol: 'https:', slashes: true, auth: 'user:pass', host: 'sub.example.com:8080', port: '8080',
  hostname: 'sub.example.com', hash: '#hash', search: '?query=string', query: 'query=string',
  pathname: '/p/a/t/h', path: '/p/a/t/h?query=string',
  href: 'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash',
});
assert.deepStrictEqual(fields(url.parse('/a/b?c=d')), {
  protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null, hash: null,
  search: '?c=d', query: 'c=d', pathname: '/a/b', path: '/a/b?c=d', href: '/a/b?c=d',
});
const mail = url.parse('mailto:user@example.com');
assert.strictEqual(mail.auth, 'user');
assert.strictEqual(mail.host, 'example.com');
assert.strictEqual(mail.pathname, null);
assert.strictEqual(mail.href, 'mailto:user@example.com');
assert.strictEqual(url.parse('javascript:alert(1)').pathname, 'alert(1)');
assert.strictEqual(url.parse('HTTP://X.COM').href, 'http://x.com/');
assert.strictEqual(url.parse('  http://a.com/  ').href, 'http://a.com/');
assert.strictEqual(url.parse('http:\\\\a.com\\b?c\\d').href, 'http://a.com/b?c%5Cd');
assert.strictEqual(url.parse("http://a.com/a b'<>`{}|^").pathname, '/a%20b%27%3C%3E%60%7B%7D%7C%5E');
assert.strictEqual(url.parse('http://a@b@c/d').auth, 'a@b');
assert.strictEqual(url.parse('http://a@b@c/d').href, 'http://a%40b@c/d');
assert.strictEqual(url.parse('http://a@b?@c').host, 'b');
assert.strictEqual(url.parse('http://\u00fcnicode.com/').hostname, 'xn--nicode-2ya.com');
assert.strictEqual(url.parse('http://[::1]:80/x').hostname, '::1');
assert.strictEqual(url.parse('http://[::1]:80/x').host, '[::1]:80');
assert.strictEqual(url.parse('http://a.com#x?y').hash, '#x?y');
assert.strictEqual(url.parse('x.com/a?b#c').pathname, 'x.com/a');
assert.ok(url.parse('http://x') instanceof url.Url);
const parsed = url.parse('http://x');
assert.strictEqual(url.parse(parsed), parsed);
