'use strict';
// util.format placeholders %s %d %i %f %j %o %O %c %%.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%s', 'str'),
  "str");
assert.strictEqual(util.format('%s', 42),
  "42");
assert.strictEqual(util.format('%s', -0),
  "-0");
assert.strictEqual(util.format('%s', 42n),
  "42n");
assert.strictEqual(util.format('%s', null),
  "null");
assert.strictEqual(util.format('%s', undefined),
  "undefined");
assert.strictEqual(util.format('%s', Symbol('s')),
  "Symbol(s)");
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }),
  "{ a: [Object] }");
assert.strictEqual(util.format('%s', [1, [2, [3]]]),
  "[ 1, [Array] ]");
assert.strictEqual(util.format('%s', new Map([[1, { a: {} }]])),
  "Map(1) { 1 => [Object] }");
assert.strictEqual(util.format('%s', new (class X { toString() { return 'custom toString'; } })()),
  "custom toString");
assert.strictEqual(util.format('%s', new (class Y {})()),
  "Y {}");
assert.strictEqual(util.format('%s', { toString() { return 'own toString'; } }),
  "own toString");
assert.strictEqual(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }),
  "prim");
assert.strictEqual(util.format('%s', new Date(0)),
  "1970-01-01T00:00:00.000Z");
assert.strictEqual(util.format('%s', function named() {}),
  "function named() {}");
assert.strictEqual(util.format('%s', (() => { const e = new Error('err'); e.stack = 'Error: err\n    at f (a.js:1:1)'; return e; })()),
  "Error: err\n    at f (a.js:1:1)");
assert.strictEqual(util.format('%d', 42),
  "42");
assert.strictEqual(util.format('%d', '42'),
  "42");
assert.strictEqual(util.format('%d', 1.5),
  "1.5");
assert.strictEqual(util.format('%d', -0),
  "-0");
assert.strictEqual(util.format('%d', 10n),
  "10n");
assert.strictEqual(util.format('%d', Symbol('x')),
  "NaN");
assert.strictEqual(util.format('%d', {}),
  "NaN");
assert.strictEqual(util.format('%d', '0x10'),
  "16");
assert.strictEqual(util.format('%i', 42.9),
  "42");
assert.strictEqual(util.format('%i', '42.9abc'),
  "42");
assert.strictEqual(util.format('%i', -0.5),
  "-0");
assert.strictEqual(util.format('%i', 5n),
  "5n");
assert.strictEqual(util.format('%i', Symbol('x')),
  "NaN");
assert.strictEqual(util.format('%f', '1.5xyz'),
  "1.5");
assert.strictEqual(util.format('%f', Symbol('x')),
  "NaN");
assert.strictEqual(util.format('%f', -0),
  "0");
assert.strictEqual(util.format('%j', { a: 1 }),
  "{\"a\":1}");
assert.strictEqual(util.format('%j', 'str'),
  "\"str\"");
assert.strictEqual(util.format('%j', undefined),
  "undefined");
assert.strictEqual(util.format('%j', (() => { const o = {}; o.o = o; return o; })()),
  "[Circular]");
assert.strictEqual(util.format('%o', { a: [1, 2], f() {} }),
  "{\n  a: [ 1, 2, [length]: 2 ],\n  f: [Function: f] { [length]: 0, [name]: 'f' }\n}");
assert.strictEqual(util.format('%o', [1, 2, 3]),
  "[ 1, 2, 3, [length]: 3 ]");
assert.strictEqual(util.format('%O', { a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
assert.strictEqual(util.format('%c', 'color: red'),
  "");
assert.strictEqual(util.format('%%'),
  "%%");
assert.strictEqual(util.format('%%', 1),
  "% 1");
assert.strictEqual(util.format('%% %s', 'x'),
  "% x");
assert.strictEqual(util.format('100%'),
  "100%");
assert.strictEqual(util.format('%x', 1),
  "%x 1");
assert.strictEqual(util.format('%s %s', 'a'),
  "a %s");
assert.strictEqual(util.format('%', 'b'),
  "% b");
assert.strictEqual(util.format('%%s', 'b'),
  "%s b");
assert.strictEqual(util.format('%%%s', 'b'),
  "%b");
assert.strictEqual(util.format('%s-%d-%i-%f-%j-%o-%O-%c', 's', 1, 2, 3, { j: 1 }, { o: 1 }, { O: 1 }, 'css'),
  "s-1-2-3-{\"j\":1}-{ o: 1 }-{ O: 1 }-");
assert.strictEqual((() => { try { util.format('%j', { get x() { throw new TypeError('nope'); } }); } catch (e) { return e.message; } })(),
  "nope");
