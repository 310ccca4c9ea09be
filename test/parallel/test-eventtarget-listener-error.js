'use strict';
// A throwing or rejecting listener does not stop the others; the error is
// reported as an uncaught exception after the dispatch returns.
const assert = require('assert');

const caught = [];
process.on('uncaughtException', (e) => caught.push(e.message));
const t = new EventTarget();
const ran = [];
t.addEventListener('x', () => { throw new Error('sync'); });
t.addEventListener('x', async () => { throw new Error('async'); });
t.addEventListener('x', { handleEvent() { throw new Error('obj'); } });
t.addEventListener('x', () => ran.push('still runs'));
assert.strictEqual(t.dispatchEvent(new Event('x')), true);
assert.deepStrictEqual(ran, ['still runs']);
assert.deepStrictEqual(caught, []);
setTimeout(() => {
  assert.deepStrictEqual(caught.sort(), ['async', 'obj', 'sync']);
}, 10);
