'use strict';
// once()/prependOnceListener() run a listener a single time; the wrapper is
// visible through rawListeners() and removable with the original function.
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const seen = [];
function a(v) { seen.push([v, this === ee]); }
ee.once('x', a);
assert.strictEqual(ee.listeners('x')[0], a);
const raw = ee.rawListeners('x')[0];
assert.notStrictEqual(raw, a);
assert.strictEqual(raw.listener, a);
assert.strictEqual(ee.emit('x', 1), true);
assert.strictEqual(ee.emit('x', 2), false);
assert.deepStrictEqual(seen, [[1, true]]);

ee.once('y', a);
ee.prependOnceListener('y', (v) => seen.push(['first', v]));
ee.emit('y', 'z');
ee.emit('y', 'again');
assert.deepStrictEqual(seen.slice(1), [['first', 'z'], ['z', true]]);

ee.once('r', a);
ee.removeListener('r', a);
assert.strictEqual(ee.listenerCount('r'), 0);

// Calling the raw wrapper directly also runs the listener only once.
ee.once('q', a);
const wrapper = ee.rawListeners('q')[0];
wrapper('direct');
wrapper('direct2');
assert.strictEqual(ee.listenerCount('q'), 0);
assert.deepStrictEqual(seen[seen.length - 1], ['direct', true]);
