'use strict';
// for await over an Interface: lines emitted before the loop starts are kept,
// more than 1024 unread lines pause the input until they are read, 'close'
// ends the loop, and the iterator is the same object every time.
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  const it = rl[Symbol.asyncIterator]();
  assert.strictEqual(rl[Symbol.asyncIterator](), it);
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  input.write(Array.from({ length: 1500 }, (_, i) => `l${i}\n`).join(''));
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepStrictEqual(events, ['pause']);
  assert.strictEqual(input.isPaused(), true);
  const wm = it[Symbol.for('nodejs.watermarkData')];
  assert.deepStrictEqual({ ...wm }, { size: 1500, low: 1, high: 1024, isPaused: true });
  let n = 0;
  for await (const line of it) {
    assert.strictEqual(line, n < 1500 ? `l${n}` : 'last');
    n++;
    if (n === 1500) {
      assert.deepStrictEqual(events, ['pause', 'resume']);
      input.end('last');
    }
  }
  assert.strictEqual(n, 1501);
  assert.strictEqual(rl.closed, true);

  // Chunks in awkward places, \r\n split, no trailing newline.
  const lines = [];
  const rl2 = readline.createInterface({
    input: Readable.from(['a\r', '\nb', '', '\n\nc\r', '\r\nd']), crlfDelay: Infinity,
  });
  for await (const l of rl2) lines.push(l);
  assert.deepStrictEqual(lines, ['a', 'b', '', 'c', '', 'd']);

  // An input error rejects the loop after the lines read before it.
  const in3 = new PassThrough();
  const rl3 = readline.createInterface({ input: in3 });
  setTimeout(() => {
    in3.write('q\n');
    in3.destroy(new Error('boom'));
  }, 1);
  const got = [];
  await assert.rejects(async () => {
    for await (const l of rl3) got.push(l);
  }, { message: 'boom' });
  assert.deepStrictEqual(got, ['q']);

  // break stops listening but does not close the Interface.
  const in4 = new PassThrough();
  const rl4 = readline.createInterface({ input: in4 });
  const it4 = rl4[Symbol.asyncIterator]();
  in4.write('1\n2\n');
  for await (const l of it4) {
    assert.strictEqual(l, '1');
    break;
  }
  assert.strictEqual(rl4.closed, undefined);
  assert.strictEqual(rl4.listenerCount('line'), 0);
  rl4.close();
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
