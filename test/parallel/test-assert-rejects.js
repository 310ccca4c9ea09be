'use strict';
// assert.rejects / assert.doesNotReject.
const assert = require('assert');

async function main() {
  await assert.rejects(Promise.reject(new TypeError('boom')), TypeError);
  await assert.rejects(async () => { throw new Error('boom'); }, { message: 'boom' });

  await assert.rejects(assert.rejects(Promise.resolve(1)), {
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.rejects(Promise.resolve(1), TypeError, 'why'), {
    message: 'Missing expected rejection (TypeError): why',
  });
  await assert.rejects(assert.rejects(async () => { throw new TypeError('t'); }, RangeError), {
    message: 'The error is expected to be an instance of "RangeError". Received "TypeError"\n\n' +
             'Error message:\n\nt',
  });
  await assert.rejects(assert.rejects(() => 1), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
             'but got type number (1).',
  });
  await assert.rejects(assert.rejects(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             'Received type number (1)',
  });
  // A synchronous throw from the function rejects the returned promise.
  const sync = new Error('sync');
  await assert.rejects(assert.rejects(() => { throw sync; }), (e) => e === sync);

  await assert.doesNotReject(Promise.resolve(1));
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('e'))), {
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "e"',
  });
  const other = new TypeError('other');
  await assert.rejects(assert.doesNotReject(Promise.reject(other), RangeError), (e) => e === other);
}

main().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});
