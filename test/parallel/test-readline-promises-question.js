'use strict';
// readline/promises: question() resolves with the next line, rejects with an
// AbortError when its signal aborts (before or during), and rejects with
// ERR_USE_AFTER_CLOSE after close().
const assert = require('assert');
const readlinePromises = require('readline/promises');
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  assert.strictEqual(readline.promises, readlinePromises);
  assert.deepStrictEqual(Object.keys(readlinePromises), ['Interface', 'Readline', 'createInterface']);
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readlinePromises.createInterface({ input, output });
  assert.ok(rl instanceof readlinePromises.Interface);
  assert.ok(!(rl instanceof readline.Interface));

  const p = rl.question('who? ');
  input.write('me\n');
  assert.strictEqual(await p, 'me');

  const ac = new AbortController();
  const aborted = rl.question('x? ', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(aborted, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  await assert.rejects(rl.question('y? ', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.strictEqual(written, 'who? x? \r\n');

  rl.close();
  await assert.rejects(rl.question('z? '), {
    code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
  });

  // The callback Interface's question has a promisify.custom.
  const in2 = new PassThrough();
  const rl2 = readline.createInterface({ input: in2 });
  const q = require('util').promisify(rl2.question).call(rl2, 'q');
  in2.write('answer\n');
  assert.strictEqual(await q, 'answer');
  rl2.close();
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
