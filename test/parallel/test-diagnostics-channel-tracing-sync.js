'use strict';
// TracingChannel#traceSync publishes start/end (and error) with the context,
// storing result or error on it; without subscribers it just calls fn.
const assert = require('assert');
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('eddy-sync');
assert.strictEqual(tc.start.name, 'tracing:eddy-sync:start');
assert.strictEqual(tc.asyncEnd.name, 'tracing:eddy-sync:asyncEnd');
assert.strictEqual(tc.hasSubscribers, false);
assert.strictEqual(tc.traceSync((x) => x + 1, {}, null, 1), 2);

const events = [];
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (ctx) => events.push([name, { ...ctx }]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

const ctx = { id: 1 };
const r = tc.traceSync(function(x) { return [this, x]; }, ctx, 'self', 5);
assert.deepStrictEqual(r, ['self', 5]);
assert.deepStrictEqual(events, [
  ['start', { id: 1 }],
  ['end', { id: 1, result: ['self', 5] }],
]);

events.length = 0;
const err = new Error('E');
assert.throws(() => tc.traceSync(() => { throw err; }, { id: 2 }), err);
assert.deepStrictEqual(events.map((e) => e[0]), ['start', 'error', 'end']);
assert.strictEqual(events[1][1].error, err);

assert.strictEqual(tc.unsubscribe(handlers), true);
assert.strictEqual(tc.hasSubscribers, false);
assert.strictEqual(tc.unsubscribe(handlers), false);
assert.throws(() => dc.tracingChannel(0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dc.tracingChannel({ start: '' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "nameOrChannels\.start" property must be an instance of Channel/,
});
