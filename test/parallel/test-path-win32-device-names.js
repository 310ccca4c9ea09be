'use strict';
// Node guards relative win32 paths that Windows could read as a drive or a
// reserved device (CON, NUL, COM1...) by prefixing them with '.\'. Node 22
// also keeps \\?\COM1: as a root, and joins parts naming a device as they are.
const assert = require('assert');
const { win32 } = require('path');

const cases = [
  ['CON:', '.\\CON:.'], ['con:x', '.\\con:x'], ['COM1:', '.\\COM1:.'], ['LPT9:/', '.\\LPT9:.\\'],
  ['COM0:', '.\\COM0:'], ['ab:', '.\\ab:'], ['a/b:', '.\\a\\b:'], ['ab:/../c', '.\\c'],
  ['ab:cd', 'ab:cd'], ['./c:foo', '.\\c:foo'], ['a/../c:x', '.\\c:x'], ['nula', '.\\nula'],
  ['nul', 'nul'], ['nul.txt', 'nul.txt'], ['nul\\', '.\\nul\\'], ['c:CON:', 'c:CON:'],
  ['/CON:', '\\CON:'], ['./CON:x', 'CON:x'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(win32.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
assert.strictEqual(win32.join('x', 'ab:'), '.\\x\\ab:');
assert.strictEqual(win32.join('a/con:'), '.\\a\\con:');

// A part (between backslashes) that starts with a device name and a colon
// stops join from normalizing: only slashes become backslashes.
for (const [parts, expected] of [
  [['CON:', 'x'], 'CON:\\x'],
  [['a', 'CON:'], 'a\\CON:'],
  [['COM1:'], 'COM1:'],
  [['COM1:x', 'y//z'], 'COM1:x\\y\\\\z'],
  [['x', 'y', '..', '..', 'nul:'], 'x\\y\\..\\..\\nul:'],
  [['\\fileserver\\public\\uploads', 'CON:..\\..\\..\\private\\db.conf'],
   '\\fileserver\\public\\uploads\\CON:..\\..\\..\\private\\db.conf'],
  [['/', '/a', 'LPT\u00b9:'], '\\a\\LPT\u00b9:'],
  [['//a', 'CON:'], '\\\\a\\CON:'],
  [['a', 'COM10:'], '.\\a\\COM10:'],
  [['a/', '/CON:'], '.\\a\\CON:'],
]) {
  assert.strictEqual(win32.join(...parts), expected, `join(${JSON.stringify(parts)})`);
}

// \\?\ or \\.\ followed by a device: the device belongs to the root.
for (const [input, expected] of [
  ['\\\\?\\COM1:.\\..\\..\\foo2.js', '\\\\?\\COM1:\\foo2.js'],
  ['\\\\.\\con:x', '\\\\?\\con:\\x'],
  ['//./COM1:', '\\\\?\\COM1:\\'],
  ['\\\\?\\LPT9:a\\b\\', '\\\\?\\LPT9:\\a\\b\\'],
  ['\\\\?\\COM1::', '\\\\?\\COM1:\\:'],
  ['\\\\?\\\\COM1:\\..\\x', '\\\\?\\x'],
  ['\\\\?\\COM10:.\\..\\..\\foo', '\\\\?\\foo'],
  ['\\\\?\\COM1', '\\\\?\\COM1'],
  ['\\\\server\\COM1:.\\..\\..\\foo', '\\\\server\\COM1:.\\foo'],
]) {
  assert.strictEqual(win32.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
assert.strictEqual(win32.resolve('\\\\?\\COM1:.\\..\\..\\foo2.js'), '\\\\?\\foo2.js');
