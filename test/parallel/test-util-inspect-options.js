'use strict';
// util.inspect options: compact, breakLength, sorted, maxStringLength, numericSeparator, showHidden.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({ a: { b: { c: 1 } }, d: [1, 2] }, { compact: false }),
  "{\n  a: {\n    b: {\n      c: 1\n    }\n  },\n  d: [\n    1,\n    2\n  ]\n}");
assert.strictEqual(util.inspect({ a: { b: { c: 1 } }, d: [1, 2] }, { compact: true }),
  "{ a: { b: { c: 1 } }, d: [ 1, 2 ] }");
assert.strictEqual(util.inspect({ a: { b: { c: 1 } }, d: [1, 2] }, { compact: 1 }),
  "{\n  a: {\n    b: { c: 1 }\n  },\n  d: [ 1, 2 ]\n}");
assert.strictEqual(util.inspect({ alpha: 1, beta: 2, gamma: 3 }, { breakLength: 20 }),
  "{\n  alpha: 1,\n  beta: 2,\n  gamma: 3\n}");
assert.strictEqual(util.inspect({ alpha: 1, beta: 2, gamma: 3 }, { compact: true, breakLength: 20 }),
  "{ alpha: 1,\n  beta: 2,\n  gamma: 3 }");
assert.strictEqual(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: true }),
  "{ a: 2, b: 1, c: 3 }");
assert.strictEqual(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }),
  "{ c: 3, b: 1, a: 2 }");
assert.strictEqual(util.inspect('abcdefgh', { maxStringLength: 4 }),
  "'abcd'... 4 more characters");
assert.strictEqual(util.inspect(['abcdefgh'], { maxStringLength: 1 }),
  "[ 'a'... 7 more characters ]");
assert.strictEqual(util.inspect(1234567.891, { numericSeparator: true }),
  "1_234_567.891");
assert.strictEqual(util.inspect(-1234567, { numericSeparator: true }),
  "-1_234_567");
assert.strictEqual(util.inspect(123456789n, { numericSeparator: true }),
  "123_456_789n");
assert.strictEqual(util.inspect(0.000001234, { numericSeparator: true }),
  "0.000_001_234");
assert.strictEqual(util.inspect([1], { showHidden: true }),
  "[ 1, [length]: 1 ]");
assert.strictEqual(util.inspect([1], true),
  "[ 1, [length]: 1 ]");
assert.strictEqual(util.inspect({ a: { b: { c: {} } } }, false, 0),
  "{ a: [Object] }");
assert.strictEqual(util.inspect({ a: { b: { c: { d: {} } } } }, { depth: null }),
  "{\n  a: { b: { c: { d: {} } } }\n}");
assert.strictEqual(util.inspect(Object.defineProperty({}, 'h', { value: 1 }), { showHidden: true }),
  "{ [h]: 1 }");
assert.strictEqual(util.inspect({ a: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }),
  "{ <name:a>: <string:'x'> }");
