'use strict';
// util.format appends extra arguments, inspecting non-strings.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format(),
  "");
assert.strictEqual(util.format('plain'),
  "plain");
assert.strictEqual(util.format('%s', 'a', 'b', 'c'),
  "a b c");
assert.strictEqual(util.format('%s:%s', 'a', 'b', { extra: true }),
  "a:b { extra: true }");
assert.strictEqual(util.format('%s', 'a', 1, null, undefined, { o: 1 }, [1]),
  "a 1 null undefined { o: 1 } [ 1 ]");
assert.strictEqual(util.format(1, 2, 3),
  "1 2 3");
assert.strictEqual(util.format({ a: 1 }, 'str', 5),
  "{ a: 1 } str 5");
assert.strictEqual(util.format(Symbol('first')),
  "Symbol(first)");
assert.strictEqual(util.format(null, undefined),
  "null undefined");
assert.strictEqual(util.format('a', 'b'),
  "a b");
assert.strictEqual(util.format('', 'b'),
  " b");
assert.strictEqual(util.format('%s', 'multi\nline', { nested: { deep: { deeper: { deepest: 1 } } } }),
  "multi\nline { nested: { deep: { deeper: [Object] } } }");
assert.strictEqual(util.format(-0, 0n, 'x'),
  "-0 0n x");
assert.strictEqual(util.format('trailing %s'),
  "trailing %s");
assert.strictEqual(util.format('100%', 'x'),
  "100% x");
