'use strict';
// util.parseEnv reads dotenv content; keys come out sorted.
const assert = require('assert');
const util = require('util');

const parsed = util.parseEnv([
  'B=2',
  '# comment',
  'export A=1',
  'QUOTED="x y"',
  "SINGLE='s'",
  'BACK=`b`',
  'NEWLINES="a\\nb"',
  'RAW=\'a\\nb\'',
  'MULTI="one',
  'two"',
  '  SPACED  =  v  ',
  'INLINE=value # trailing comment',
  'EMPTY=',
].join('\n'));
assert.deepStrictEqual(parsed, {
  A: '1', B: '2', BACK: 'b', EMPTY: '', INLINE: 'value', MULTI: 'one\ntwo',
  NEWLINES: 'a\nb', QUOTED: 'x y', RAW: 'a\\nb', SINGLE: 's', SPACED: 'v',
});
assert.deepStrictEqual(Object.keys(util.parseEnv('b=1\nB=2\na=3')), ['B', 'a', 'b']);
assert.deepStrictEqual(util.parseEnv('A=1\r\nB=2\r\n'), { A: '1', B: '2' });
assert.deepStrictEqual(util.parseEnv('A="unterminated\nB=2'), { A: '"unterminated', B: '2' });
assert.deepStrictEqual(util.parseEnv(''), {});
assert.throws(() => util.parseEnv(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});
