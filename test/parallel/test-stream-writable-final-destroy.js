'use strict';
// _final runs before 'finish'; an error from _final reaches the end()
// callback after 'error' and 'close'; destroy() fails queued writes.
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) { order.push('_final'); setTimeout(cb, 1); },
});
w.on('prefinish', () => order.push('prefinish'));
w.on('finish', () => order.push('finish'));
w.end(() => order.push('endcb'));

const order2 = [];
const w2 = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ffail')); } });
w2.on('error', (err) => order2.push(`error:${err.message}`));
w2.on('close', () => order2.push('close'));
w2.on('finish', () => order2.push('finish'));
w2.end((err) => order2.push(`endcb:${err && err.message}`));

const order3 = [];
const w3 = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } });
w3.on('close', () => order3.push('close'));
w3.on('error', () => order3.push('error'));
w3.write('a', (err) => order3.push(`c1:${err && err.code}`));
w3.write('b', (err) => order3.push(`c2:${err && err.code}`));
w3.destroy();
assert.strictEqual(w3.destroyed, true);
assert.strictEqual(w3.writable, false);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['_final', 'prefinish', 'endcb', 'finish']);
  assert.deepStrictEqual(order2, ['error:ffail', 'close', 'endcb:ffail']);
  // The write in flight completes; the queued one fails.
  assert.deepStrictEqual(order3, ['close', 'c1:null', 'c2:ERR_STREAM_DESTROYED']);
});
