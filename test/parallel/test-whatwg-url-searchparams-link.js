'use strict';
// url.searchParams is one live object: changing it rewrites url.search, and
// changing url.search / url.href refreshes it.
const assert = require('assert');
const { URL } = require('url');

const url = new URL('http://h/p?a=1&b=2#f');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);

params.append('c', 'x y');
assert.strictEqual(url.href, 'http://h/p?a=1&b=2&c=x+y#f');
params.delete('a');
assert.strictEqual(url.search, '?b=2&c=x+y');
params.sort();
params.set('b', '~');
assert.strictEqual(url.search, '?b=%7E&c=x+y');

// Emptying the params removes the query entirely.
params.delete('b');
params.delete('c');
assert.strictEqual(url.href, 'http://h/p#f');
assert.strictEqual(url.search, '');

url.search = '?z=9&z=8';
assert.deepStrictEqual(params.getAll('z'), ['9', '8']);
url.href = 'https://other/?q=%C3%A9';
assert.strictEqual(params.get('q'), '\u00e9');
assert.strictEqual(params.size, 1);
url.search = '';
assert.strictEqual(params.size, 0);

// The URL's own query encoding is kept until the params are modified.
const u2 = new URL('http://h/?a=b c&d=%7e');
assert.strictEqual(u2.search, '?a=b%20c&d=%7e');
assert.strictEqual(u2.searchParams.get('a'), 'b c');
u2.searchParams.append('e', 'f');
assert.strictEqual(u2.search, '?a=b+c&d=%7E&e=f');

// Opaque paths lose trailing spaces when the query goes away.
const data = new URL('data:text/plain,hi  ?x=1');
data.searchParams.delete('x');
assert.strictEqual(data.href, 'data:text/plain,hi');
