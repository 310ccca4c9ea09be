'use strict';
// Node 20 guards relative win32 paths that Windows could read as a drive or a
// reserved device (CON, NUL, COM1...) by prefixing them with '.\'.
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
assert.strictEqual(win32.join('CON:', 'x'), '.\\CON:x');
assert.strictEqual(win32.join('a', 'CON:'), '.\\a\\CON:');
assert.strictEqual(win32.join('x', 'ab:'), '.\\x\\ab:');
