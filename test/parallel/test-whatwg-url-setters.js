'use strict';
// Component setters follow the URL Standard: invalid values are ignored,
// partial values keep what could be parsed.
const assert = require('assert');
const { URL } = require('url');

function set(href, prop, value) {
  const u = new URL(href);
  u[prop] = value;
  return u.href;
}

// protocol: special <-> non-special switches are refused.
assert.strictEqual(set('http://a/b', 'protocol', 'https'), 'https://a/b');
assert.strictEqual(set('http://a/b', 'protocol', 'HTTPS:ignored'), 'https://a/b');
assert.strictEqual(set('http://a/b', 'protocol', 'foo'), 'http://a/b');
assert.strictEqual(set('foo://a/b', 'protocol', 'http'), 'foo://a/b');
assert.strictEqual(set('http://a:443/', 'protocol', 'https'), 'https://a/');
assert.strictEqual(set('http://u@a/', 'protocol', 'file'), 'http://u@a/');
assert.strictEqual(set('file:///x', 'protocol', 'http'), 'file:///x');

// username / password: percent-encoded, refused without a host or for file.
assert.strictEqual(set('http://a/', 'username', 'a b:c@d'), 'http://a%20b%3Ac%40d@a/');
assert.strictEqual(set('http://u@a/', 'password', 'p/w'), 'http://u:p%2Fw@a/');
assert.strictEqual(set('http://u:p@a/', 'username', ''), 'http://:p@a/');
assert.strictEqual(set('file:///x', 'username', 'u'), 'file:///x');
assert.strictEqual(set('mailto:x', 'password', 'p'), 'mailto:x');

// host / hostname.
assert.strictEqual(set('http://a:8080/p', 'host', 'b'), 'http://b:8080/p');
assert.strictEqual(set('http://a:8080/p', 'host', 'b:90'), 'http://b:90/p');
assert.strictEqual(set('http://a:8080/p', 'host', 'b:90x'), 'http://b:90/p');
assert.strictEqual(set('http://a:8080/p', 'host', 'b:'), 'http://b:8080/p');
assert.strictEqual(set('http://a/p', 'host', 'b:80'), 'http://b/p');
assert.strictEqual(set('http://a/p', 'host', ''), 'http://a/p');
assert.strictEqual(set('http://a/p', 'host', 'x y'), 'http://a/p');
assert.strictEqual(set('http://a/p', 'host', '[::1]:5'), 'http://[::1]:5/p');
assert.strictEqual(set('http://a/p', 'host', 'B\u00dcCHER.de'), 'http://xn--bcher-kva.de/p');
assert.strictEqual(set('http://a:1/p', 'hostname', 'b:2'), 'http://a:1/p');
assert.strictEqual(set('http://a:1/p', 'hostname', 'b/c'), 'http://b:1/p');
assert.strictEqual(set('file://h/p', 'host', 'localhost'), 'file:///p');
assert.strictEqual(set('foo://h/p', 'host', ''), 'foo:///p');
assert.strictEqual(set('mailto:x', 'host', 'h'), 'mailto:x');

// port.
assert.strictEqual(set('http://a:1/', 'port', '8080'), 'http://a:8080/');
assert.strictEqual(set('http://a:1/', 'port', '80'), 'http://a/');
assert.strictEqual(set('http://a:1/', 'port', ''), 'http://a/');
assert.strictEqual(set('http://a:1/', 'port', '12abc'), 'http://a:12/');
assert.strictEqual(set('http://a:1/', 'port', 'abc'), 'http://a:1/');
assert.strictEqual(set('http://a:1/', 'port', '65536'), 'http://a:1/');
assert.strictEqual(set('http://a:1/', 'port', '\t2'), 'http://a:2/');
assert.strictEqual(set('file:///x', 'port', '2'), 'file:///x');

// pathname.
assert.strictEqual(set('http://a/b', 'pathname', 'x y/../z'), 'http://a/z');
assert.strictEqual(set('http://a/b', 'pathname', '?#'), 'http://a/%3F%23');
assert.strictEqual(set('http://a/b', 'pathname', ''), 'http://a/');
assert.strictEqual(set('sc://a/b', 'pathname', ''), 'sc://a');
assert.strictEqual(set('file:///C:/b', 'pathname', '/D:/..'), 'file:///D:/');
assert.strictEqual(set('mailto:x', 'pathname', 'y'), 'mailto:x');

// search / hash: leading ? and # are optional, empty removes.
assert.strictEqual(set('http://a/?x', 'search', 'a b#c'), 'http://a/?a%20b%23c');
assert.strictEqual(set('http://a/?x', 'search', '??y'), 'http://a/??y');
assert.strictEqual(set('http://a/?x#f', 'search', ''), 'http://a/#f');
assert.strictEqual(set('http://a/?x', 'search', '?'), 'http://a/?');
assert.strictEqual(set('http://a/#x', 'hash', 'a b#c'), 'http://a/#a%20b#c');
assert.strictEqual(set('http://a/#x', 'hash', ''), 'http://a/');
assert.strictEqual(set('http://a/', 'hash', '#'), 'http://a/#');

// Opaque paths lose trailing spaces once query and fragment are gone.
assert.strictEqual(set('data:a  ?x', 'search', ''), 'data:a');
assert.strictEqual(set('data:a  ?x#y', 'search', ''), 'data:a  #y');
assert.strictEqual(set('data:a  #y', 'hash', ''), 'data:a');

// href replaces everything.
assert.strictEqual(set('http://a/', 'href', 'sc:x'), 'sc:x');
