'use strict';
// Paused mode: 'readable' then read(n) returns exact sizes; 'end' after the
// buffer drains; read() after end returns null.
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('abcdef');
r.push('ghi');
assert.strictEqual(r.readableLength, 9);
assert.strictEqual(r.read(2).toString(), 'ab');
assert.strictEqual(r.read(5).toString(), 'cdefg');
// More than buffered before EOF: null, nothing consumed.
assert.strictEqual(r.read(10), null);
assert.strictEqual(r.readableLength, 2);
r.push(null);
// After EOF a large read returns the rest.
assert.strictEqual(r.read(10).toString(), 'hi');
assert.strictEqual(r.read(), null);

const order = [];
r.on('end', () => order.push('end'));
r.on('close', () => order.push('close'));

const r2 = new Readable({ read() {} });
r2.on('readable', () => {
  let chunk;
  order.push(`readable:${r2.readableLength}`);
  while ((chunk = r2.read()) !== null) order.push(`read:${chunk}`);
});
r2.on('end', () => order.push('end2'));
r2.push('x');
r2.push('y');
setTimeout(() => r2.push(null), 1);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['end', 'readable:2', 'read:xy', 'close', 'readable:0', 'end2']);
  assert.strictEqual(r2.readableFlowing, false);
});
