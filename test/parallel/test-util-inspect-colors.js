'use strict';
// util.inspect with colors uses the ANSI codes of inspect.colors / inspect.styles.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({ s: 'x', n: 1, b: true, u: undefined, nl: null, sym: Symbol('s'), big: 1n, d: new Date(0), r: /x/ }, { colors: true }),
  "{\n  s: \u001b[32m'x'\u001b[39m,\n  n: \u001b[33m1\u001b[39m,\n  b: \u001b[33mtrue\u001b[39m,\n  u: \u001b[90mundefined\u001b[39m,\n  nl: \u001b[1mnull\u001b[22m,\n  sym: \u001b[32mSymbol(s)\u001b[39m,\n  big: \u001b[33m1n\u001b[39m,\n  d: \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  r: \u001b[31m/x/\u001b[39m\n}");
assert.strictEqual(util.inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27], { colors: true }),
  "[\n   \u001b[33m1\u001b[39m,  \u001b[33m2\u001b[39m,  \u001b[33m3\u001b[39m,  \u001b[33m4\u001b[39m,  \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m,  \u001b[33m7\u001b[39m,  \u001b[33m8\u001b[39m,\n   \u001b[33m9\u001b[39m, \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m, \u001b[33m12\u001b[39m, \u001b[33m13\u001b[39m, \u001b[33m14\u001b[39m, \u001b[33m15\u001b[39m, \u001b[33m16\u001b[39m,\n  \u001b[33m17\u001b[39m, \u001b[33m18\u001b[39m, \u001b[33m19\u001b[39m, \u001b[33m20\u001b[39m, \u001b[33m21\u001b[39m, \u001b[33m22\u001b[39m, \u001b[33m23\u001b[39m, \u001b[33m24\u001b[39m,\n  \u001b[33m25\u001b[39m, \u001b[33m26\u001b[39m, \u001b[33m27\u001b[39m\n]");
assert.strictEqual(util.inspect(function f() {}, { colors: true }),
  "\u001b[36m[Function: f]\u001b[39m");
assert.strictEqual(util.inspect([1, , 2], { colors: true }),
  "[ \u001b[33m1\u001b[39m, \u001b[90m<1 empty item>\u001b[39m, \u001b[33m2\u001b[39m ]");
assert.strictEqual(util.inspect({ get a() { return 1; } }, { colors: true }),
  "{ a: \u001b[36m[Getter]\u001b[39m }");
assert.strictEqual(util.inspect(new Number(3), { colors: true }),
  "\u001b[33m[Number: 3]\u001b[39m");
assert.strictEqual(util.inspect(new Map([[1, 'a']]), { colors: true }),
  "Map(1) { \u001b[33m1\u001b[39m => \u001b[32m'a'\u001b[39m }");
assert.strictEqual(JSON.stringify(util.inspect.colors.red),
  "[31,39]");
assert.strictEqual(JSON.stringify(util.inspect.colors.grey),
  "[90,39]");
assert.strictEqual(util.inspect.styles.string,
  "green");
assert.strictEqual(Object.keys(util.inspect.styles).join(),
  "special,number,bigint,boolean,undefined,null,string,symbol,date,regexp,module");
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: [1, 'b'] }, { colors: true })),
  "{ a: [ 1, 'b' ] }");
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
  "red link");
