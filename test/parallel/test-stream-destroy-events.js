'use strict';
// destroy(err): 'error' then 'close' on the next tick, once; the state
// flags change synchronously; a second destroy() is a no-op; emitClose:
// false suppresses 'close'.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const order = [];
const r = new Readable({ read() {} });
r.on('error', (err) => order.push(`error:${err.message}`));
r.on('close', () => order.push('close'));
r.push('a');
r.destroy(new Error('kaput'), (err) => order.push(`cb:${err.message}`));
order.push('sync');
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored.message, 'kaput');
assert.strictEqual(r.readable, false);
assert.strictEqual(r.readableAborted, true);
assert.strictEqual(r.push('b'), false);
r.destroy(new Error('second'));

const order2 = [];
const w = new Writable({
  write(c, e, cb) { cb(); },
  emitClose: false,
  destroy(err, cb) { order2.push(`_destroy:${err}`); setTimeout(() => cb(err), 1); },
});
w.on('close', () => order2.push('close'));
w.destroy();
assert.strictEqual(w.closed, false);
setTimeout(() => assert.strictEqual(w.closed, true), 10);

// autoDestroy: false keeps the stream alive after 'end'.
const r3 = new Readable({ read() {}, autoDestroy: false });
r3.push(null);
r3.resume();
r3.on('end', () => setImmediate(() => {
  assert.strictEqual(r3.destroyed, false);
  assert.strictEqual(r3.readableEnded, true);
}));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['cb:kaput', 'sync', 'error:kaput', 'close']);
  assert.deepStrictEqual(order2, ['_destroy:null']);
});
