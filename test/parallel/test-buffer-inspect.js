'use strict';
// util.inspect of buffers and buffer.INSPECT_MAX_BYTES.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
                   `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)),
                   `<Buffer ${'00 '.repeat(50).trim()} ... 10 more bytes>`);
assert.strictEqual(util.inspect({ b: [Buffer.from('xyz')] }), '{ b: [ <Buffer 78 79 7a> ] }');

const extra = Buffer.from('ab');
extra.foo = 1;
assert.strictEqual(util.inspect(extra), '<Buffer 61 62, foo: 1>');
const emptyExtra = Buffer.alloc(0);
emptyExtra.bar = 'x';
assert.strictEqual(util.inspect(emptyExtra), "<Buffer bar: 'x'>");

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});

assert.strictEqual(typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')], 'function');
assert.strictEqual(JSON.stringify(Buffer.from([1, 2])), '{"type":"Buffer","data":[1,2]}');
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
