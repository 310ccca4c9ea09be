'use strict';
// Readable iterator helpers: map/filter/flatMap/drop/take return streams;
// toArray/reduce/some/every/find/forEach return promises.
const assert = require('assert');
const { Readable } = require('stream');

async function main() {
  const from = (a) => Readable.from(a);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray(),
                         [4, 6, 8]);
  assert.ok(from([1]).map((x) => x) instanceof Readable);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).drop(1).take(2).toArray(), [2, 3]);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await from([1, 2, 3]).some((x) => x > 2), true);
  assert.strictEqual(await from([1, 2, 3]).every((x) => x > 2), false);
  assert.strictEqual(await from([1, 2, 3]).find((x) => x > 1), 2);
  const seen = [];
  assert.strictEqual(await from([1, 2]).forEach((x) => seen.push(x)), undefined);
  assert.deepStrictEqual(seen, [1, 2]);

  // Results keep input order whatever the completion order.
  const delays = [5, 1, 3, 0];
  const mapped = await from(delays).map(async (d) => {
    await new Promise((res) => setTimeout(res, d));
    return d;
  }, { concurrency: 4 }).toArray();
  assert.deepStrictEqual(mapped, delays);

  await assert.rejects(from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  await assert.rejects(from([1, 2]).map((x) => { if (x === 2) throw new Error('map2'); return x; }).toArray(),
                       { message: 'map2' });
  assert.throws(() => from([1]).map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => from([1]).map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => from([1]).drop(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
}

process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
