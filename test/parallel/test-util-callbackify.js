'use strict';
// util.callbackify: results, rejections (falsy too), shape and validation.
const assert = require('assert');
const util = require('util');

async function compute(a, b) { return a * b; }
const computeCb = util.callbackify(compute);
assert.strictEqual(computeCb.name, 'computeCallbackified');
assert.strictEqual(computeCb.length, 3);

assert.throws(() => util.callbackify('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => computeCb(1, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (2)',
});

const events = [];
let sync = true;
computeCb(6, 7, (err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 42);
  events.push('value');
});
sync = false;

util.callbackify(() => Promise.reject(null))((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  assert.ok(Object.hasOwn(err, 'reason'));
  events.push('falsy');
});

const e = new Error('real');
util.callbackify(async () => { throw e; })((err) => {
  assert.strictEqual(err, e);
  events.push('error');
});

const ctx = { n: 3 };
ctx.m = util.callbackify(async function() { return this.n; });
ctx.m(function(err, v) {
  assert.strictEqual(v, 3);
  assert.strictEqual(this, ctx);
  events.push('this');
});

process.on('exit', () => {
  assert.deepStrictEqual(events, ['value', 'falsy', 'error', 'this']);
});
