'use strict';
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');

const normalize = [
  ['', '.'], ['.', '.'], ['./', './'], ['/', '/'], ['//', '/'], ['a/..', '.'], ['a/../', './'],
  ['/..', '/'], ['../a/..', '..'], ['a//b/./c/', 'a/b/c/'], ['/a/b/../../..', '/'],
  ['../../x', '../../x'], ['a/b/../../../c', '../c'], ['...', '...'], ['/a\\b/../c', '/c'],
];
for (const [input, expected] of normalize) {
  assert.strictEqual(path.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}

const join = [
  [[], '.'], [[''], '.'], [['', ''], '.'], [['a', 'b'], 'a/b'], [['/a', '/b'], '/a/b'],
  [['a', '', 'b'], 'a/b'], [['a/', '../b'], 'b'], [['/', '..'], '/'], [['.', './'], './'],
  [[' ', 'x'], ' /x'], [['a', '..', '..'], '..'], [['//a', 'b//'], '/a/b/'],
];
for (const [args, expected] of join) {
  assert.strictEqual(path.join(...args), expected, `join(${JSON.stringify(args)})`);
}
