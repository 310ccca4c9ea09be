'use strict';
// Write callbacks are deferred when _write completes synchronously;
// 'prefinish' fires inside end(), then the end() callback, 'finish', 'close'.
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    order.push(`_write:${chunk}:${encoding}`);
    cb();
  },
});
for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => order.push(ev));

assert.strictEqual(w.write('a', (err) => order.push(`cb1:${err}`)), true);
assert.strictEqual(w.write(Buffer.from('b'), (err) => order.push(`cb2:${err}`)), true);
w.end('c', (err) => order.push(`end:${err}`));
order.push('sync');
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);

// Asynchronous _write: writes queue up, highWaterMark drives the return
// value and 'drain'.
const order2 = [];
const w2 = new Writable({
  highWaterMark: 3,
  write(chunk, encoding, cb) { order2.push(`_write:${chunk}`); setTimeout(cb, 1); },
});
w2.on('drain', () => order2.push('drain'));
assert.strictEqual(w2.write('ab'), true);
assert.strictEqual(w2.write('cd'), false);
assert.strictEqual(w2.writableNeedDrain, true);
assert.strictEqual(w2.writableLength, 4);

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    '_write:a:buffer', '_write:b:buffer', '_write:c:buffer', 'prefinish', 'sync',
    'cb1:null', 'cb2:null', 'end:null', 'finish', 'close',
  ]);
  assert.deepStrictEqual(order2, ['_write:ab', '_write:cd', 'drain']);
});
