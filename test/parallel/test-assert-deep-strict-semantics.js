'use strict';
// deepStrictEqual: Object.is, prototypes, type tags, symbols, holes, wrappers.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

const ok = (a, b) => assert.strictEqual(isDeepStrictEqual(a, b), true);
const no = (a, b) => assert.strictEqual(isDeepStrictEqual(a, b), false);

ok(NaN, NaN);
no(0, -0);
no(1, '1');
no(null, undefined);
no({}, Object.create(null));
function F() {}
no(new F(), {});
const fakeDate = Object.setPrototypeOf({}, Date.prototype);
no(new Date(0), fakeDate);
no({ a: undefined }, {});
ok({ a: 1, b: 2 }, { b: 2, a: 1 });
ok(Object.defineProperty({}, 'hidden', { value: 1 }), {});

const s = Symbol('s');
ok({ [s]: 1 }, { [s]: 1 });
no({ [s]: 1 }, { [s]: 2 });
no({ [s]: 1 }, {});
no({ [Symbol('x')]: 1 }, { [Symbol('x')]: 1 });

no([1, , 3], [1, undefined, 3]);
ok([1, , 3], [1, , 3]);
no(Object.assign([1], { extra: 1 }), [1]);
no([0], [-0]);

ok(new Number(1), new Number(1));
no(new Number(1), 1);
no(new Number(0), new Number(-0));
ok(new String('ab'), new String('ab'));
no(new String('ab'), Object.assign(new String('ab'), { x: 1 }));
no(new Boolean(false), new Boolean(true));
ok(Object(1n), Object(1n));
ok(Object(Symbol.iterator), Object(Symbol.iterator));

ok(new Date(5), new Date(5));
no(new Date(NaN), new Date(NaN));
no(Object.assign(new Date(5), { x: 1 }), new Date(5));

ok(/a/g, /a/g);
no(/a/g, /a/i);
const re = /a/g;
re.lastIndex = 3;
no(re, /a/g);

no(() => {}, () => {});
// WeakMaps and WeakSets are only equal to themselves.
no(new WeakMap(), new WeakMap());
no(new WeakSet(), new WeakSet());
const weak = new WeakMap();
ok(weak, weak);
no(Object.assign(new WeakMap(), { x: 1 }), new WeakMap());
ok(Promise.resolve(1), Promise.resolve(2));
ok(new URL('http://a/b'), new URL('http://a/b'));
no(new URL('http://a/b'), new URL('http://a/c'));

function args() { return arguments; }
ok(args(1), args(1));
no(args(1), [1]);
