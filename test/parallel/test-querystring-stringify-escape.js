'use strict';
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }),
                   'foo=bar&baz=qux&baz=quux&corge=');
assert.strictEqual(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'), 'foo:bar;baz:qux');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ n: NaN, i: Infinity, b: 10n, t: true, o: {}, u: undefined, z: null, f: 1.5 }),
                   'n=&i=&b=10&t=true&o=&u=&z=&f=1.5');
assert.strictEqual(qs.stringify({ 'a b': 'c&d=e', u: '\u00e9\u20ac\ud83d\ude00' }),
                   'a%20b=c%26d%3De&u=%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(qs.stringify('str'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.strictEqual(qs.stringify({ w: 'x y' }, null, null, { encodeURIComponent: (s) => `[${s}]` }),
                   '[w]=[x y]');
assert.strictEqual(qs.encode, qs.stringify);

assert.strictEqual(qs.escape("az09-._~!'()* \"#$%&+,/:;<=>?@[\\]^`{|}"),
                   "az09-._~!'()*%20%22%23%24%25%26%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D");
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
assert.throws(() => qs.stringify({ a: 'x\udfff' }), { code: 'ERR_INVALID_URI' });
// A surrogate followed by anything is encoded as a 4-byte sequence.
assert.strictEqual(qs.escape('\ud800a'), '%F0%90%81%A1');
