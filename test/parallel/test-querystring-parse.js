'use strict';
const assert = require('assert');
const qs = require('querystring');

function obj(o) { return Object.assign(Object.create(null), o); }
assert.deepStrictEqual(qs.parse('foo=bar&abc=xyz&abc=123'), obj({ foo: 'bar', abc: ['xyz', '123'] }));
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
assert.deepStrictEqual(qs.parse(''), obj({}));
assert.deepStrictEqual(qs.parse(42), obj({}));
assert.deepStrictEqual(qs.parse('a'), obj({ a: '' }));
assert.deepStrictEqual(qs.parse('a=b=c'), obj({ a: 'b=c' }));
assert.deepStrictEqual(qs.parse('&&a=1&&'), obj({ a: '1' }));
assert.deepStrictEqual(qs.parse('='), obj({ '': '' }));
assert.deepStrictEqual(qs.parse('a+b=c+d%20e'), obj({ 'a b': 'c d e' }));
assert.deepStrictEqual(qs.parse('a=%zz&b=%41%'), obj({ a: '%zz', b: 'A%' }));
assert.deepStrictEqual(qs.parse('a=%ff'), obj({ a: '\ufffd' }));
const protoKeys = qs.parse('__proto__=1&constructor=2');
assert.deepStrictEqual(Object.keys(protoKeys), ['__proto__', 'constructor']);
assert.strictEqual(protoKeys.__proto__, '1');
assert.strictEqual(Object.getPrototypeOf(protoKeys), null);
assert.deepStrictEqual(qs.parse('a=%E2%82%AC'), obj({ a: '\u20ac' }));
assert.deepStrictEqual(qs.parse('a:1;b:2', ';', ':'), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a==1&&&b==2', '&&', '=='), obj({ a: '1', '&b': '2' }));
