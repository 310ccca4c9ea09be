'use strict';
const assert = require('assert');
const path = require('path');

function p(root, dir, base, ext, name) { return { root, dir, base, ext, name }; }
assert.deepStrictEqual(path.parse('/home/user/dir/file.txt'),
                       p('/', '/home/user/dir', 'file.txt', '.txt', 'file'));
assert.deepStrictEqual(path.parse(''), p('', '', '', '', ''));
assert.deepStrictEqual(path.parse('/'), p('/', '/', '', '', ''));
assert.deepStrictEqual(path.parse('//'), p('/', '/', '', '', ''));
assert.deepStrictEqual(path.parse('./'), p('', '', '.', '', '.'));
assert.deepStrictEqual(path.parse('a/.b'), p('', 'a', '.b', '', '.b'));
assert.deepStrictEqual(path.parse('/..'), p('/', '/', '..', '.', '.'));
assert.deepStrictEqual(path.parse('a/..'), p('', 'a', '..', '', '..'));
assert.deepStrictEqual(path.parse('/a//b.c/'), p('/', '/a/', 'b.c', '.c', 'b'));

const win = path.win32;
assert.deepStrictEqual(win.parse('C:\\path\\dir\\file.txt'),
                       p('C:\\', 'C:\\path\\dir', 'file.txt', '.txt', 'file'));
assert.deepStrictEqual(win.parse('\\\\server\\share'), p('\\\\server\\share', '\\\\server\\share', '', '', ''));
assert.deepStrictEqual(win.parse('c:'), p('c:', 'c:', '', '', ''));
assert.deepStrictEqual(win.parse('c:a.b'), p('c:', 'c:', 'a.b', '.b', 'a'));

assert.strictEqual(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }),
                   '/home/user/dir/file.txt');
assert.strictEqual(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }), '/file.txt');
assert.strictEqual(path.format({ root: '/', name: 'file', ext: '.txt' }), '/file.txt');
assert.strictEqual(path.format({ name: 'file', ext: 'txt' }), 'file.txt');
assert.strictEqual(path.format({ dir: 'a', root: 'a', base: 'b' }), 'ab');
assert.strictEqual(path.format({}), '');
assert.strictEqual(win.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
