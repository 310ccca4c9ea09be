'use strict';
// Readable.from over arrays, strings, async generators and promises;
// objectMode by default; null values and bad arguments are errors.
const assert = require('assert');
const { Readable } = require('stream');

async function main() {
  const r = Readable.from([1, 2, 3]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  assert.deepStrictEqual(await r.toArray(), [1, 2, 3]);

  // A string is one chunk, not one per character.
  assert.deepStrictEqual(await Readable.from('abc').toArray(), ['abc']);

  async function* gen() { yield 'a'; await new Promise((res) => setTimeout(res, 1)); yield 'b'; }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);

  assert.deepStrictEqual(await Readable.from([Promise.resolve(1), 2]).toArray(), [1, 2]);

  const bytes = Readable.from(['x', 'y'], { objectMode: false });
  assert.strictEqual(bytes.readableObjectMode, false);
  assert.strictEqual(Buffer.concat(await bytes.toArray()).toString(), 'xy');

  await assert.rejects(Readable.from([1, null, 2]).toArray(), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });

  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // Destroying the stream closes the generator.
  let closed = false;
  function* g() { try { yield 1; yield 2; } finally { closed = true; } }
  const r2 = Readable.from(g());
  r2.once('data', () => r2.destroy());
  await new Promise((res) => r2.on('close', res));
  assert.strictEqual(closed, true);
}

// Fails unless main() runs to the end (a hang would otherwise exit 0).
process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
