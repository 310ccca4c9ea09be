'use strict';
// Shape of the events module and of a new EventEmitter.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
                    'addAbortListener', 'listenerCount', 'init']) {
  assert.strictEqual(typeof EventEmitter[name], 'function', name);
}
const ee = new EventEmitter();
assert.strictEqual(util.inspect(ee),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  [Symbol(shapeMode)]: false,\n' +
                   '  [Symbol(kCapture)]: false\n' +
                   '}');
ee.on('a', () => {});
ee.on('b', () => {});
assert.deepStrictEqual(ee.eventNames(), ['a', 'b']);
assert.strictEqual(EventEmitter.listenerCount(ee, 'a'), 1);
const f = () => {};
ee.on('a', f);
assert.strictEqual(ee.listenerCount('a'), 2);
assert.strictEqual(ee.listenerCount('a', f), 1);
assert.deepStrictEqual(EventEmitter.getEventListeners(ee, 'a').length, 2);
assert.throws(() => ee.on('x', 'nope'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
});

// A plain object can be initialised as an emitter.
const plain = {};
EventEmitter.call(plain);
assert.strictEqual(plain._eventsCount, 0);
