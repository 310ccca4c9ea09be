'use strict';
// util.inspect of boxed primitives, dates and regular expressions.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new Number(3)),
  "[Number: 3]");
assert.strictEqual(util.inspect(new Number(-0)),
  "[Number: -0]");
assert.strictEqual(util.inspect(new String('abc')),
  "[String: 'abc']");
assert.strictEqual(util.inspect(Object.assign(new String('ab'), { x: 1 })),
  "[String: 'ab'] { x: 1 }");
assert.strictEqual(util.inspect(new Boolean(true)),
  "[Boolean: true]");
assert.strictEqual(util.inspect(Object(Symbol('bs'))),
  "[Symbol: Symbol(bs)]");
assert.strictEqual(util.inspect(Object(5n)),
  "[BigInt: 5n]");
assert.strictEqual(util.inspect((() => { class N extends Number {} return new N(1); })()),
  "[Number (N): 1]");
assert.strictEqual(util.inspect(new Date(0)),
  "1970-01-01T00:00:00.000Z");
assert.strictEqual(util.inspect(new Date(NaN)),
  "Invalid Date");
assert.strictEqual(util.inspect(Object.assign(new Date(86400000), { x: 1 })),
  "1970-01-02T00:00:00.000Z { x: 1 }");
assert.strictEqual(util.inspect((() => { class D extends Date {} return new D(0); })()),
  "D 1970-01-01T00:00:00.000Z");
assert.strictEqual(util.inspect(/ab+c/gi),
  "/ab+c/gi");
assert.strictEqual(util.inspect(Object.assign(/x/, { y: 1 })),
  "/x/ { y: 1 }");
assert.strictEqual(util.inspect({ r: /a\/b/ }),
  "{ r: /a\\/b/ }");
assert.strictEqual(util.inspect(Object.setPrototypeOf(/re/g, null)),
  "[RegExp: null prototype] /re/g");
