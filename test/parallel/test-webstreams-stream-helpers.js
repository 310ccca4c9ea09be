'use strict';
// node's stream helpers on web streams: finished() settles when a
// ReadableStream or WritableStream closes or errors, addAbortSignal()
// errors them, stream.isDisturbed()/isErrored()/isReadable() read them.
const assert = require('assert');
const { finished } = require('stream/promises');
const { addAbortSignal, isDisturbed, isErrored, isReadable } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');

(async () => {
  let controller;
  const readable = new ReadableStream({ start(c) { controller = c; } });
  assert.strictEqual(isDisturbed(readable), false);
  assert.strictEqual(isReadable(readable), true);
  const done = finished(readable);
  controller.enqueue('x');
  controller.close();
  const reader = readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  assert.strictEqual(isDisturbed(readable), true);
  await reader.read();
  await done;
  assert.strictEqual(isReadable(readable), false);

  const error = new Error('boom');
  const failing = new ReadableStream({ start(c) { c.error(error); } });
  await assert.rejects(finished(failing), error);
  assert.strictEqual(isErrored(failing), true);

  const writable = new WritableStream();
  const closed = finished(writable);
  await writable.close();
  await closed;
  const aborted = new WritableStream();
  const abortDone = finished(aborted);
  await aborted.abort(error);
  await assert.rejects(abortDone, error);

  // addAbortSignal errors the stream with an AbortError.
  const ac = new AbortController();
  const signalled = addAbortSignal(ac.signal, new ReadableStream());
  ac.abort('why');
  await assert.rejects(signalled.getReader().read(), { name: 'AbortError', cause: 'why' });
  const ac2 = new AbortController();
  const ws = addAbortSignal(ac2.signal, new WritableStream());
  ac2.abort();
  await assert.rejects(ws.getWriter().closed, { name: 'AbortError' });
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
