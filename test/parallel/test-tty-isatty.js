'use strict';
// tty.isatty(): false for anything that is not a valid TTY file descriptor.
const assert = require('assert');
const tty = require('tty');

for (const fd of [-1, 1.5, '1', null, undefined, 2 ** 31, NaN, 99999]) {
  assert.strictEqual(tty.isatty(fd), false, String(fd));
}
assert.strictEqual(typeof tty.isatty(0), 'boolean');
assert.strictEqual(typeof tty.ReadStream, 'function');
assert.strictEqual(typeof tty.WriteStream, 'function');
