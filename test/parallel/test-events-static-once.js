'use strict';
// events.once() resolves with the arguments, rejects on 'error', supports
// EventTarget and AbortSignal, and cleans up its listeners.
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('x', 1, 2));
  assert.deepStrictEqual(await once(ee, 'x'), [1, 2]);
  assert.strictEqual(ee.listenerCount('x'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  const p = once(ee, 'y');
  const err = new Error('bad');
  ee.emit('error', err);
  await assert.rejects(p, (e) => e === err);
  assert.strictEqual(ee.listenerCount('y'), 0);

  const pe = once(ee, 'error');
  ee.emit('error', 'as value');
  assert.deepStrictEqual(await pe, ['as value']);

  const et = new EventTarget();
  const pt = once(et, 'foo');
  const ev = new Event('foo');
  et.dispatchEvent(ev);
  assert.deepStrictEqual(await pt, [ev]);

  const ac = new AbortController();
  ac.abort('why');
  await assert.rejects(once(ee, 'z', { signal: ac.signal }), {
    name: 'AbortError', code: 'ABORT_ERR', message: 'The operation was aborted', cause: 'why',
  });
  const ac2 = new AbortController();
  const pa = once(ee, 'z', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(pa, { name: 'AbortError' });
  assert.strictEqual(ee.listenerCount('z'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
  await assert.rejects(once(ee, 'z', { signal: 'nope' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             "Received type string ('nope')",
  });
})().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
