'use strict';
// entries/keys/values/[Symbol.iterator] and forEach walk the live list.
const assert = require('assert');
const { URLSearchParams } = require('url');

const p = new URLSearchParams('a=1&b=2');
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p.entries()], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['1', '2']);

// Iterators see later changes.
const it = p.keys();
assert.deepStrictEqual(it.next(), { value: 'a', done: false });
p.append('c', '3');
assert.deepStrictEqual(it.next(), { value: 'b', done: false });
assert.deepStrictEqual(it.next(), { value: 'c', done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(it[Symbol.iterator](), it);

const iterProto = Object.getPrototypeOf(it);
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(Object.getOwnPropertyNames(iterProto), ['next']);
assert.strictEqual(Object.getPrototypeOf(iterProto),
                   Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
assert.throws(() => iterProto.next.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
});

// forEach(value, name, params) with thisArg; the list is re-read every step.
const seen = [];
const q = new URLSearchParams('x=1&y=2');
q.forEach(function(value, name, params) {
  seen.push([name, value, this.tag, params === q]);
  if (name === 'x') params.append('z', '3');
}, { tag: 'T' });
assert.deepStrictEqual(seen, [['x', '1', 'T', true], ['y', '2', 'T', true], ['z', '3', 'T', true]]);
assert.throws(() => q.forEach(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (5)',
});
