'use strict';
// node:domain: errors thrown by callbacks scheduled in a domain, and
// unhandled 'error' events of emitters created in one, reach the domain's
// 'error' listeners; the process goes on.
const assert = require('assert');
const domain = require('domain');
const EventEmitter = require('events');

assert.strictEqual(process.domain, null);
const seen = [];
const d = domain.create();
d.on('error', (err) => seen.push([err.message, err.domain === d, err.domainThrown]));

d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  setTimeout(() => {
    assert.strictEqual(process.domain, d);
    throw new Error('from a timer');
  }, 1);
  process.nextTick(() => { throw new Error('from a tick'); });
  const ee = new EventEmitter();
  assert.strictEqual(ee.domain, d);
  ee.emit('error', new Error('from an emitter'));
});
assert.strictEqual(process.domain, undefined);

// intercept: an error argument goes to the domain, results to the callback.
const intercepted = d.intercept((a, b) => seen.push(['results', a, b]));
intercepted(null, 1, 2);
intercepted(new Error('intercepted'));

// The uncaught exception capture is the domain module's alone.
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}),
              { code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE' });

setTimeout(() => {
  assert.deepStrictEqual(seen, [
    ['from an emitter', true, false],
    ['results', 1, 2],
    ['intercepted', true, false],
    ['from a tick', true, true],
    ['from a timer', true, true],
  ]);
}, 20);
