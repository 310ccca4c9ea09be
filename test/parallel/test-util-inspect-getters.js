'use strict';
// util.inspect of accessors, with and without the getters option.
const assert = require('assert');
const util = require('util');
const obj = { get a() { return 1; }, set b(x) {}, get c() { return { n: 1 }; }, set c(x) {}, get nul() { return null; }, get bad() { throw new Error('boom'); } };
assert.strictEqual(util.inspect(obj),
  "{\n  a: [Getter],\n  b: [Setter],\n  c: [Getter/Setter],\n  nul: [Getter],\n  bad: [Getter]\n}");
assert.strictEqual(util.inspect(obj, { getters: true }),
  "{\n  a: [Getter: 1],\n  b: [Setter],\n  c: [Getter/Setter] { n: 1 },\n  nul: [Getter: null],\n  bad: [Getter: <Inspection threw (boom)>]\n}");
assert.strictEqual(util.inspect(obj, { getters: 'get' }),
  "{\n  a: [Getter: 1],\n  b: [Setter],\n  c: [Getter/Setter],\n  nul: [Getter: null],\n  bad: [Getter: <Inspection threw (boom)>]\n}");
assert.strictEqual(util.inspect(obj, { getters: 'set' }),
  "{\n  a: [Getter],\n  b: [Setter],\n  c: [Getter/Setter] { n: 1 },\n  nul: [Getter],\n  bad: [Getter]\n}");
assert.strictEqual(util.inspect((() => { class G { constructor() { this.a = 1; } get b() { return 2; } } return new G(); })(), { showHidden: true }),
  "G { a: 1, [b]: [Getter] }");
assert.strictEqual(util.inspect((() => { class G { get b() { return 2; } } return new G(); })()),
  "G {}");
