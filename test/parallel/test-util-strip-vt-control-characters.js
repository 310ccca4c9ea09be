'use strict';
// util.stripVTControlCharacters removes ANSI escape codes only.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1m\u001b[4mx\u001b[24m\u001b[22m y'), 'x y');
assert.strictEqual(util.stripVTControlCharacters('a\u001b[2Kb\u001b[1Gc'), 'abc');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;https://e.org\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('\u001b[38;5;196mz\u001b[0m'), 'z');
assert.strictEqual(util.stripVTControlCharacters('plain [31m text'), 'plain [31m text');
assert.throws(() => util.stripVTControlCharacters(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (5)',
});
