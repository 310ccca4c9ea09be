'use strict';
// util.inspect of Map, Set, WeakMap, WeakSet and their iterators.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new Map([[1, 'a'], ['b', { c: 2 }]])),
  "Map(2) { 1 => 'a', 'b' => { c: 2 } }");
assert.strictEqual(util.inspect(new Map()),
  "Map(0) {}");
assert.strictEqual(util.inspect(new Set([1, 'two', { three: 3 }])),
  "Set(3) { 1, 'two', { three: 3 } }");
assert.strictEqual(util.inspect(new Set()),
  "Set(0) {}");
assert.strictEqual(util.inspect(Object.assign(new Map([[1, 2]]), { extra: true })),
  "Map(1) { 1 => 2, extra: true }");
assert.strictEqual(util.inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }),
  "Set(4) { 1, 2, ... 2 more items }");
assert.strictEqual(util.inspect(new Map([[{ k: 1 }, new Map([[1, new Map([[2, new Map()]])]])]])),
  "Map(1) { { k: 1 } => Map(1) { 1 => Map(1) { 2 => Map(0) {} } } }");
assert.strictEqual(util.inspect(new WeakMap([[{}, 1]])),
  "WeakMap { <items unknown> }");
assert.strictEqual(util.inspect(new WeakSet([{}])),
  "WeakSet { <items unknown> }");
assert.strictEqual(util.inspect(new WeakSet([{ a: 1 }]), { showHidden: true }),
  "WeakSet { { a: 1 } }");
assert.strictEqual(util.inspect(new Map([[1, 2], [3, 4]]).entries()),
  "[Map Entries] { [ 1, 2 ], [ 3, 4 ] }");
assert.strictEqual(util.inspect(new Map([[1, 2], [3, 4]]).keys()),
  "[Map Iterator] { 1, 3 }");
assert.strictEqual(util.inspect(new Set([1, 2]).values()),
  "[Set Iterator] { 1, 2 }");
assert.strictEqual(util.inspect(new Set([1, 2]).entries()),
  "[Set Entries] { [ 1, 1 ], [ 2, 2 ] }");
// A partly consumed Map/Set iterator: Node previews only what is left; eddy
// previews the whole collection (SpiderMonkey exposes no iterator position).
// Listed in docs/compat.md.
assert.strictEqual(util.inspect([1, 2][Symbol.iterator]()),
  "Object [Array Iterator] {}");
assert.strictEqual(util.inspect((() => { class M extends Map {} return new M([[1, 2]]); })()),
  "M(1) [Map] { 1 => 2 }");
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Set([1]), null)),
  "[Set(1): null prototype] { 1 }");
assert.strictEqual(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }),
  "Map(2) { 'a' => 2, 'b' => 1 }");
