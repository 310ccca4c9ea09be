'use strict';
// util.formatWithOptions passes inspect options through and validates them.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.formatWithOptions({ colors: true }, 'x', { a: 1 }, 5),
  "x { a: \u001b[33m1\u001b[39m } \u001b[33m5\u001b[39m");
assert.strictEqual(util.formatWithOptions({ colors: true }, '%s %d', 'a', 2),
  "a 2");
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.5, 1234.5678, 98765),
  "1_234_567 1_234_567 1_234.567_8 98_765");
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
  "{ a: [Object] }");
assert.strictEqual(util.formatWithOptions({ compact: false }, '%O', { a: 1 }),
  "{\n  a: 1\n}");
assert.strictEqual(util.formatWithOptions({ breakLength: 10 }, [1, 2, 3, 4]),
  "[\n  1,\n  2,\n  3,\n  4\n]");
assert.strictEqual(util.formatWithOptions([], '%s', 1),
  "1");
assert.strictEqual((() => { try { util.formatWithOptions(null, 'x'); } catch (e) { return `${e.code}: ${e.message}`; } })(),
  "ERR_INVALID_ARG_TYPE: The \"inspectOptions\" argument must be of type object. Received null");
assert.strictEqual((() => { try { util.formatWithOptions('x', 'y'); } catch (e) { return `${e.code}: ${e.message}`; } })(),
  "ERR_INVALID_ARG_TYPE: The \"inspectOptions\" argument must be of type object. Received type string ('x')");
