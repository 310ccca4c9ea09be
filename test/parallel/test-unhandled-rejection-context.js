'use strict';
// An unhandled rejection is reported in the async context it happened in:
// 'unhandledRejection' listeners see its AsyncLocalStorage store, and a
// domain takes a rejection left unhandled inside it.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
process.on('unhandledRejection', (reason) => {
  seen.push([reason.message, als.getStore()]);
});
als.run('store-a', () => {
  Promise.reject(new Error('a'));
});
setTimeout(() => {
  assert.deepStrictEqual(seen, [['a', 'store-a']]);
  const domain = require('domain');
  const d = domain.create();
  d.on('error', (err) => seen.push(['domain', err.message]));
  d.run(() => {
    Promise.reject(new Error('in domain'));
  });
  setTimeout(() => {
    assert.deepStrictEqual(seen, [['a', 'store-a'], ['domain', 'in domain']]);
  }, 10);
}, 10);
