'use strict';
const assert = require('assert');
const path = require('path');

const basename = [
  [['/a/b.js'], 'b.js'], [['/a/b.js', '.js'], 'b'], [['/a/b.js/', '.js'], 'b'], [['b.js', 'b.js'], ''],
  [['aaa/bbb', 'bbb'], 'bbb'], [['aaa/bbb', 'a/bbb'], 'bbb'], [['/aaa/bbb//', 'bbb'], 'bbb'],
  [['a/', 'xa'], 'a/'], [['///', 'a'], '///'], [['///'], ''], [[''], ''], [['/a\\b'], 'a\\b'],
  [['file.txt', 'txt'], 'file.'], [['a/b/', 'b/'], 'b'],
];
for (const [args, expected] of basename) {
  assert.strictEqual(path.basename(...args), expected, `basename(${JSON.stringify(args)})`);
}

const extname = [
  ['', ''], ['/path/to/file', ''], ['file.ext', '.ext'], ['.file', ''], ['.file.ext', '.ext'],
  ['file.', '.'], ['..', ''], ['...', '.'], ['file.ext/', '.ext'], ['a/.b/', ''], ['a.b.c', '.c'],
  ['..file', '.file'], ['file\\.ext', '.ext'],
];
for (const [input, expected] of extname) {
  assert.strictEqual(path.extname(input), expected, `extname(${JSON.stringify(input)})`);
}

const dirname = [
  ['', '.'], ['/', '/'], ['//', '/'], ['//a', '//'], ['/a', '/'], ['a', '.'], ['a/', '.'],
  ['/a/b/', '/a'], ['/a//b', '/a/'], ['a/b', 'a'], ['///a//b//', '///a/'],
];
for (const [input, expected] of dirname) {
  assert.strictEqual(path.dirname(input), expected, `dirname(${JSON.stringify(input)})`);
}
