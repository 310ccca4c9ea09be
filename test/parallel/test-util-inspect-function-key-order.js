'use strict';
// With showHidden, a function's length and name come before its prototype,
// and a replaced Object.keys does not change what inspect prints.
const assert = require('assert');
const util = require('util');

function func() {}
assert.strictEqual(util.inspect(func, { showHidden: true }),
                   '<ref *1> [Function: func] {\n' +
                   '  [length]: 0,\n' +
                   "  [name]: 'func',\n" +
                   '  [prototype]: { [constructor]: [Circular *1] }\n' +
                   '}');
class C { static x = 1; }
assert.strictEqual(util.inspect(C, { showHidden: true, depth: 0 }),
                   '[class C] { [length]: 0, [name]: \'C\', [prototype]: [Object], x: 1 }');

const keys = Object.keys;
Object.keys = () => { throw new Error('patched'); };
try {
  assert.strictEqual(util.inspect({ a: 1 }), '{ a: 1 }');
} finally {
  Object.keys = keys;
}
