'use strict';
// Buffer#write in all its argument forms.
const assert = require('assert');
const { Buffer } = require('buffer');

function fresh() { return Buffer.alloc(8, '.'); }

let b = fresh();
assert.strictEqual(b.write('abc'), 3);
assert.strictEqual(b.toString(), 'abc.....');

b = fresh();
assert.strictEqual(b.write('abc', 2), 3);
assert.strictEqual(b.toString(), '..abc...');

b = fresh();
assert.strictEqual(b.write('abcdef', 2, 2), 2);
assert.strictEqual(b.toString(), '..ab....');

b = fresh();
assert.strictEqual(b.write('6162', 'hex'), 2);
assert.strictEqual(b.toString(), 'ab......');

b = fresh();
assert.strictEqual(b.write('6162', 1, 'hex'), 2);
assert.strictEqual(b.toString(), '.ab.....');

b = fresh();
assert.strictEqual(b.write('abcd', 0, 3, 'ucs2'), 2); // whole code units only
assert.deepStrictEqual([...b.subarray(0, 3)], [0x61, 0, 0x2e]);

// A UTF-8 character is never split.
b = fresh();
assert.strictEqual(b.write('\u20ac\u20ac\u20ac'), 6);
assert.strictEqual(b.toString('hex'), 'e282ace282ac2e2e');

// Hex stops at the first invalid pair.
b = fresh();
assert.strictEqual(b.write('61zz62', 'hex'), 1);

// Writing past the end is truncated.
b = fresh();
assert.strictEqual(b.write('abcdefghij', 5), 3);
assert.strictEqual(b.toString(), '.....abc');

assert.throws(() => fresh().write('x', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 8. Received -1',
});
assert.throws(() => fresh().write('x', 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fresh().write('x', 1, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 8. Received 20',
});
assert.throws(() => fresh().write('x', 'foo'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: foo',
});
assert.throws(() => fresh().write('x', 0, 1, 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => fresh().write(5), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'argument must be a string',
});
