'use strict';
// Circular structures compare without endless recursion.
const assert = require('assert');

const a = {};
a.self = a;
const b = {};
b.self = b;
assert.deepStrictEqual(a, b);

const c = {};
c.self = { self: c };
assert.deepStrictEqual(a, c);

const x = { v: 1 };
x.self = x;
const y = { v: 1 };
y.self = { v: 2, self: y };
assert.notDeepStrictEqual(x, y);

const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
assert.deepStrictEqual(arr1, arr2);

const set1 = new Set();
set1.add(set1);
const set2 = new Set();
set2.add(set2);
assert.deepStrictEqual(set1, set2);

const map1 = new Map();
map1.set('me', map1);
const map2 = new Map();
map2.set('me', map2);
assert.deepStrictEqual(map1, map2);
assert.deepEqual(map1, map2);
