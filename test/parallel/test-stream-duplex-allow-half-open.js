'use strict';
// allowHalfOpen: false ends the writable side when the readable side ends;
// by default a Duplex stays half open until both sides are done.
const assert = require('assert');
const { Duplex } = require('stream');

const order = [];
const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
for (const ev of ['end', 'finish', 'prefinish', 'close']) d.on(ev, () => order.push(ev));
assert.strictEqual(d.allowHalfOpen, false);
d.push(null);
d.resume();

const order2 = [];
const d2 = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
for (const ev of ['end', 'finish', 'close']) d2.on(ev, () => order2.push(ev));
d2.push(null);
d2.resume();
setTimeout(() => {
  assert.deepStrictEqual(order2, ['end']);
  assert.strictEqual(d2.writable, true);
  assert.strictEqual(d2.destroyed, false);
  d2.end();
}, 5);

// readable: false / writable: false switch a side off from the start.
const ro = new Duplex({ writable: false, read() {} });
assert.strictEqual(ro.writable, false);
assert.strictEqual(ro.writableEnded, true);
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
assert.strictEqual(wo.readable, false);
assert.strictEqual(wo.readableEnded, true);

// Per-side objectMode and highWaterMark.
const mixed = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7 });
assert.strictEqual(mixed.readableObjectMode, true);
assert.strictEqual(mixed.writableObjectMode, false);
assert.strictEqual(mixed.readableHighWaterMark, 16);
assert.strictEqual(mixed.writableHighWaterMark, 7);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['end', 'prefinish', 'finish', 'close']);
  assert.deepStrictEqual(order2, ['end', 'finish', 'close']);
});
