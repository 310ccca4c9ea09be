'use strict';
// buffer.isAscii / isUtf8 refuse a detached ArrayBuffer with node's
// ERR_INVALID_STATE; a view over one reads as empty.
const assert = require('assert');
const { isAscii, isUtf8 } = require('buffer');

for (const check of [isAscii, isUtf8]) {
  const ab = new ArrayBuffer(8);
  ab.transfer();
  assert.throws(() => check(ab), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, 'ERR_INVALID_STATE');
    assert.strictEqual(err.message, 'Cannot validate on a detached buffer');
    return true;
  });
  const view = new Uint8Array(8);
  view.buffer.transfer();
  assert.strictEqual(check(view), true);

  assert.strictEqual(check(new ArrayBuffer(2)), true);
  assert.strictEqual(check(new SharedArrayBuffer(2)), true);
  assert.throws(() => check(new DataView(new ArrayBuffer(2))), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc3, 0xa9])), true);
