'use strict';
// util.parseArgs({ tokens: true }) reports every option, positional and terminator.
const assert = require('assert');
const { parseArgs } = require('util');

const { tokens } = parseArgs({
  args: ['-ab', '--out', 'o.txt', '--level=3', 'p1', '--', '-z'],
  options: {
    a: { type: 'boolean', short: 'a' },
    b: { type: 'boolean', short: 'b' },
    out: { type: 'string' },
    level: { type: 'string' },
  },
  allowPositionals: true,
  tokens: true,
});

assert.deepStrictEqual(tokens, [
  { kind: 'option', name: 'a', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'b', rawName: '-b', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'out', rawName: '--out', index: 1, value: 'o.txt', inlineValue: false },
  { kind: 'option', name: 'level', rawName: '--level', index: 3, value: '3', inlineValue: true },
  { kind: 'positional', index: 4, value: 'p1' },
  { kind: 'option-terminator', index: 5 },
  { kind: 'positional', index: 6, value: '-z' },
]);
assert.ok(Object.hasOwn(tokens[0], 'value'));

const short = parseArgs({
  args: ['-fx.txt'], options: { file: { type: 'string', short: 'f' } }, tokens: true,
});
assert.deepStrictEqual(short.tokens, [
  { kind: 'option', name: 'file', rawName: '-f', index: 0, value: 'x.txt', inlineValue: true },
]);
