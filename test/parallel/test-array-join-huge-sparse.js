'use strict';
// join() of a huge array that is mostly holes answers at once (V8 does; a
// naive walk over 2**32 - 1 indices takes minutes).
const assert = require('assert');

const start = Date.now();
assert.strictEqual(new Array(2 ** 32 - 1).join(''), '');
const a = new Array(2 ** 25);
a[3] = 'x';
a[2 ** 25 - 1] = 'y';
const joined = a.join('-');
assert.strictEqual(joined.length, 2 ** 25 + 1);
assert.strictEqual(joined.slice(0, 6), '---x--');
assert.strictEqual(joined.slice(-3), '--y');
assert.throws(() => new Array(2 ** 31).join('abc'), { name: 'RangeError', message: 'Invalid string length' });
assert.ok(Date.now() - start < 5000);
assert.strictEqual([1, [2, 3], null, undefined, 'a'].join(), '1,2,3,,,a');
