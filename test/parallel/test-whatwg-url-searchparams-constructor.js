'use strict';
// new URLSearchParams() accepts a string, a record or an iterable of pairs,
// and rejects malformed pairs with Node's errors.
const assert = require('assert');
const { URLSearchParams } = require('url');

const entries = (p) => [...p];

assert.deepStrictEqual(entries(new URLSearchParams()), []);
assert.deepStrictEqual(entries(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(entries(new URLSearchParams(null)), []);
assert.deepStrictEqual(entries(new URLSearchParams('?a=1&b=2&a=3')),
                       [['a', '1'], ['b', '2'], ['a', '3']]);
assert.deepStrictEqual(entries(new URLSearchParams('??a=1')), [['?a', '1']]);
assert.deepStrictEqual(entries(new URLSearchParams('a=b=c&&=x&y&+z+=%20%zz%')),
                       [['a', 'b=c'], ['', 'x'], ['y', ''], [' z ', ' %zz%']]);
assert.deepStrictEqual(entries(new URLSearchParams('%E2%82%AC=%C3%A9&bad=%FF%FE')),
                       [['\u20ac', '\u00e9'], ['bad', '\ufffd\ufffd']]);
assert.deepStrictEqual(entries(new URLSearchParams(12)), [['12', '']]);

// Records: own enumerable string keys, values converted to strings.
assert.deepStrictEqual(entries(new URLSearchParams({ a: 1, b: [1, 2], c: null })),
                       [['a', '1'], ['b', '1,2'], ['c', 'null']]);
const proto = { inherited: 'x' };
const rec = Object.create(proto, { own: { value: 'y', enumerable: true },
                                   hidden: { value: 'z', enumerable: false } });
assert.deepStrictEqual(entries(new URLSearchParams(rec)), [['own', 'y']]);
// Lone surrogates become U+FFFD.
assert.deepStrictEqual(entries(new URLSearchParams({ '\ud800': '\udc00x' })),
                       [['\ufffd', '\ufffdx']]);

// Iterables of pairs, including another URLSearchParams and a Map.
assert.deepStrictEqual(entries(new URLSearchParams([['a', 1], new Set(['b', 'c'])])),
                       [['a', '1'], ['b', 'c']]);
assert.deepStrictEqual(entries(new URLSearchParams(new Map([['m', 'n']]))), [['m', 'n']]);
const src = new URLSearchParams('x=1');
const copy = new URLSearchParams(src);
copy.append('y', '2');
assert.strictEqual(src.toString(), 'x=1');
assert.strictEqual(copy.toString(), 'x=1&y=2');

const tupleError = {
  name: 'TypeError', code: 'ERR_INVALID_TUPLE',
  message: 'Each query pair must be an iterable [name, value] tuple',
};
assert.throws(() => new URLSearchParams([['a']]), tupleError);
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), tupleError);
assert.throws(() => new URLSearchParams([5]), tupleError);
assert.throws(() => new URLSearchParams([null]), tupleError);
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});
assert.throws(() => new URLSearchParams({ [Symbol('k')]: 1 }), TypeError);
