'use strict';
// assert.partialDeepStrictEqual(actual, expected): `expected` describes a
// part of `actual`.
const assert = require('assert');

const pass = (actual, expected) => assert.partialDeepStrictEqual(actual, expected);
const fail = (actual, expected) => assert.throws(
  () => assert.partialDeepStrictEqual(actual, expected), { code: 'ERR_ASSERTION' });
const sparse = (length, entries) => {
  const array = new Array(length);
  for (const [i, v] of Object.entries(entries)) array[i] = v;
  return array;
};

// Primitives: Object.is.
pass(NaN, NaN);
fail(0, -0);
fail(1, '1');

// Objects: the enumerable own properties of expected; prototypes do not count.
pass({ a: 1, b: 2 }, { b: 2 });
fail({ a: 1 }, { a: 1, b: 2 });
fail({ a: 1 }, { a: undefined });
fail(Object.defineProperty({}, 'a', { value: 1 }), { a: 1 });
pass(Object.assign(Object.create(null), { a: 1 }), { a: 1 });
class Point { constructor() { this.x = 1; } }
pass(new Point(), { x: 1 });
pass({ [Symbol.for('s')]: 1, a: 1 }, { [Symbol.for('s')]: 1 });
fail({}, { [Symbol.for('s')]: 1 });
pass({ get a() { return 1; } }, { a: 1 });
// ...but the kind of object does.
fail([], Object.create(Array.prototype));
fail({}, []);
const fakeArray = { 0: 1, 1: 1 };
Object.setPrototypeOf(fakeArray, Array.prototype);
Object.defineProperty(fakeArray, Symbol.toStringTag, { value: 'Array' });
fail(fakeArray, [1, 1]);
fail([1, 1], fakeArray);

// Arrays: an ordered subsequence, with the other own properties.
pass([1, 2, 3], [1, 3]);
fail([1, 2, 3], [3, 1]);
pass([1, 2, 1, 2], [2, 1, 2]);
fail([1, 2], [2, 2]);
pass([{ a: 1, b: 2 }, { a: 2 }], [{ a: 2 }]);
fail([{ a: 1, b: 1 }, { a: 1 }], [{ a: 1 }, { a: 1, b: 1 }]);
fail(Object.assign([1, 2, 3], { foo: 1 }), Object.assign([1, 3], { foo: 2 }));
fail([1, 2, 3], Object.assign([1, 3], { bar: 1 }));
// Holes: expected may not be longer; an element before the first hole also
// needs room for every slot after it, from the first hole on only the
// present elements are matched.
fail([1, 3], sparse(3, { 0: 1, 2: 3 }));
pass([1, 2, 3], sparse(2, { 1: 3 }));
fail([1, 2, 3], sparse(2, { 0: 3 }));
pass([1, 2, 3, 4], sparse(2, { 0: 3 }));
pass([1, 2, 3], sparse(3, { 0: 1, 2: 2 }));
fail([1, 2, 3], sparse(3, { 0: 2, 2: 3 }));
pass([1, 2, 3], sparse(3, { 1: 3 }));
fail([1, 2, 3], sparse(4, { 3: 1 }));
pass(sparse(3, { 1: true, 2: true }), sparse(3, { 0: true, 2: true }));
fail(sparse(4, { 0: 1, 3: 3 }), [1, undefined, , 3]); // eslint-disable-line no-sparse-arrays
pass([1, undefined, , 3], sparse(4, { 0: 1, 3: 3 })); // eslint-disable-line no-sparse-arrays

// Typed arrays, ArrayBuffers and DataViews: a subsequence of the bytes.
pass(new Uint8Array([1, 2, 3, 4]), new Uint8Array([2, 4]));
fail(new Uint8Array([1, 2, 3, 4]), new Uint8Array([4, 2]));
fail(new Uint8Array([1, 2]), new Int8Array([1, 2]));
pass(new Uint16Array([256, 1]), new Uint16Array([0]));
pass(new Float32Array([0, 1]), new Float32Array([-0]));
fail(new Float32Array([0]), new Float32Array([-0]));
pass(Buffer.from([1, 2, 3]), new Uint8Array([1, 3]));
pass(new Uint8Array([1, 2, 3]).buffer, new Uint8Array([3]).buffer);
fail(new ArrayBuffer(3), new SharedArrayBuffer(3));
fail(Object.assign(new Uint8Array([1, 3]), { x: 1 }), Object.assign(new Uint8Array([1, 3]), { x: 2 }));
fail(new ArrayBuffer(2), Object.assign(new ArrayBuffer(2), { a: 1 }));
pass(new DataView(new Uint8Array([1, 2, 3]).buffer, 1), new DataView(new Uint8Array([2, 3]).buffer));
fail(new DataView(new ArrayBuffer(3)), new Uint8Array(3));

// Sets and Maps: each expected item or entry takes the first unused match.
pass(new Set([1, 2, { a: 1, b: 1 }]), new Set([{ a: 1 }]));
fail(new Set([{ a: 1 }]), new Set([{ a: 1 }, { a: 1 }]));
fail(new Set([{ a: 1, b: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 1, b: 1 }]));
pass(new Set([{ a: 1 }, { a: 1, b: 1 }]), new Set([{ a: 1, b: 1 }, { a: 1 }]));
pass(new Set([0]), new Set([-0]));
pass(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]]));
pass(new Map([[{ k: 1, j: 2 }, 1]]), new Map([[{ k: 1 }, 1]]));
fail(new Map([['k', undefined]]), new Map([['j', undefined]]));
fail(Object.assign(new Set([1]), { x: 1 }), Object.assign(new Set([1]), { x: 2 }));

// Errors: a non-empty name or message of expected must match; its own
// cause and errors must be there (and match unless undefined).
pass(new Error('a'), new Error());
fail(new Error(), new Error('a'));
pass(new Error('a'), new Error(''));
fail(new TypeError('a'), new Error('a'));
fail(new Error('a'), new TypeError('a'));
pass(new Error('a'), Object.setPrototypeOf(new Error('a'), null));
pass(new Error('a', { cause: 42 }), new Error('a'));
pass(new Error('a', { cause: 'x' }), new Error('a', { cause: undefined }));
fail(new Error('a'), new Error('a', { cause: undefined }));
fail(new Error('a', { cause: 1 }), new Error('a', { cause: null }));
pass(new Error('a', { cause: { x: 1, y: 2 } }), new Error('a', { cause: { x: 1 } }));
pass(new AggregateError([new Error('x'), 2], 'm'), new AggregateError([2], 'm'));
fail(new AggregateError([1], 'm'), new AggregateError([2], 'm'));
fail(new Error('a'), { message: 'a' });
pass(Object.assign(new Error('a'), { x: 1 }), new Error('a'));
const tagged = new Error('foo');
tagged[Symbol.toStringTag] = 'Foobar';
const tagged2 = new Error('bar');
tagged2[Symbol.toStringTag] = 'Foobar';
fail(tagged, tagged2);

// Other kinds.
fail(new Date(NaN), new Date(NaN));
pass(Object.assign(new Date(0), { a: 1 }), new Date(0));
fail(new Date(0), Object.assign(new Date(0), { a: 1 }));
const moved = /a/g;
moved.lastIndex = 1;
fail(moved, /a/g);
fail(/a/g, /a/);
pass(Object.assign(new URL('http://a/'), { x: 1 }), new URL('http://a/'));
fail(new URL('http://a/'), Object.assign(new URL('http://a/'), { x: 1 }));
fail(new URL('http://foo'), new URL('http://bar'));
pass(Object.assign(Object('ab'), { x: 1 }), Object('ab'));
fail(Object('abc'), Object('ab'));
fail(Object(0), Object(-0));
const boxed = new Number(5);
Object.defineProperty(boxed, 'valueOf', { value: () => { throw new Error('not called'); } });
pass(boxed, new Number(5));
const fakeSymbol = {};
Object.setPrototypeOf(fakeSymbol, Symbol.prototype);
Object.defineProperty(fakeSymbol, Symbol.toStringTag, { value: 'Symbol' });
fail(Object(Symbol()), fakeSymbol);
const fakeDate = Object.create(Date.prototype);
Object.defineProperty(fakeDate, Symbol.toStringTag, { value: 'Date' });
fail(new Date(0), fakeDate);
fail(new WeakMap(), new WeakMap());
fail(new WeakSet(), new WeakSet());
pass(Promise.resolve(1), Promise.resolve(2));
fail(() => {}, () => {});
const fn = () => {};
pass({ fn }, { fn });
const args = (function() { return arguments; });
fail(args(1, 2, 3), args(1, 3));
fail(args(1), [1]);
// Cycles on both sides end the comparison of that branch.
const a = { a: 1 };
a.self = a;
const b = {};
b.self = b;
pass(a, b);
