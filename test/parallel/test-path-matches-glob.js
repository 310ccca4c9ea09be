'use strict';
// path.matchesGlob: wildcards, globstar, classes, braces, extglobs, dot files.
const assert = require('assert');
const path = require('path');

const cases = [
  ['foo/bar/baz', 'foo/[bcr]ar/baz', true],
  ['foo/bar/baz', 'foo/[!bcr]ar/baz', false],
  ['foo/bar/baz', 'foo/**', true],
  ['foo', 'foo/**', false],
  ['foo/bar/baz', '*', false],
  ['src/lib/b.ts', 'src/**/*.{js,ts}', true],
  ['a.js', '!(*.js)', false],
  ['b.md', '!(*.js)', true],
  ['img12.png', 'img+([0-9]).png', true],
  ['img12.png', 'img[0-9].png', false],
  ['a10', 'a{1..10}', true],
  ['.env', '*', false],
  ['.env', '.*', true],
  ['.env', '[.]env', true],
  ['dir/.env', '**/.env', true],
  ['a/../b', 'b', true],
  ['a//b', 'a/b', true],
  ['.', '.*', false],
  ['foo/', '*', true],
  ['', '', true],
  ['!neg', '!neg', true],
  ['a*b', 'a\\*b', false],
];
for (const [p, glob, expected] of cases) {
  assert.strictEqual(path.posix.matchesGlob(p, glob), expected, `${p} ${glob}`);
}
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo\\[bc-r]ar\\baz'), true);
assert.strictEqual(path.win32.matchesGlob('foo\\bar\\baz', 'foo/**'), true);
assert.throws(() => path.matchesGlob(123, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => path.matchesGlob('a', 123), { code: 'ERR_INVALID_ARG_TYPE' });
