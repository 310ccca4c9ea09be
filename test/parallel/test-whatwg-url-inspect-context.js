'use strict';
// util.inspect(url, { showHidden: true }) lists where each part of href
// starts and ends, under [Symbol(context)], as node 22 does.
const assert = require('assert');
const util = require('util');

function context(href) {
  const text = util.inspect(new URL(href), { showHidden: true, getters: true, breakLength: Infinity });
  const match = text.match(/\[Symbol\(context\)\]: URLContext \{ (.*) \} \}$/);
  assert.ok(match, text);
  return match[1];
}

const none = 4294967295;
function expect(href, ends, port, type, has) {
  const [protocol, username, hostStart, hostEnd, pathname, search, hash] = ends;
  return `href: '${href}', protocol_end: ${protocol}, username_end: ${username}, ` +
    `host_start: ${hostStart}, host_end: ${hostEnd}, pathname_start: ${pathname}, ` +
    `search_start: ${search}, hash_start: ${hash}, port: ${port}, scheme_type: ${type}, ` +
    `[hasPort]: [Getter: ${has[0]}], [hasSearch]: [Getter: ${has[1]}], [hasHash]: [Getter: ${has[2]}]`;
}

assert.strictEqual(context('https://username:password@host.name:8080/path/name/?que=ry#hash'),
                   expect('https://username:password@host.name:8080/path/name/?que=ry#hash',
                          [6, 16, 25, 35, 40, 51, 58], 8080, 2, [true, true, true]));
assert.strictEqual(context('https://user@host/'),
                   expect('https://user@host/', [6, 12, 12, 17, 17, none, none], none, 2,
                          [false, false, false]));
assert.strictEqual(context('https://:pass@host/'),
                   expect('https://:pass@host/', [6, 8, 13, 18, 18, none, none], none, 2,
                          [false, false, false]));
assert.strictEqual(context('foo://u@h:1/p?q#f'),
                   expect('foo://u@h:1/p?q#f', [4, 7, 7, 9, 11, 13, 15], 1, 1, [true, true, true]));
assert.strictEqual(context('foo:?q'),
                   expect('foo:?q', [4, 4, 4, 4, 4, 4, none], none, 1, [false, true, false]));
assert.strictEqual(context('web+demo:/..//not-a-host/'),
                   expect('web+demo:/.//not-a-host/', [9, 9, 9, 9, 11, none, none], none, 1,
                          [false, false, false]));
assert.strictEqual(context('http://a/?#'),
                   expect('http://a/?#', [5, 7, 7, 8, 8, 9, 10], none, 0, [false, true, true]));
assert.strictEqual(context('file:///x?y'),
                   expect('file:///x?y', [5, 7, 7, 7, 7, 9, none], none, 6, [false, true, false]));
assert.strictEqual(context('ws://a:80').slice(-120).includes('scheme_type: 3'), true);
assert.strictEqual(context('ftp://a/').includes('scheme_type: 4'), true);
assert.strictEqual(context('wss://a/').includes('scheme_type: 5'), true);

// Without showHidden, or too deep, the context stays out of sight.
const url = new URL('http://a/');
assert.strictEqual(util.inspect(url).includes('context'), false);
assert.strictEqual(util.inspect(url, { showHidden: true, depth: 0 }).endsWith(
  "searchParams: [Object],\n  hash: '',\n  [Symbol(context)]: [URLContext]\n}"), true);
assert.strictEqual(Object.getOwnPropertySymbols(url).length, 0);
class MyURL extends URL {}
assert.match(util.inspect(new MyURL('http://a/'), { showHidden: true }), /^MyURL \{[^]*URLContext \{/);
