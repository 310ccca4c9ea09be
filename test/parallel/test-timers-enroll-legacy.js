'use strict';
// The legacy timers.enroll/active/unenroll/_unrefActive API: validation,
// clamping with a TimeoutOverflowWarning, and one deprecation warning each.
const assert = require('assert');
const timers = require('timers');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

for (const val of [-1, Infinity, NaN]) {
  assert.throws(() => timers.enroll({}, val), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${val}`,
  });
}
assert.throws(() => timers.enroll({}, '1'), { code: 'ERR_INVALID_ARG_TYPE' });

const item = { _onTimeout() { assert.fail('unenrolled timer fired'); } };
timers.enroll(item, 2 ** 31);
assert.strictEqual(item._idleTimeout, 2 ** 31 - 1);
timers.active(item);
timers._unrefActive(item);
timers.unenroll(item);
assert.strictEqual(item._idleTimeout, -1);

let fired = false;
const item2 = { _onTimeout() { fired = true; } };
timers.enroll(item2, 1);
timers.active(item2);

setTimeout(() => {
  assert.strictEqual(fired, true);
  assert.deepStrictEqual(warnings, [
    'DeprecationWarning DEP0095 timers.enroll() is deprecated. Please use setTimeout instead.',
    'TimeoutOverflowWarning undefined 2147483648 does not fit into a 32-bit signed integer.\n' +
      'Timer duration was truncated to 2147483647.',
    'DeprecationWarning DEP0126 timers.active() is deprecated. Please use timeout.refresh() instead.',
    'DeprecationWarning DEP0127 timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
    'DeprecationWarning DEP0096 timers.unenroll() is deprecated. Please use clearTimeout instead.',
  ]);
}, 20);
