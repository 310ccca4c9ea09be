'use strict';
// Transform: _transform output via callback(null, data) or push(), _flush
// output before 'end'; errors from either destroy the stream.
const assert = require('assert');
const { Transform, PassThrough } = require('stream');

const out = [];
const order = [];
const t = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { order.push('_flush'); cb(null, '!'); },
});
t.on('data', (d) => out.push(d.toString()));
t.on('finish', () => order.push('finish'));
t.on('end', () => order.push('end'));
t.on('close', () => order.push('close'));
t.write('ab');
t.end('cd');

const objs = [];
const t2 = new Transform({
  objectMode: true,
  transform(n, enc, cb) { this.push(n); this.push(n * 10); cb(); },
});
t2.on('data', (d) => objs.push(d));
t2.write(1);
t2.end(2);

const errs = [];
const t3 = new Transform({ transform(c, e, cb) { cb(new Error('terr')); } });
t3.on('error', (err) => errs.push(err.message));
t3.write('x', (err) => errs.push(`cb:${err.message}`));

// A missing _transform throws from write(), which calls it synchronously.
const t4 = new Transform();
assert.throws(() => t4.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _transform() method is not implemented',
});

const pt = new PassThrough();
pt.end('same');
assert.strictEqual(pt.read().toString(), 'same');
assert.ok(PassThrough() instanceof Transform);

process.on('exit', () => {
  assert.deepStrictEqual(out, ['AB', 'CD', '!']);
  assert.deepStrictEqual(order, ['_flush', 'end', 'finish', 'close']);
  assert.deepStrictEqual(objs, [1, 10, 2, 20]);
  assert.deepStrictEqual(errs, [
    'cb:terr', 'terr',
  ]);
});
