'use strict';
// new URL(input) splits special, non-special, file and opaque-path URLs into
// the right components.
const assert = require('assert');
const { URL } = require('url');

function parts(input, base) {
  const u = base === undefined ? new URL(input) : new URL(input, base);
  return {
    href: u.href, origin: u.origin, protocol: u.protocol, username: u.username,
    password: u.password, host: u.host, hostname: u.hostname, port: u.port,
    pathname: u.pathname, search: u.search, hash: u.hash,
  };
}

assert.deepStrictEqual(parts('HTTP://User:Pa%20ss@EXAMPLE.com:8080/a/./b/../c?x=1#frag'), {
  href: 'http://User:Pa%20ss@example.com:8080/a/c?x=1#frag', origin: 'http://example.com:8080',
  protocol: 'http:', username: 'User', password: 'Pa%20ss', host: 'example.com:8080',
  hostname: 'example.com', port: '8080', pathname: '/a/c', search: '?x=1', hash: '#frag',
});

// Default ports are dropped; backslashes are slashes for special schemes.
assert.strictEqual(new URL('https://a.b:443\\x\\y').href, 'https://a.b/x/y');
assert.strictEqual(new URL('ws://a:80/').port, '');
assert.strictEqual(new URL('ftp://a:21/').host, 'a');
assert.strictEqual(new URL('ftp://a:22/').host, 'a:22');
assert.strictEqual(new URL('  \t http://a/b\nc  ').href, 'http://a/bc');

// Non-special schemes keep case of the host, empty paths, and backslashes.
assert.deepStrictEqual(parts('sc://H%41st:9/p\\q?r#s'), {
  href: 'sc://H%41st:9/p\\q?r#s', origin: 'null', protocol: 'sc:', username: '',
  password: '', host: 'H%41st:9', hostname: 'H%41st', port: '9', pathname: '/p\\q',
  search: '?r', hash: '#s',
});
assert.strictEqual(new URL('sc://h').pathname, '');
assert.strictEqual(new URL('non-spec:/.//p').href, 'non-spec:/.//p');
assert.strictEqual(new URL('non-spec:/.//p').pathname, '//p');

// Opaque paths.
assert.deepStrictEqual(parts('mailto:Joe@Example.COM?subject=hi there'), {
  href: 'mailto:Joe@Example.COM?subject=hi%20there', origin: 'null', protocol: 'mailto:',
  username: '', password: '', host: '', hostname: '', port: '', pathname: 'Joe@Example.COM',
  search: '?subject=hi%20there', hash: '',
});
assert.strictEqual(new URL('data:text/plain,a b').pathname, 'text/plain,a b');
assert.strictEqual(new URL('blob:https://a.b:8/uuid').origin, 'https://a.b:8');
assert.strictEqual(new URL('blob:ftp://a/x').origin, 'null');

// IPv4 in its many spellings, and IPv6 compression.
assert.strictEqual(new URL('http://0x7f.1/').hostname, '127.0.0.1');
assert.strictEqual(new URL('http://0177.0.0.1/').hostname, '127.0.0.1');
assert.strictEqual(new URL('http://2130706433/').hostname, '127.0.0.1');
assert.strictEqual(new URL('http://1.2.3.4./').hostname, '1.2.3.4');
assert.strictEqual(new URL('http://0x/').hostname, '0.0.0.0');
assert.strictEqual(new URL('sc://0x7f.1/').hostname, '0x7f.1');
assert.strictEqual(new URL('http://[1:0:0:0:0:0:0:1]/').host, '[1::1]');
assert.strictEqual(new URL('http://[0:0:1:0:0:0:0:0]:81/').host, '[0:0:1::]:81');
assert.strictEqual(new URL('http://[::ffff:192.168.0.1]/').hostname, '[::ffff:c0a8:1]');
assert.strictEqual(new URL('http://[1:0:0:2::3:0]/').hostname, '[1::2:0:0:3:0]');

// File URLs: drive letters, localhost, and the empty host.
assert.strictEqual(new URL('file:c:\\x\\..\\..').href, 'file:///c:/');
assert.strictEqual(new URL('file://localhost/C|/a/../../b').href, 'file:///C:/b');
assert.strictEqual(new URL('file://host/share').host, 'host');
assert.strictEqual(new URL('file:///x').host, '');
assert.strictEqual(new URL('file:///x').origin, 'null');
