'use strict';
// util.inspect of promises in each state.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(Promise.resolve(1)),
  "Promise { 1 }");
assert.strictEqual(util.inspect(Promise.resolve({ a: [1, 2] })),
  "Promise { { a: [ 1, 2 ] } }");
assert.strictEqual(util.inspect(new Promise(() => {})),
  "Promise { <pending> }");
assert.strictEqual(util.inspect((() => { const p = Promise.reject(3); p.catch(() => {}); return p; })()),
  "Promise { <rejected> 3 }");
assert.strictEqual(util.inspect((() => { const e = new Error('no'); e.stack = 'Error: no\n    at f (a.js:1:1)'; const p = Promise.reject(e); p.catch(() => {}); return p; })()),
  "Promise {\n  <rejected> Error: no\n      at f (a.js:1:1)\n}");
assert.strictEqual(util.inspect(Object.assign(Promise.resolve(2), { x: 1 })),
  "Promise { 2, x: 1 }");
assert.strictEqual(util.inspect({ p: Promise.resolve({ deep: { deeper: { deepest: 1 } } }) }),
  "{ p: Promise { { deep: [Object] } } }");
