'use strict';
// emit() passes every argument and `this`, returns whether listeners ran,
// and runs listeners in order (prepend first) from a snapshot of the list.
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(ee.emit('x'), false);

const calls = [];
function a(...args) { calls.push(['a', this === ee, args]); }
function b(...args) { calls.push(['b', args]); }
ee.on('x', a);
assert.strictEqual(ee.emit('x', 1, 2, 3, 4, 5), true);
ee.on('x', b);
ee.prependListener('x', (...args) => calls.push(['first', args]));
ee.emit('x');
ee.emit('x', 'p', 'q');
assert.deepStrictEqual(calls, [
  ['a', true, [1, 2, 3, 4, 5]],
  ['first', []], ['a', true, []], ['b', []],
  ['first', ['p', 'q']], ['a', true, ['p', 'q']], ['b', ['p', 'q']],
]);

// Listeners added or removed during an emit do not affect that emit.
const order = [];
const late = () => order.push('late');
const ee2 = new EventEmitter();
ee2.on('e', () => { order.push(1); ee2.on('e', late); });
ee2.on('e', () => { order.push(2); ee2.removeAllListeners('e'); });
ee2.on('e', () => order.push(3));
ee2.emit('e');
assert.deepStrictEqual(order, [1, 2, 3]);
assert.strictEqual(ee2.listenerCount('e'), 0);

// Symbols work as event names.
const sym = Symbol('s');
let got;
ee2.on(sym, (v) => { got = v; });
ee2.emit(sym, 42);
assert.strictEqual(got, 42);
assert.deepStrictEqual(ee2.eventNames(), [sym]);
