'use strict';
// setMaxListeners/defaultMaxListeners validation and the
// MaxListenersExceededWarning text, emitted once per event name.
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(ee.getMaxListeners(), 10);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.throws(() => ee.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => ee.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'MaxListenersExceededWarning') warnings.push(w);
});
for (let i = 0; i < 12; i++) ee.on('foo', () => {});
class Sub extends EventEmitter {}
const sub = new Sub();
EventEmitter.setMaxListeners(2, sub);
assert.strictEqual(EventEmitter.getMaxListeners(sub), 2);
for (let i = 0; i < 3; i++) sub.on('bar', () => {});

setImmediate(() => {
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[0].name, 'MaxListenersExceededWarning');
  assert.strictEqual(warnings[0].message,
                     'Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
                     '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(warnings[0].emitter, ee);
  assert.strictEqual(warnings[0].type, 'foo');
  assert.strictEqual(warnings[0].count, 11);
  assert.strictEqual(warnings[1].message,
                     'Possible EventEmitter memory leak detected. 3 bar listeners added to ' +
                     '[Sub]. MaxListeners is 2. Use emitter.setMaxListeners() to increase limit');
});
