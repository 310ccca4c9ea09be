'use strict';
// util.inspect.custom: depth, options, the inspect argument, return values.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'),
  true);
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return 'CUSTOM'; } }),
  "CUSTOM");
assert.strictEqual(util.inspect({ a: { [util.inspect.custom]() { return 'line1\nline2'; } } }),
  "{\n  a: line1\n  line2\n}");
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return { replaced: [1, 2] }; } }),
  "{ replaced: [ 1, 2 ] }");
assert.strictEqual(util.inspect({ x: 1, [util.inspect.custom]() { return this; } }),
  "{\n  x: 1,\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}");
assert.strictEqual(util.inspect({ a: { b: { [util.inspect.custom](depth, opts) { return `depth=${depth} colors=${opts.colors} bl=${opts.breakLength}`; } } } }),
  "{ a: { b: depth=0 colors=false bl=80 } }");
assert.strictEqual(util.inspect({ [util.inspect.custom](depth, opts, insp) { return insp({ inner: true }, opts) + String(insp === util.inspect); } }),
  "{ inner: true }true");
assert.strictEqual(util.inspect({ [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } }, { colors: true }),
  "\u001b[36mstyled\u001b[39m");
assert.strictEqual(util.inspect({ [util.inspect.custom](d, o) { return `${o.mine}`; } }, { mine: 42 }),
  "42");
assert.strictEqual(util.inspect((() => { class C { [util.inspect.custom]() { return 'from class'; } } return [new C(), C.prototype]; })()),
  "[ from class, {} ]");
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return 'nope'; } }, { customInspect: false }),
  "{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}");
assert.strictEqual(util.inspect({ nested: { [util.inspect.custom]() { return 42; } } }),
  "{ nested: 42 }");
assert.strictEqual(util.inspect({ inspect() { return 'legacy'; } }),
  "{ inspect: [Function: inspect] }");
