'use strict';
// copy() and Buffer.concat().
const assert = require('assert');
const { Buffer } = require('buffer');

const src = Buffer.from('abcdefgh');
let dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst), 5);
assert.strictEqual(dst.toString(), 'abcde');

dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst, 1, 2, 4), 2);
assert.strictEqual(dst.toString(), '.cd..');

dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst, 3), 2);
assert.strictEqual(dst.toString(), '...ab');
assert.strictEqual(src.copy(dst, 5), 0);
assert.strictEqual(src.copy(dst, '1', '1.5', 'x'), 0);

// Overlapping copies within one buffer behave like memmove.
const same = Buffer.from('abcdefgh');
same.copy(same, 2, 0, 5);
assert.strictEqual(same.toString(), 'ababcdeh');

assert.throws(() => src.copy(dst, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy(dst, 0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 8. Received 20',
});
assert.throws(() => src.copy(dst, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy('x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"target"/ });

assert.strictEqual(Buffer.concat([]).length, 0);
const joined = Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('de')]);
assert.ok(joined instanceof Buffer);
assert.strictEqual(joined.toString(), 'abcde');
assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(), 'ab');
assert.deepStrictEqual([...Buffer.concat([Buffer.from('ab')], 4)], [0x61, 0x62, 0, 0]);

const many = [];
for (let i = 0; i < 1000; i++) many.push(Buffer.from(`${i % 10}`));
assert.strictEqual(Buffer.concat(many).toString().slice(0, 12), '012345678901');

assert.throws(() => Buffer.concat('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.from('a'), 'x']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
           'Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.from('a')], -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
