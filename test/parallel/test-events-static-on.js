'use strict';
// events.on() async iterator: buffered events, errors, close events,
// return(), abort and validation.
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  ee.emit('foo', 1);
  ee.emit('foo', 2, 3);
  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  assert.deepStrictEqual(await it.next(), { value: [2, 3], done: false });
  const pending = it.next();
  ee.emit('foo', 4);
  assert.deepStrictEqual(await pending, { value: [4], done: false });
  ee.emit('error', new Error('iter error'));
  await assert.rejects(it.next(), { message: 'iter error' });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
  assert.throws(() => it.throw('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
             "Received type string ('x')",
  });

  const it2 = on(ee, 'bar', { close: ['end'] });
  ee.emit('bar', 'a');
  ee.emit('end');
  ee.emit('bar', 'b');
  assert.deepStrictEqual(await it2.next(), { value: ['a'], done: false });
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });

  const ac = new AbortController();
  const it3 = on(ee, 'q', { signal: ac.signal });
  const p3 = it3.next();
  ac.abort();
  await assert.rejects(p3, { name: 'AbortError', message: 'The operation was aborted' });
  assert.throws(() => on(ee, 'q', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(ee, 'q', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. ' +
             'It must be >= 1 && <= 9007199254740991. Received 0',
  });

  const collected = [];
  process.nextTick(() => { ee.emit('r', 1); ee.emit('r', 2); ee.emit('r', 3); });
  for await (const [v] of on(ee, 'r')) {
    collected.push(v);
    if (v === 3) break;
  }
  assert.deepStrictEqual(collected, [1, 2, 3]);
  assert.strictEqual(ee.listenerCount('r'), 0);
})().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
