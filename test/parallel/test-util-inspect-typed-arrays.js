'use strict';
// util.inspect of typed arrays, ArrayBuffer and DataView.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new Uint8Array([1, 2, 3])),
  "Uint8Array(3) [ 1, 2, 3 ]");
assert.strictEqual(util.inspect(new Uint8Array(0)),
  "Uint8Array(0) []");
assert.strictEqual(util.inspect(new Int16Array([-1, 2, -3])),
  "Int16Array(3) [ -1, 2, -3 ]");
assert.strictEqual(util.inspect(new Float64Array([1.5, -0, NaN])),
  "Float64Array(3) [ 1.5, -0, NaN ]");
assert.strictEqual(util.inspect(new BigInt64Array([1n, -2n])),
  "BigInt64Array(2) [ 1n, -2n ]");
assert.strictEqual(util.inspect(Object.assign(new Uint8Array(2), { foo: 1 })),
  "Uint8Array(2) [ 0, 0, foo: 1 ]");
assert.strictEqual(util.inspect(new Uint8Array(3), { maxArrayLength: 1 }),
  "Uint8Array(3) [ 0, ... 2 more items ]");
assert.strictEqual(util.inspect(new Uint8Array([1, 2]), { showHidden: true }),
  "Uint8Array(2) [\n  1,\n  2,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 2 }\n]");
assert.strictEqual(util.inspect(new ArrayBuffer(2)),
  "ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }");
assert.strictEqual(util.inspect(new Uint8Array([0, 15, 16, 255, 171]).buffer),
  "ArrayBuffer { [Uint8Contents]: <00 0f 10 ff ab>, [byteLength]: 5 }");
assert.strictEqual(util.inspect(new ArrayBuffer(120)).slice(-42),
  " ... 20 more bytes>,\n  [byteLength]: 120\n}");
assert.strictEqual(util.inspect(new ArrayBuffer(0)),
  "ArrayBuffer { [Uint8Contents]: <>, [byteLength]: 0 }");
assert.strictEqual(util.inspect(new DataView(new ArrayBuffer(4), 1, 2)),
  "DataView {\n  [byteLength]: 2,\n  [byteOffset]: 1,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, [byteLength]: 4 }\n}");
assert.strictEqual(util.inspect((() => { class T extends Uint8Array {} return new T(2); })()),
  "T(2) [Uint8Array] [ 0, 0 ]");
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Uint8Array(2), null)),
  "[Uint8Array(2): null prototype] [ 0, 0 ]");
