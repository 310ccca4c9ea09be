'use strict';
const assert = require('assert');
const { win32 } = require('path');

assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');
assert.strictEqual(win32.win32, win32);

const normalize = [
  ['c:/ignore/../a', 'c:\\a'], ['c:', 'c:.'], ['C:..\\..', 'C:..\\..'], ['//server/share', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\..\\..', '\\\\server\\share\\'], ['/', '\\'], ['a\\b/c', 'a\\b\\c'],
  ['\\\\?\\c:\\a\\..\\..', '\\\\?\\'], ['//server', '\\server'], ['./', '.\\'],
];
for (const [input, expected] of normalize) {
  assert.strictEqual(win32.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
assert.strictEqual(win32.join('//server', 'share'), '\\\\server\\share\\');
assert.strictEqual(win32.join('\\\\', 'a'), '\\a');
assert.strictEqual(win32.join('c:', 'file'), 'c:\\file');
assert.strictEqual(win32.resolve('c:/a', 'b', '..\\c'), 'c:\\a\\c');
assert.strictEqual(win32.resolve('c:/a', 'd:/b'), 'd:\\b');
assert.strictEqual(win32.resolve('//server/share', '..', 'x'), '\\\\server\\share\\x');
assert.strictEqual(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
assert.strictEqual(win32.relative('c:/AaAa/bbbb', 'c:/aaaa/bbbb'), '');
assert.strictEqual(win32.relative('c:/aaaa/', 'c:/aaaa/cccc'), 'cccc');
assert.strictEqual(win32.relative('C:\\foo\\bar', 'D:\\x'), 'D:\\x');
assert.strictEqual(win32.relative('\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'), '..\\baz-quux');
assert.strictEqual(win32.isAbsolute('c:\\'), true);
assert.strictEqual(win32.isAbsolute('c:'), false);
assert.strictEqual(win32.isAbsolute('//server'), true);
assert.strictEqual(win32.dirname('c:\\foo\\bar'), 'c:\\foo');
assert.strictEqual(win32.dirname('\\\\unc\\share\\foo'), '\\\\unc\\share\\');
assert.strictEqual(win32.dirname('c:foo'), 'c:');
assert.strictEqual(win32.basename('c:foo.js', '.js'), 'foo');
assert.strictEqual(win32.basename('c:\\dir\\base.ext\\'), 'base.ext');
assert.strictEqual(win32.extname('c:.ext'), '');
assert.strictEqual(win32.toNamespacedPath('c:\\x'), '\\\\?\\c:\\x');
assert.strictEqual(win32.toNamespacedPath('\\\\server\\share\\x'), '\\\\?\\UNC\\server\\share\\x');
assert.strictEqual(win32.toNamespacedPath('\\\\?\\c:\\x'), '\\\\?\\c:\\x');
assert.strictEqual(win32.toNamespacedPath(''), '');
