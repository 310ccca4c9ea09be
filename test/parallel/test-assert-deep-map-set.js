'use strict';
// Map and Set contents compare unordered; object keys are matched by deep
// equality and loose mode finds loosely-equal primitives.
const assert = require('assert');

assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1]));
assert.deepStrictEqual(new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]));
assert.notDeepStrictEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
assert.notDeepStrictEqual(new Set([1]), new Set(['1']));
assert.deepEqual(new Set([1]), new Set(['1']));
assert.deepEqual(new Set([false]), new Set([0]));
assert.deepEqual(new Set(['']), new Set([0]));
assert.deepEqual(new Set([null]), new Set([undefined]));
assert.notDeepEqual(new Set(['NaN']), new Set([NaN]));
assert.notDeepEqual(new Set([1, 2, '2']), new Set([1, '1', 2]));
assert.deepStrictEqual(new Set([NaN]), new Set([NaN]));
assert.deepStrictEqual(new Set([0]), new Set([-0]));
assert.notDeepStrictEqual(new Set([1, 2]), new Set([1, 2, 3]));
assert.notDeepStrictEqual(Object.assign(new Set(), { x: 1 }), new Set());

assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
assert.deepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]));
assert.deepStrictEqual(new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]]));
assert.notDeepStrictEqual(new Map([[{}, '1']]), new Map([[{}, 1]]));
assert.deepEqual(new Map([[{}, '1']]), new Map([[{}, 1]]));
assert.notDeepStrictEqual(new Map([[1, 'a']]), new Map([['1', 'a']]));
assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']]));
assert.deepEqual(new Map([[1, undefined]]), new Map([[1, null]]));
assert.notDeepEqual(new Map([[1, undefined]]), new Map([[2, undefined]]));
assert.deepEqual(new Map([[undefined, 1]]), new Map([[null, 1]]));
assert.deepStrictEqual(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
assert.notDeepEqual(new Map([[1, {}]]), new Map([[1, []]]));

// Nested collections.
assert.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] },
                       { a: [1, { b: new Map([[1, new Set([2])]]) }] });
assert.notDeepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] },
                          { a: [1, { b: new Map([[1, new Set(['2'])]]) }] });
