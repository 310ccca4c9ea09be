'use strict';
// util.inspect of proxies with and without showProxy.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new Proxy({ a: 1 }, {})),
  "{ a: 1 }");
assert.strictEqual(util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }),
  "Proxy [ { a: 1 }, {} ]");
assert.strictEqual(util.inspect(new Proxy([1, 2], {})),
  "[ 1, 2 ]");
assert.strictEqual(util.inspect(new Proxy(function pf() {}, {})),
  "[Function: pf]");
assert.strictEqual(util.inspect((() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()),
  "<Revoked Proxy>");
assert.strictEqual(util.inspect((() => { const r = Proxy.revocable({}, {}); r.revoke(); return { p: r.proxy }; })()),
  "{ p: <Revoked Proxy> }");
assert.strictEqual(util.inspect(new Proxy(new Proxy({ deep: 1 }, {}), {}), { showProxy: true }),
  "Proxy [ Proxy [ { deep: 1 }, {} ], {} ]");
assert.strictEqual(util.inspect(new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })),
  "{}");
assert.strictEqual(util.inspect({ p: new Proxy({ a: 1 }, {}) }, { showProxy: true, depth: 0 }),
  "{ p: Proxy [Array] }");
