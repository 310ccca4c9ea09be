'use strict';
// util.promisify: resolution, rejection, custom implementations, this and shape.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
assert.throws(() => util.promisify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});

function add(a, b, cb) { cb(null, a + b, 'ignored'); }
const addP = util.promisify(add);
assert.strictEqual(addP.name, 'add');
assert.strictEqual(addP[util.promisify.custom], addP);
assert.strictEqual(util.promisify(addP), addP);

const custom = () => Promise.resolve('custom');
function withCustom() {}
withCustom[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(withCustom), custom);

const bad = function() {};
bad[util.promisify.custom] = 5;
assert.throws(() => util.promisify(bad), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (5)',
});

const obj = { v: 7, get(cb) { cb(null, this.v); } };
obj.getP = util.promisify(obj.get);

const err = new Error('boom');
const failing = util.promisify((cb) => cb(err));
const throwing = util.promisify(() => { throw err; });

(async () => {
  assert.strictEqual(await addP(1, 2), 3);
  assert.strictEqual(await obj.getP(), 7);
  await assert.rejects(failing(), err);
  await assert.rejects(throwing(), err);
  // A falsy error value means success.
  assert.strictEqual(await util.promisify((cb) => cb(0, 'v'))(), 'v');
})().then(() => { process.exitCode = 0; });
