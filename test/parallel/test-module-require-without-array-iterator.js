'use strict';
// require() keeps working after user code deletes the array iterator.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), '{"main":"main.js"}');
fs.writeFileSync(path.join(dir, 'pkg', 'main.js'), "module.exports = require('./two') + 1;");
fs.writeFileSync(path.join(dir, 'pkg', 'two.js'), 'module.exports = 2;');

const iterator = Array.prototype[Symbol.iterator];
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const next = ArrayIteratorPrototype.next;
delete Array.prototype[Symbol.iterator];
delete ArrayIteratorPrototype.next;
let result;
try {
  result = require(path.join(dir, 'pkg'));
} finally {
  Array.prototype[Symbol.iterator] = iterator;
  ArrayIteratorPrototype.next = next;
  fs.rmSync(dir, { recursive: true });
}
assert.strictEqual(result, 3);
