'use strict';
// util.inspect of primitives: quoting, escaping, -0, bigint, symbols.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect('hello'),
  "'hello'");
assert.strictEqual(util.inspect(''),
  "''");
assert.strictEqual(util.inspect("it's"),
  "\"it's\"");
assert.strictEqual(util.inspect('it\'s "q"'),
  "`it's \"q\"`");
assert.strictEqual(util.inspect('it\'s "q" `b`'),
  "'it\\'s \"q\" `b`'");
assert.strictEqual(util.inspect('a\nb\tc\r\b\f\v\0'),
  "'a\\nb\\tc\\r\\b\\f\\x0B\\x00'");
assert.strictEqual(util.inspect('\x1b[31m\x7f\x9f\\'),
  "'\\x1B[31m\\x7F\\x9F\\\\'");
assert.strictEqual(util.inspect('\ud800 lone \udc00 pair \ud83d\ude00'),
  "'\\ud800 lone \\udc00 pair 😀'");
assert.strictEqual(util.inspect('héllo ✓ 日本'),
  "'héllo ✓ 日本'");
assert.strictEqual(util.inspect(0),
  "0");
assert.strictEqual(util.inspect(-0),
  "-0");
assert.strictEqual(util.inspect(1.5),
  "1.5");
assert.strictEqual(util.inspect(-1e21),
  "-1e+21");
assert.strictEqual(util.inspect(NaN),
  "NaN");
assert.strictEqual(util.inspect(-Infinity),
  "-Infinity");
assert.strictEqual(util.inspect(1n),
  "1n");
assert.strictEqual(util.inspect(-12345678901234567890n),
  "-12345678901234567890n");
assert.strictEqual(util.inspect(true),
  "true");
assert.strictEqual(util.inspect(undefined),
  "undefined");
assert.strictEqual(util.inspect(null),
  "null");
assert.strictEqual(util.inspect(Symbol('desc')),
  "Symbol(desc)");
assert.strictEqual(util.inspect(Symbol()),
  "Symbol()");
assert.strictEqual(util.inspect(Symbol.iterator),
  "Symbol(Symbol.iterator)");
assert.strictEqual(util.inspect(Symbol('a\nb')),
  "Symbol(a\nb)");
assert.strictEqual(util.inspect([-0, 0]),
  "[ -0, 0 ]");
assert.strictEqual(util.inspect({ s: 'x'.repeat(20) }),
  "{ s: 'xxxxxxxxxxxxxxxxxxxx' }");
assert.strictEqual(util.inspect('line one that is long\nline two that is long\n'.repeat(3)),
  "'line one that is long\\n' +\n  'line two that is long\\n' +\n  'line one that is long\\n' +\n  'line two that is long\\n' +\n  'line one that is long\\n' +\n  'line two that is long\\n'");
assert.strictEqual(util.inspect('x'.repeat(100)),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
