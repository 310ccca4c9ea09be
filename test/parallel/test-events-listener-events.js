'use strict';
// 'newListener' fires before adding (with the unwrapped listener);
// 'removeListener' fires after removal; removeAllListeners() reports every
// removal (in key order) and drops 'removeListener' listeners last.
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const log = [];
ee.on('newListener', (type, l) => log.push(['new', type, l.name, ee.listenerCount(type)]));
ee.on('removeListener', (type, l) => log.push(['rm', type, l.name]));
function a() {}
function b() {}
ee.on('x', a);
ee.once('x', b);
ee.emit('x');
ee.once('y', a);
ee.emit('y');
ee.once('z', a);
ee.on('z', b);
ee.emit('z');
assert.deepStrictEqual(log, [
  ['new', 'removeListener', '', 0],
  ['new', 'x', 'a', 0],
  ['new', 'x', 'b', 1],
  ['rm', 'x', 'bound onceWrapper'],
  ['new', 'y', 'a', 0],
  ['rm', 'y', 'a'],
  ['new', 'z', 'a', 0],
  ['new', 'z', 'b', 1],
  ['rm', 'z', 'bound onceWrapper'],
]);

log.length = 0;
ee.on('w', a);
ee.removeAllListeners();
assert.deepStrictEqual(log, [
  ['new', 'w', 'a', 0],
  ['rm', 'newListener', ''],
  ['rm', 'x', 'a'],
  ['rm', 'z', 'b'],
  ['rm', 'w', 'a'],
]);
assert.deepStrictEqual(ee.eventNames(), []);
