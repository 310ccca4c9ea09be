'use strict';
// readline.Interface keeps the underscore names older code overrides:
// replacing rl._writeToOutput or rl._onLine changes what the Interface does.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough(), prompt: '% ' });
assert.strictEqual(rl._prompt, '% ');
assert.strictEqual(rl._line_buffer, undefined);
const written = [];
rl._writeToOutput = (s) => written.push(s);
rl.prompt();
assert.deepStrictEqual(written, ['% ']);
const seen = [];
rl._onLine = (line) => seen.push(line);
input.write('one\ntw');
assert.deepStrictEqual(seen, ['one']);
assert.strictEqual(rl._line_buffer, 'tw');
rl._normalWrite('o\n');
assert.deepStrictEqual(seen, ['one', 'two']);
assert.strictEqual(typeof rl._ttyWrite, 'function');
assert.strictEqual(rl._getCursorPos, rl.getCursorPos);
rl.close();
