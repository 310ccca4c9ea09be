// util.inspect of assorted values.
'use strict';
const util = require('util');
const rejected = Promise.reject(3);
rejected.catch(() => {});
const values = [
  1, -0, 1.5, NaN, Infinity, 123n, 'str', "it's", true, null, undefined,
  Symbol('s'), Symbol.iterator, [], [1, , 3], new Array(5), {},
  { a: 1, 'b-c': 2, [Symbol('k')]: 3 }, [1, [2, [3, [4, [5]]]]],
  { a: { b: { c: { d: {} } } } }, function named() {}, () => {}, class Foo {},
  async function af() {}, function* gen() {}, new Date(0), /re/gi,
  new Map([[1, 'one'], ['two', { 2: 2 }]]), new Set([1, 'a', [2]]),
  new WeakMap(), Promise.resolve(42), rejected, new Promise(() => {}),
  new Uint8Array([1, 2, 3]), new ArrayBuffer(3), Buffer.from('hi'),
  Object.create(null), new (class Point { constructor() { this.x = 1; } })(),
  [new Error('in array').message], new Number(3), new String('boxed'),
  new Boolean(false), Object.assign(() => {}, { prop: 1 }),
  { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} },
  'a'.repeat(120), Array.from({ length: 120 }, (_, i) => i),
];
for (const v of values) console.log(util.inspect(v));
const circ = { name: 'circ' };
circ.self = circ;
circ.list = [circ, { inner: circ }];
console.log(util.inspect(circ));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect({ a: [1, 2, 3] }, { compact: false }));
console.log(util.inspect(['x', 'y'], { breakLength: 3 }));
console.log(util.inspect('str', { colors: true }));
console.log(util.inspect({ s: 'a' }, { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect({ [util.inspect.custom]() { return 'CUSTOM'; } }));
console.log(util.inspect(Array.from({ length: 200 }, () => 0), { maxArrayLength: 3 }));
console.log(util.inspect('x'.repeat(50), { maxStringLength: 10 }));
console.log(util.inspect({ b: 1, a: 2 }, { sorted: true }));
