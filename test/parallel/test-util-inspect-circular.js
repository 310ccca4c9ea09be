'use strict';
// util.inspect marks circular references with <ref *N> and [Circular *N].
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect((() => { const o = { a: 1 }; o.self = o; return o; })()),
  "<ref *1> { a: 1, self: [Circular *1] }");
assert.strictEqual(util.inspect((() => { const a = [1]; a.push(a); return a; })()),
  "<ref *1> [ 1, [Circular *1] ]");
assert.strictEqual(util.inspect((() => { const a = {}; const b = { a }; a.b = b; a.c = { b }; return a; })()),
  "<ref *1> { b: { a: [Circular *1] }, c: { b: { a: [Circular *1] } } }");
assert.strictEqual(util.inspect((() => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; b.b = b; return [a, b]; })()),
  "[\n  <ref *1> {\n    name: 'a',\n    b: <ref *2> { name: 'b', a: [Circular *1], b: [Circular *2] }\n  },\n  <ref *2> {\n    name: 'b',\n    a: <ref *1> { name: 'a', b: [Circular *2] },\n    b: [Circular *2]\n  }\n]");
assert.strictEqual(util.inspect((() => { const m = new Map(); m.set('self', m); return m; })()),
  "<ref *1> Map(1) { 'self' => [Circular *1] }");
assert.strictEqual(util.inspect((() => { const o = { a: 1 }; o.self = o; return o; })(), { compact: true }),
  "<ref *1> { a: 1, self: [Circular *1] }");
assert.strictEqual(util.inspect((() => { const o = { l1: { l2: {} } }; o.l1.l2.back = o; o.l1.l2.up = o.l1; return o; })()),
  "<ref *1> {\n  l1: <ref *2> { l2: { back: [Circular *1], up: [Circular *2] } }\n}");
assert.strictEqual(util.inspect((() => { const o = { x: {} }; o.x.y = o.x; return [o.x, o.x]; })()),
  "[ <ref *1> { y: [Circular *1] }, <ref *1> { y: [Circular *1] } ]");
