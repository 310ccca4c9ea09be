'use strict';
// util.inspect output of URL, URLSearchParams and their iterators.
const assert = require('assert');
const util = require('util');
const { URL, URLSearchParams } = require('url');

assert.strictEqual(util.inspect(new URL('https://u:p@h:1/a?b=1#c')), `URL {
  href: 'https://u:p@h:1/a?b=1#c',
  origin: 'https://h:1',
  protocol: 'https:',
  username: 'u',
  password: 'p',
  host: 'h:1',
  hostname: 'h',
  port: '1',
  pathname: '/a',
  search: '?b=1',
  searchParams: URLSearchParams { 'b' => '1' },
  hash: '#c'
}`);
assert.strictEqual(util.inspect({ a: { b: { c: new URL('http://h/') } } }),
                   '{ a: { b: { c: URL {} } } }');

assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=%C3%A9')),
                   "URLSearchParams { 'a' => '1', 'b' => '\u00e9' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect({ a: { b: { c: new URLSearchParams('a=1') } } }),
                   '{ a: { b: { c: [Object] } } }');
const long = new URLSearchParams(`a=${'x'.repeat(40)}&b=${'y'.repeat(40)}`);
assert.strictEqual(util.inspect(long),
                   `URLSearchParams {\n  'a' => '${'x'.repeat(40)}',\n  'b' => '${'y'.repeat(40)}' }`);

const p = new URLSearchParams('a=1&b=2');
assert.strictEqual(util.inspect(p.entries()), "URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }");
assert.strictEqual(util.inspect(p.keys()), "URLSearchParams Iterator { 'a', 'b' }");
const values = p.values();
values.next();
assert.strictEqual(util.inspect(values), "URLSearchParams Iterator { '2' }");
values.next();
assert.strictEqual(util.inspect(values), 'URLSearchParams Iterator {  }');
