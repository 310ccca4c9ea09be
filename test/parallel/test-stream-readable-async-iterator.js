'use strict';
// for await over a Readable: yields chunks, ends on EOF, rethrows the stream
// error, and destroys the stream on break unless destroyOnReturn is false.
const assert = require('assert');
const { Readable } = require('stream');

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 1);
  const got = [];
  for await (const x of r) got.push(x);
  assert.deepStrictEqual(got, [1, 2, 3]);

  const r2 = new Readable({ read() {} });
  r2.push('a');
  setTimeout(() => r2.destroy(new Error('iter fail')), 1);
  await assert.rejects(async () => {
    for await (const x of r2) assert.strictEqual(x.toString(), 'a');
  }, { message: 'iter fail' });

  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push('x');
  r3.push('y');
  for await (const x of r3) { assert.strictEqual(x, 'x'); break; }
  assert.strictEqual(r3.destroyed, true);

  const r4 = new Readable({ objectMode: true, read() {} });
  r4.push('x');
  r4.push('y');
  for await (const x of r4.iterator({ destroyOnReturn: false })) { assert.strictEqual(x, 'x'); break; }
  assert.strictEqual(r4.destroyed, false);
  assert.strictEqual(r4.read(), 'y');

  assert.throws(() => r4.iterator(5), { code: 'ERR_INVALID_ARG_TYPE' });
}

// Fails unless main() runs to the end (a hang would otherwise exit 0).
process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
