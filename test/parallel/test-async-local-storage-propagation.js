'use strict';
// AsyncLocalStorage stores follow timers, immediates, nextTick, microtasks,
// promise continuations (await) and fs callbacks.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');

const als = new AsyncLocalStorage();
const seen = [];
function log(tag) { seen.push(`${tag}:${als.getStore()}`); }

als.run('A', async () => {
  log('sync');
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  queueMicrotask(() => log('microtask'));
  fs.readFile(__filename, () => log('fs'));
  await null;
  log('await1');
  await new Promise((resolve) => setTimeout(resolve, 5));
  log('await-timer');
});
als.run('B', () => {
  setTimeout(() => log('timeoutB'), 2);
  Promise.resolve().then(() => log('thenB'));
});
log('outside');

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'await-timer:A', 'await1:A', 'fs:A', 'immediate:A', 'microtask:A',
    'outside:undefined', 'sync:A', 'thenB:B', 'tick:A', 'timeout:A', 'timeoutB:B',
  ]);
});
