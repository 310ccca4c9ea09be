'use strict';
// CallTracker: the default tracked function is named 'calls', calls() is
// refused in an exit handler, and a patched Object.prototype.get is ignored.
const assert = require('assert');

const tracker = new assert.CallTracker();
tracker.calls();
tracker.calls(2);
assert.deepStrictEqual(tracker.report().map((r) => r.message), [
  'Expected the calls function to be executed 1 time(s) but was executed 0 time(s).',
  'Expected the calls function to be executed 2 time(s) but was executed 0 time(s).',
]);

Object.prototype.get = () => assert.fail('Object.prototype.get used');
try {
  const tracked = tracker.calls((a, b) => a + b);
  assert.strictEqual(tracked(1, 2), 3);
} finally {
  delete Object.prototype.get;
}

process.on('exit', () => {
  assert.throws(() => tracker.calls(() => {}, -1), {
    code: 'ERR_UNAVAILABLE_DURING_EXIT', message: 'Cannot call function in process exit handler',
  });
});
