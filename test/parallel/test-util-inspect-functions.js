'use strict';
// util.inspect of functions and classes.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(function foo() {}),
  "[Function: foo]");
assert.strictEqual(util.inspect(function() {}),
  "[Function (anonymous)]");
assert.strictEqual(util.inspect(() => {}),
  "[Function (anonymous)]");
assert.strictEqual(util.inspect(async function af() {}),
  "[AsyncFunction: af]");
assert.strictEqual(util.inspect(function* gen() {}),
  "[GeneratorFunction: gen]");
assert.strictEqual(util.inspect(async function* agen() {}),
  "[AsyncGeneratorFunction: agen]");
assert.strictEqual(util.inspect(Object.assign(function f() {}, { a: 1, b: 'x' })),
  "[Function: f] { a: 1, b: 'x' }");
assert.strictEqual(util.inspect(Object.setPrototypeOf(function np() {}, null)),
  "[Function (null prototype): np]");
assert.strictEqual(util.inspect(class A {}),
  "[class A]");
assert.strictEqual(util.inspect(class {}),
  "[class (anonymous)]");
assert.strictEqual(util.inspect((() => { class B {} return class C extends B {}; })()),
  "[class C extends B]");
assert.strictEqual(util.inspect(class D extends null {}),
  "[class D]");
assert.strictEqual(util.inspect((() => { class S { static x = 1; } return S; })()),
  "[class S] { x: 1 }");
assert.strictEqual(util.inspect(Math.max),
  "[Function: max]");
assert.strictEqual(util.inspect(Map),
  "[Function: Map]");
assert.strictEqual(util.inspect({ fn() {} }),
  "{ fn: [Function: fn] }");
assert.strictEqual(util.inspect(function b() {}.bind(null)),
  "[Function: bound b]");
assert.strictEqual(util.inspect(Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'TG' })),
  "[Function: tf] [TG]");
assert.strictEqual(util.inspect(Function.prototype),
  "[Function (anonymous)] Object");
