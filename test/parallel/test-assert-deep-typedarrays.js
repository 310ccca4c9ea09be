'use strict';
// Typed arrays, DataViews and ArrayBuffers compare their bytes.
const assert = require('assert');

assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
assert.notDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
assert.notDeepStrictEqual(new Uint8Array([1]), new Int8Array([1]));
assert.notDeepEqual(new Uint8Array([1]), new Int8Array([1]));
assert.deepStrictEqual(new Float32Array([NaN]), new Float32Array([NaN]));
assert.notDeepStrictEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepStrictEqual(new Uint8Array(3).subarray(1), new Uint8Array(2));
assert.notDeepStrictEqual(Object.assign(new Uint8Array(2), { x: 1 }), new Uint8Array(2));
assert.notDeepStrictEqual(Buffer.from('a'), new Uint8Array([97]));
assert.deepEqual(Buffer.from('a'), new Uint8Array([97]));
assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abc'));
assert.notDeepStrictEqual(new BigInt64Array([1n]), new BigInt64Array([2n]));

assert.deepStrictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
assert.notDeepStrictEqual(new DataView(new Uint8Array([1, 2]).buffer), new DataView(new ArrayBuffer(2)));

assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(2));
assert.notDeepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3));
assert.notDeepStrictEqual(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer);

assert.throws(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  Uint8Array(2) [\n    1,\n+   2\n-   3\n  ]\n',
});
