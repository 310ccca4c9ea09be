'use strict';
// Legacy (loose) deep equality: == for primitives, prototypes and symbol keys ignored.
const assert = require('assert');

assert.deepEqual(1, '1');
assert.deepEqual('+00000000', false);
assert.deepEqual(null, undefined);
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([true], [1]);
assert.deepEqual(NaN, NaN);
assert.deepEqual(0, -0);
assert.deepEqual(Object.create(null), {});
class A {}
class B {}
assert.deepEqual(new A(), new B());
assert.deepEqual({ [Symbol('x')]: 1 }, {});
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepEqual(Buffer.from('a'), new Uint8Array([97]));
assert.deepEqual(new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: '1' } }));

assert.notDeepEqual({ a: undefined }, {});
assert.notDeepEqual([1, , 3], [1, undefined, 3]);
assert.notDeepEqual(new Float32Array([NaN]), new Float32Array([NaN]));
assert.notDeepEqual([1, 2], { 0: 1, 1: 2, length: 2 });
assert.notDeepEqual(new Date(0), new Date(1));
assert.notDeepEqual(/a/g, /a/i);
assert.notDeepEqual(new Number(0), new Number(-0));
assert.notDeepEqual(() => {}, () => {});

// Messages.
assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  code: 'ERR_ASSERTION',
  operator: 'deepEqual',
  generatedMessage: true,
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
           'should loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.notDeepEqual([1], ['1']), {
  operator: 'notDeepEqual',
  message: 'Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\n' +
           "should not loosely deep-equal\n\n[\n  '1'\n]",
});
assert.throws(() => assert.notDeepEqual([1], [1]), {
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n[\n  1\n]',
});
assert.throws(() => assert.deepEqual(1), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "actual" and "expected" arguments must be specified',
});
