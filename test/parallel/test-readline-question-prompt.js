'use strict';
// prompt() and question() write to output; the answer goes to the question
// callback instead of 'line', and the old prompt comes back.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl.getPrompt(), '$ ');
const lines = [];
const answers = [];
rl.on('line', (l) => lines.push(l));
rl.prompt();
rl.question('name? ', (a) => answers.push(a));
assert.strictEqual(rl.getPrompt(), 'name? ');
rl.question('ignored? ', () => assert.fail('second question'));  // re-prompts
input.write('ann\nbob\n');
assert.deepStrictEqual(answers, ['ann']);
assert.deepStrictEqual(lines, ['bob']);
assert.strictEqual(rl.getPrompt(), '$ ');
rl.setPrompt('>> ');
rl.prompt();
assert.deepStrictEqual(rl.getCursorPos(), { cols: 3, rows: 0 });
rl.close();
assert.strictEqual(written, '$ name? name? >> ');

// question(query, { signal }): aborting cancels it and writes '\r\n'.
const out2 = new PassThrough();
let w2 = '';
out2.on('data', (d) => { w2 += d; });
const in2 = new PassThrough();
const rl2 = readline.createInterface({ input: in2, output: out2 });
const ac = new AbortController();
const got = [];
rl2.on('line', (l) => got.push(`line:${l}`));
rl2.question('q? ', { signal: ac.signal }, (a) => got.push(`answer:${a}`));
ac.abort();
in2.write('late\n');
assert.deepStrictEqual(got, ['line:late']);
assert.strictEqual(w2, 'q? \r\n');
assert.strictEqual(rl2.getPrompt(), '> ');
// An already aborted signal asks nothing.
rl2.question('never', { signal: AbortSignal.abort() }, () => assert.fail());
in2.write('x\n');
assert.deepStrictEqual(got, ['line:late', 'line:x']);
rl2.close();
