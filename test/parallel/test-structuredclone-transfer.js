'use strict';
// structuredClone(value, { transfer }): transferred ArrayBuffers are
// detached, the clone keeps their bytes, and bad transfer lists give
// node's DataCloneErrors (checked in list order, nothing detached).
const assert = require('assert');

const dataCloneError = (message) => ({ name: 'DataCloneError', code: 25, message });

{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 7;
  const value = { a: ab, b: ab, view: new Uint8Array(ab, 1) };
  const clone = structuredClone(value, { transfer: [ab] });
  assert.strictEqual(ab.detached, true);
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(clone.a, clone.b);
  assert.strictEqual(clone.view.buffer, clone.a);
  assert.strictEqual(new Uint8Array(clone.a)[0], 7);
  // Transferring a detached buffer again.
  assert.throws(() => structuredClone(ab, { transfer: [ab] }),
                dataCloneError('Cannot transfer object of unsupported type.'));
  // Cloning a detached buffer.
  assert.throws(() => structuredClone({ list: [1, ab] }),
                dataCloneError('An ArrayBuffer is detached and could not be cloned.'));
}

{
  // A buffer not in the value is detached all the same; any iterable works.
  const ab = new ArrayBuffer(2);
  assert.strictEqual(structuredClone(1, { transfer: new Set([ab]) }), 1);
  assert.strictEqual(ab.detached, true);
}

{
  // A resizable buffer stays resizable.
  const ab = new ArrayBuffer(2, { maxByteLength: 8 });
  const clone = structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(clone.resizable, true);
  assert.strictEqual(clone.maxByteLength, 8);
}

{
  const ab = new ArrayBuffer(1);
  assert.throws(() => structuredClone(1, { transfer: [ab, ab] }),
                dataCloneError('Transfer list contains duplicate ArrayBuffer'));
  assert.throws(() => structuredClone(1, { transfer: [ab, {}, ab] }),
                dataCloneError('Found invalid value in transferList.'));
  for (const item of [{}, new SharedArrayBuffer(1), new Uint8Array(1), new DOMException('x')]) {
    assert.throws(() => structuredClone(1, { transfer: [item] }),
                  dataCloneError('Found invalid value in transferList.'));
  }
  assert.strictEqual(ab.detached, false);
  // A clone that fails detaches nothing.
  assert.throws(() => structuredClone({ f() {} }, { transfer: [ab] }),
                dataCloneError('f() {} could not be cloned.'));
  assert.strictEqual(ab.detached, false);
  // Web IDL conversions come first.
  assert.throws(() => structuredClone(1, { transfer: [ab, 1] }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Value is not an object' });
  assert.strictEqual(ab.detached, false);
}

{
  // Buffer's pool is shared by small Buffers: it cannot be transferred.
  const small = Buffer.from('pooled');
  assert.throws(() => structuredClone(small, { transfer: [small.buffer] }),
                dataCloneError('Cannot transfer object of unsupported type.'));
  assert.strictEqual(small.toString(), 'pooled');
  // A Buffer with its own memory can be.
  const big = Buffer.allocUnsafeSlow(16);
  structuredClone(big, { transfer: [big.buffer] });
  assert.strictEqual(big.length, 0);
}

// The DataCloneError names the first value that cannot be cloned.
assert.throws(() => structuredClone([1, Symbol('s')]), dataCloneError('Symbol(s) could not be cloned.'));
assert.throws(() => structuredClone({ w: new WeakMap() }), dataCloneError('#<WeakMap> could not be cloned.'));
assert.throws(() => structuredClone({ p: Promise.resolve() }), dataCloneError('#<Promise> could not be cloned.'));
assert.throws(() => structuredClone(new Map([[1, () => 1]])), dataCloneError('() => 1 could not be cloned.'));
