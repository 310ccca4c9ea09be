'use strict';
// Channel#bindStore + runStores: the bound AsyncLocalStorage holds the
// (transformed) message while fn runs, and subscribers see the message.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const dc = require('diagnostics_channel');

const ch = dc.channel('eddy:stores');
const als = new AsyncLocalStorage();
const raw = new AsyncLocalStorage();
assert.strictEqual(ch.runStores(1, (x) => x + 1, null, 1), 2);

ch.bindStore(als, (msg) => ({ wrapped: msg }));
ch.bindStore(raw);
assert.strictEqual(ch.hasSubscribers, true);
const seen = [];
ch.subscribe((msg) => seen.push([msg, als.getStore(), raw.getStore()]));
const result = ch.runStores('m', function(a) {
  return [this, a, als.getStore(), raw.getStore()];
}, 'self', 7);
assert.deepStrictEqual(result, ['self', 7, { wrapped: 'm' }, 'm']);
assert.deepStrictEqual(seen, [['m', { wrapped: 'm' }, 'm']]);
assert.strictEqual(als.getStore(), undefined);

assert.strictEqual(ch.unbindStore(als), true);
assert.strictEqual(ch.unbindStore(als), false);
assert.strictEqual(ch.runStores('n', () => als.getStore()), undefined);
