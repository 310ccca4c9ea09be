'use strict';
// captureRejections routes rejected promises from listeners to
// Symbol.for('nodejs.rejection') or to 'error'.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => { EventEmitter.captureRejections = 'yes'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
           "Received type string ('yes')",
});

const results = [];
const ee = new EventEmitter({ captureRejections: true });
ee.on('x', async (v) => { throw new Error('rej ' + v); });
ee.on('error', (e) => results.push(['error', e.message]));
ee.emit('x', 1);

const ee2 = new EventEmitter({ captureRejections: true });
ee2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => results.push(['hook', err.message, type, args]);
ee2.on('y', async () => { throw new Error('r2'); });
ee2.emit('y', 'a', 'b');

setImmediate(() => {
  assert.deepStrictEqual(results, [
    ['error', 'rej 1'],
    ['hook', 'r2', 'y', ['a', 'b']],
  ]);
});
