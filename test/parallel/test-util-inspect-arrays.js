'use strict';
// util.inspect of arrays: holes, extra keys, maxArrayLength, nesting.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect([]),
  "[]");
assert.strictEqual(util.inspect([1, 2, 3]),
  "[ 1, 2, 3 ]");
assert.strictEqual(util.inspect([1, , 3]),
  "[ 1, <1 empty item>, 3 ]");
assert.strictEqual(util.inspect([, , 1, , , , 2, , ]),
  "[ <2 empty items>, 1, <3 empty items>, 2, <1 empty item> ]");
assert.strictEqual(util.inspect(new Array(5)),
  "[ <5 empty items> ]");
assert.strictEqual(util.inspect((() => { const a = []; a[5] = 1; a[100] = 2; return a; })()),
  "[ <5 empty items>, 1, <94 empty items>, 2 ]");
assert.strictEqual(util.inspect((() => { const a = [1, 2]; a.length = 10; return a; })()),
  "[ 1, 2, <8 empty items> ]");
assert.strictEqual(util.inspect(Object.assign([1, 2], { foo: 'bar' })),
  "[ 1, 2, foo: 'bar' ]");
assert.strictEqual(util.inspect(Object.assign([], { foo: 'bar' })),
  "[ foo: 'bar' ]");
assert.strictEqual(util.inspect(Array.from({ length: 101 }, () => 0)).split('\n').pop(),
  "]");
assert.strictEqual(util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }),
  "[ 1, 2, ... 2 more items ]");
assert.strictEqual(util.inspect([1, 2], { maxArrayLength: 0 }),
  "[ ... 2 more items ]");
assert.strictEqual(util.inspect([[1, [2, [3, [4]]]]]),
  "[ [ 1, [ 2, [Array] ] ] ]");
assert.strictEqual(util.inspect({ a: [[[[1]]]] }),
  "{ a: [ [ [Array] ] ] }");
assert.strictEqual(util.inspect((() => { class MyArr extends Array {} return MyArr.from([1, 2]); })()),
  "MyArr(2) [ 1, 2 ]");
assert.strictEqual(util.inspect(Object.setPrototypeOf([1, 2], null)),
  "[Array(2): null prototype] [ 1, 2 ]");
assert.strictEqual(util.inspect([undefined, null, 'a', 1n, Symbol('s')]),
  "[ undefined, null, 'a', 1n, Symbol(s) ]");
assert.strictEqual(util.inspect((function() { return arguments; })(1, 'a')),
  "[Arguments] { '0': 1, '1': 'a' }");
assert.strictEqual(util.inspect((function() { return arguments; })()),
  "[Arguments] {}");
