'use strict';
// Adding many listeners for one event is linear, and a listener added or
// removed during an emit does not change that emit.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
e.setMaxListeners(0);
const start = Date.now();
let calls = 0;
for (let i = 0; i < 2e5; i++) e.on('x', () => { calls++; });
assert.strictEqual(e.emit('x'), true);
assert.strictEqual(calls, 2e5);
assert.ok(Date.now() - start < 10000, `took ${Date.now() - start} ms`);

const order = [];
const f = new EventEmitter();
const late = () => order.push('late');
f.on('y', () => { order.push('a'); f.on('y', late); });
f.on('y', () => { order.push('b'); f.removeListener('y', c); });
const c = () => order.push('c');
f.on('y', c);
f.emit('y');
assert.deepStrictEqual(order, ['a', 'b', 'c']);
order.length = 0;
f.emit('y');
assert.deepStrictEqual(order, ['a', 'b', 'late']);
assert.strictEqual(f.listenerCount('y'), 4);
