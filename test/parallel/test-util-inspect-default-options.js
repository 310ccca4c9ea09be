'use strict';
// util.inspect.defaultOptions: read, validated set, effect on later calls.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(util.inspect.defaultOptions),
  "{\n  showHidden: false,\n  depth: 2,\n  colors: false,\n  customInspect: true,\n  showProxy: false,\n  maxArrayLength: 100,\n  maxStringLength: 10000,\n  breakLength: 80,\n  compact: 3,\n  sorted: false,\n  getters: false,\n  numericSeparator: false\n}");
assert.strictEqual((() => { try { util.inspect.defaultOptions = null; } catch (e) { return `${e.code}: ${e.message}`; } })(),
  "ERR_INVALID_ARG_TYPE: The \"options\" argument must be of type object. Received null");
assert.strictEqual((() => { try { util.inspect.defaultOptions = 'x'; } catch (e) { return `${e.code}: ${e.message}`; } })(),
  "ERR_INVALID_ARG_TYPE: The \"options\" argument must be of type object. Received type string ('x')");
assert.strictEqual((() => { const saved = { ...util.inspect.defaultOptions }; util.inspect.defaultOptions = { depth: 0, breakLength: 20 }; const r = util.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxx' }); util.inspect.defaultOptions = saved; return r; })(),
  "{\n  a: [Object],\n  c: 'xxxxxxxxxxxxxxxxx'\n}");
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
