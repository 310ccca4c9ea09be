'use strict';
// win32.relative compares case-insensitively even when lower-casing changes
// a string's length (U+0130 lower-cases to two code units).
const assert = require('assert');
const { win32 } = require('path');

assert.strictEqual(win32.relative('c:\\a\\İ', 'c:\\a\\İ\\test.txt'), 'test.txt');
assert.strictEqual(win32.relative('c:\\İ\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'), '..\\..\\b\\İ\\test.txt');
assert.strictEqual(win32.relative('c:\\i̇\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'), '..\\..\\b\\İ\\test.txt');
assert.strictEqual(win32.relative('c:\\İ\\x', 'c:\\İ'), '..');
assert.strictEqual(win32.relative('c:\\İ', 'd:\\İ'), 'd:\\İ');
assert.strictEqual(win32.relative('c:\\İ\\', 'c:\\i̇'), '');
