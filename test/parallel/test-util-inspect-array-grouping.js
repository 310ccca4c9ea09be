'use strict';
// util.inspect groups long arrays into aligned columns like Node.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(Array.from({ length: 26 }, (_, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]");
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => i * i)),
  "[\n    0,   1,   4,   9,  16,  25,  36,  49,\n   64,  81, 100, 121, 144, 169, 196, 225,\n  256, 289, 324, 361, 400, 441, 484, 529,\n  576, 625, 676, 729, 784, 841\n]");
assert.strictEqual(util.inspect(Array.from({ length: 120 }, (_, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]");
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => `word${i}`)),
  "[\n  'word0',  'word1',  'word2',\n  'word3',  'word4',  'word5',\n  'word6',  'word7',  'word8',\n  'word9',  'word10', 'word11',\n  'word12', 'word13', 'word14',\n  'word15', 'word16', 'word17',\n  'word18', 'word19', 'word20',\n  'word21', 'word22', 'word23',\n  'word24', 'word25', 'word26',\n  'word27', 'word28', 'word29'\n]");
assert.strictEqual(util.inspect([-1.5, 2.25, -3, 4, 5.125, -6, 7, 8, 9, 10, 11.5]),
  "[\n  -1.5,  2.25, -3,\n     4, 5.125, -6,\n     7,     8,  9,\n    10,  11.5\n]");
assert.strictEqual(util.inspect([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]),
  "[ 1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n ]");
assert.strictEqual(util.inspect([1, 2, 3, 4, 5, 6, 'x'.repeat(60)]),
  "[\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]");
assert.strictEqual(util.inspect(Array.from({ length: 8 }, (_, i) => ({ i }))),
  "[\n  { i: 0 }, { i: 1 },\n  { i: 2 }, { i: 3 },\n  { i: 4 }, { i: 5 },\n  { i: 6 }, { i: 7 }\n]");
assert.strictEqual(util.inspect({ key: Array.from({ length: 40 }, (_, i) => i * 1000) }),
  "{\n  key: [\n        0,  1000,  2000,  3000,  4000,\n     5000,  6000,  7000,  8000,  9000,\n    10000, 11000, 12000, 13000, 14000,\n    15000, 16000, 17000, 18000, 19000,\n    20000, 21000, 22000, 23000, 24000,\n    25000, 26000, 27000, 28000, 29000,\n    30000, 31000, 32000, 33000, 34000,\n    35000, 36000, 37000, 38000, 39000\n  ]\n}");
assert.strictEqual(util.inspect(Array.from({ length: 26 }, (_, i) => i), { compact: 1 }),
  "[\n   0,  1,  2,  3,\n   4,  5,  6,  7,\n   8,  9, 10, 11,\n  12, 13, 14, 15,\n  16, 17, 18, 19,\n  20, 21, 22, 23,\n  24, 25\n]");
assert.strictEqual(util.inspect(Array.from({ length: 26 }, (_, i) => i), { breakLength: 40 }),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]");
assert.strictEqual(util.inspect(new Uint8Array(30)),
  "Uint8Array(30) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0\n]");
