'use strict';
// URLSearchParams and URL convert a Symbol argument with Node's TypeError text.
const assert = require('assert');

const sym = Symbol('s');
const expected = { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' };
const params = new URLSearchParams();
assert.throws(() => params.append(sym, 'a'), expected);
assert.throws(() => params.append('a', sym), expected);
assert.throws(() => params.set(sym, 'a'), expected);
assert.throws(() => params.get(sym), expected);
assert.throws(() => params.getAll(sym), expected);
assert.throws(() => params.has(sym), expected);
assert.throws(() => params.delete(sym), expected);
assert.throws(() => new URLSearchParams({ a: sym }), expected);
assert.throws(() => new URL(sym), expected);
