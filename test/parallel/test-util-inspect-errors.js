'use strict';
// util.inspect of errors: stack, extra properties, cause, odd stacks.
const assert = require('assert');
const util = require('util');
const frames = (s) => s.split('\n').filter((l) => !/^ +at /.test(l)).join('\n');
assert.strictEqual(frames(util.inspect(new Error('boom'))),
  "Error: boom");
assert.strictEqual(util.inspect(new Error('boom')).split('\n')[1].startsWith('    at '),
  true);
assert.strictEqual(frames(util.inspect(new TypeError('bad'))),
  "TypeError: bad");
assert.strictEqual(frames(util.inspect(new Error())),
  "Error");
assert.strictEqual(frames(util.inspect(Object.assign(new Error('e'), { code: 'X', extra: { a: 1 } }))),
  "Error: e\n  code: 'X',\n  extra: { a: 1 }\n}");
assert.strictEqual(frames(util.inspect(new Error('outer', { cause: 'str' }))),
  "Error: outer\n  [cause]: 'str'\n}");
assert.strictEqual(util.inspect((() => { const f = ['    at a (x.js:1:1)', '    at b (x.js:2:1)', '    at c (x.js:3:1)', '    at d (x.js:4:1)', '    at e (x.js:5:1)']; const inner = new Error('inner'); inner.stack = ['Error: inner', '    at z (x.js:9:1)', ...f].join('\n'); const outer = new Error('outer', { cause: inner }); outer.stack = ['Error: outer', '    at y (x.js:8:1)', ...f].join('\n'); return outer; })()),
  "Error: outer\n    at y (x.js:8:1)\n    at a (x.js:1:1)\n    ... 3 lines matching cause stack trace ...\n    at e (x.js:5:1) {\n  [cause]: Error: inner\n      at z (x.js:9:1)\n      at a (x.js:1:1)\n      at b (x.js:2:1)\n      at c (x.js:3:1)\n      at d (x.js:4:1)\n      at e (x.js:5:1)\n}");
assert.strictEqual(util.inspect((() => { const e = new Error('circ'); e.stack = 'Error: circ\n    at f (a.js:1:1)'; e.cause = e; return e; })()),
  "<ref *1> Error: circ\n    at f (a.js:1:1) {\n  cause: [Circular *1]\n}");
assert.strictEqual(util.inspect((() => { const e = new Error('m'); e.stack = 'custom stack'; return e; })()),
  "[custom stack]");
assert.strictEqual(util.inspect((() => { const e = new RangeError('r'); e.stack = 'RangeError: r'; return e; })()),
  "[RangeError: r]");
assert.strictEqual(util.inspect((() => { const e = new Error('m'); e.stack = 'Error: m\n    at x (y.js:1:1)'; e.name = 'Other'; return e; })()),
  "Error: m\n    at x (y.js:1:1) {\n  name: 'Other'\n}");
assert.strictEqual(util.inspect((() => { const e = new Error('x'); e.stack = undefined; return e; })()),
  "[Error: x]");
assert.strictEqual(util.inspect((() => { class E extends Error {} const e = new E('q'); e.stack = 'Error: q\n    at f (a.js:1:1)'; return e; })()),
  "E [Error]: q\n    at f (a.js:1:1)");
assert.strictEqual(util.inspect((() => { class ValidationError extends Error {} const e = new ValidationError('v'); e.name = 'ValidationError'; e.stack = 'ValidationError: v\n    at f (a.js:1:1)'; return e; })()),
  "ValidationError: v\n    at f (a.js:1:1)");
assert.strictEqual(util.inspect((() => { const e = new TypeError('t'); e.name = 'BarError'; e.stack = 'BarError: t\n    at f (a.js:1:1)'; return e; })()),
  "TypeError [BarError]: t\n    at f (a.js:1:1)");
assert.strictEqual(util.inspect((() => { const e = Object.setPrototypeOf(new Error('np'), null); e.stack = 'Error: np\n    at f (a.js:1:1)'; return e; })()),
  "[Error: null prototype]: np\n    at f (a.js:1:1)");
assert.strictEqual(util.inspect({ e: (() => { const e = new Error('nested'); e.stack = 'Error: nested\n    at f (a.js:1:1)'; return e; })() }),
  "{\n  e: Error: nested\n      at f (a.js:1:1)\n}");
assert.strictEqual(util.inspect({ e: (() => { const e = new Error('x'); e.stack = 'Error: x\n    at f (a.js:1:1)'; e.extra = 1; return e; })() }),
  "{\n  e: Error: x\n      at f (a.js:1:1) {\n    extra: 1\n  }\n}");
assert.strictEqual(util.inspect((() => { const e = new AggregateError([new Error('a')], 'agg'); e.stack = 'AggregateError: agg\n    at f (a.js:1:1)'; e.errors[0].stack = 'Error: a\n    at g (b.js:1:1)'; return e; })()),
  "AggregateError: agg\n    at f (a.js:1:1) {\n  [errors]: [\n    Error: a\n        at g (b.js:1:1)\n  ]\n}");
assert.strictEqual(util.inspect({ __proto__: Error.prototype, name: 'Fake', message: 'fm', stack: 'Fake: fm\n    at x (y:1:1)' }),
  "Fake: fm\n    at x (y:1:1)");
assert.strictEqual(util.inspect({ a: { b: { c: { d: (() => { const e = new Error('deep'); e.stack = 'Error: deep'; return e; })() } } } }),
  "{ a: { b: { c: [Object] } } }");
