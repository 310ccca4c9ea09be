'use strict';
// util.inspect of plain objects: line breaking, key quoting, depth.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({}),
  "{}");
assert.strictEqual(util.inspect({ a: 1, b: 'x' }),
  "{ a: 1, b: 'x' }");
assert.strictEqual(util.inspect({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: 1 }),
  "{\n  alpha: 'aaaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbbbb',\n  gamma: 'cccccccccccccccccc',\n  delta: 1\n}");
assert.strictEqual(util.inspect({ 'a-b': 1, 0: 2, valid_id: 3, 'with space': 4, "it's": 5, $d: 6 }),
  "{ '0': 2, 'a-b': 1, valid_id: 3, 'with space': 4, \"it's\": 5, '$d': 6 }");
assert.strictEqual(util.inspect({ [Symbol('a')]: 1, [Symbol()]: 2 }),
  "{ [Symbol(a)]: 1, [Symbol()]: 2 }");
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }),
  "{ a: [Object] }");
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: Infinity }),
  "{\n  a: { b: { c: { d: 1 } } }\n}");
assert.strictEqual(util.inspect({ a: [{ b: [1] }] }, { depth: 1 }),
  "{ a: [ [Object] ] }");
assert.strictEqual(util.inspect({ a: { b: { c: {} } }, d: { e: 1 } }),
  "{ a: { b: { c: {} } }, d: { e: 1 } }");
assert.strictEqual(util.inspect(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`key${i}`, i]))),
  "{\n  key0: 0,\n  key1: 1,\n  key2: 2,\n  key3: 3,\n  key4: 4,\n  key5: 5,\n  key6: 6,\n  key7: 7,\n  key8: 8,\n  key9: 9,\n  key10: 10,\n  key11: 11\n}");
assert.strictEqual(util.inspect(Object.create(null)),
  "[Object: null prototype] {}");
assert.strictEqual(util.inspect(Object.assign(Object.create(null), { a: 1 })),
  "[Object: null prototype] { a: 1 }");
assert.strictEqual(util.inspect(Object.create({ inherited: 1 })),
  "{}");
assert.strictEqual(util.inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })),
  "{ a: 1 }");
assert.strictEqual(util.inspect((() => { class Foo { constructor() { this.x = 1; } } return new Foo(); })()),
  "Foo { x: 1 }");
assert.strictEqual(util.inspect(new (class {})()),
  "{}");
assert.strictEqual(util.inspect((() => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); })()),
  "Foo [Bar] {}");
assert.strictEqual(util.inspect({ [Symbol.toStringTag]: 'Custom', a: 1 }),
  "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Custom' }");
assert.strictEqual(util.inspect(Object.create(Object.create(null))),
  "Object <[Object: null prototype] {}> {}");
assert.strictEqual(util.inspect(JSON.parse('{"__proto__": 1}')),
  "{ ['__proto__']: 1 }");
assert.strictEqual(util.inspect({ u: undefined, n: null, f() {}, g: () => 1 }),
  "{ u: undefined, n: null, f: [Function: f], g: [Function: g] }");
assert.strictEqual(util.inspect({ text: 'first line of the text\nsecond line of the text\nthird line of text here' }),
  "{\n  text: 'first line of the text\\nsecond line of the text\\nthird line of text here'\n}");
assert.strictEqual(util.inspect(Math),
  "Object [Math] {}");
assert.strictEqual(util.inspect(JSON),
  "Object [JSON] {}");
