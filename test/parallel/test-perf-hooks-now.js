'use strict';
// performance.now() is fractional milliseconds since timeOrigin, monotonic,
// and timeOrigin + now() tracks Date.now().
const assert = require('assert');
const { performance, Performance } = require('perf_hooks');

assert.strictEqual(globalThis.performance, performance);
assert.ok(performance instanceof Performance);
assert.ok(performance instanceof EventTarget);
assert.strictEqual(String(performance), '[object Performance]');

const a = performance.now();
const b = performance.now();
assert.strictEqual(typeof a, 'number');
assert.ok(a > 0);
assert.ok(b >= a);
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
const start = performance.now();
const until = Date.now() + 20;
while (Date.now() < until);
assert.ok(performance.now() - start >= 19);

const json = performance.toJSON();
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.strictEqual(json.nodeTiming.name, 'node');
assert.strictEqual(json.nodeTiming.entryType, 'node');
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});
