'use strict';
// assert.CallTracker (deprecated but functional).
const assert = require('assert');

process.on('warning', () => {});
const tracker = new assert.CallTracker();
function foo(x) { return x * 2; }
const tracked = tracker.calls(foo, 2);
assert.strictEqual(tracked(2), 4);
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [2] }]);

const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(report[0].message,
                   'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
assert.strictEqual(report[0].actual, 1);
assert.strictEqual(report[0].expected, 2);
assert.strictEqual(report[0].operator, 'foo');

assert.throws(() => tracker.verify(), {
  code: 'ERR_ASSERTION',
  message: 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).',
});
tracked(3);
tracker.verify();

tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
assert.throws(() => tracker.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received [Function: foo]",
});
assert.throws(() => tracker.calls(foo, -1), { code: 'ERR_OUT_OF_RANGE' });

const t2 = new assert.CallTracker();
t2.calls(foo);
t2.calls(foo);
assert.throws(() => t2.verify(), { message: 'Functions were not called the expected number of times' });
