'use strict';
// 'error' without listeners throws the error itself, or ERR_UNHANDLED_ERROR
// (with `context`) for non-Error values; errorMonitor sees it first.
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const err = new TypeError('boom');
assert.throws(() => ee.emit('error', err), (e) => e === err);

assert.throws(() => ee.emit('error', 'boom'), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('boom')",
  context: 'boom',
});
assert.throws(() => ee.emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});
assert.throws(() => ee.emit('error', { a: 1 }), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. ({ a: 1 })',
});

const monitored = [];
ee.on(EventEmitter.errorMonitor, (e) => monitored.push(e));
const e2 = new Error('monitored');
assert.throws(() => ee.emit('error', e2), (e) => e === e2);
assert.deepStrictEqual(monitored, [e2]);

ee.on('error', (e) => monitored.push(['handled', e.message]));
assert.strictEqual(ee.emit('error', new Error('h')), true);
assert.deepStrictEqual(monitored[2], ['handled', 'h']);
assert.strictEqual(String(EventEmitter.errorMonitor), 'Symbol(events.errorMonitor)');
