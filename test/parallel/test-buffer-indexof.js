'use strict';
// indexOf / lastIndexOf / includes with strings, buffers, bytes and offsets.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('hello world');
assert.strictEqual(b.indexOf('o'), 4);
assert.strictEqual(b.indexOf('o', 5), 7);
assert.strictEqual(b.indexOf('o', 5.5), 7);
assert.strictEqual(b.indexOf('o', -3), -1);
assert.strictEqual(b.indexOf('o', -5), 7);
assert.strictEqual(b.indexOf('o', -100), 4);
assert.strictEqual(b.indexOf('o', 100), -1);
assert.strictEqual(b.indexOf('wor'), 6);
assert.strictEqual(b.indexOf(Buffer.from('wor')), 6);
assert.strictEqual(b.indexOf(new Uint8Array([0x6c, 0x64])), 9);
assert.strictEqual(b.indexOf('xyz'), -1);
assert.strictEqual(b.indexOf(0x6f), 4);
assert.strictEqual(b.indexOf(0x6f + 256), 4);
assert.strictEqual(b.indexOf('776f', 'hex'), 6);
assert.strictEqual(b.indexOf('d29y', 0, 'base64'), 6);

assert.strictEqual(b.lastIndexOf('o'), 7);
assert.strictEqual(b.lastIndexOf('o', 5), 4);
assert.strictEqual(b.lastIndexOf('o', -5), 4);
assert.strictEqual(b.lastIndexOf('o', -100), -1);
assert.strictEqual(b.lastIndexOf(0x6f, null), -1);
assert.strictEqual(b.lastIndexOf(0x6f, {}), 7);

// Empty needles behave like String#indexOf.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 20), 11);
assert.strictEqual(b.lastIndexOf('', -20), 0);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);

// ucs2 searches match whole code units only.
const u = Buffer.from('abab', 'ucs2');
assert.strictEqual(u.indexOf('b', 0, 'ucs2'), 2);
assert.strictEqual(u.lastIndexOf('a', 5, 'ucs2'), 4);
assert.strictEqual(Buffer.from('x\u0000a\u0000b', 'latin1').indexOf('ab', 0, 'ucs2'), -1);

assert.strictEqual(b.includes('world'), true);
assert.strictEqual(b.includes('world', 7), false);
assert.strictEqual(b.includes(0x77), true);

assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
           'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf('o', 0, 'foo'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.indexOf('o', '5'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 5',
});
