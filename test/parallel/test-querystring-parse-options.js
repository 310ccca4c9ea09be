'use strict';
const assert = require('assert');
const qs = require('querystring');

function obj(o) { return Object.assign(Object.create(null), o); }
// maxKeys counts pairs, empty ones included; 0 or less means no limit.
assert.deepStrictEqual(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('&&a=1', null, null, { maxKeys: 2 }), obj({}));
assert.deepStrictEqual(qs.parse('a=1&b=2', null, null, { maxKeys: 0 }), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a=1&b=2', null, null, { maxKeys: -1 }), obj({ a: '1', b: '2' }));
let big = '';
for (let i = 0; i < 1005; i++) big += `k${i}=${i}&`;
assert.strictEqual(Object.keys(qs.parse(big)).length, 1000);

// A custom decoder sees '+' as '%20' and is not called for empty strings.
const seen = [];
const decoded = qs.parse('a+b=c&=&x=%zz', null, null, {
  decodeURIComponent(s) {
    seen.push(s);
    if (s === '%zz') throw new Error('bad');
    return s.toUpperCase();
  },
});
assert.deepStrictEqual(seen, ['a%20b', 'c', 'x', '%zz']);
assert.deepStrictEqual(decoded, obj({ 'A%20B': 'C', '': '', 'X': '%zz' }));

// parse() uses the (overridable) querystring.unescape.
const original = qs.unescape;
qs.unescape = (s) => `<${s}>`;
try {
  // An overriding unescape counts as a custom decoder: every part is decoded.
  assert.deepStrictEqual(qs.parse('%41=%42&c=d'), obj({ '<%41>': '<%42>', '<c>': '<d>' }));
} finally {
  qs.unescape = original;
}
assert.strictEqual(qs.decode, qs.parse);
