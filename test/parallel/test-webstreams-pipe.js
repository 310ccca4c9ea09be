'use strict';
// stream/web pipeTo and pipeThrough: chunks in order with backpressure,
// closing and errors propagated both ways unless preventClose /
// preventAbort / preventCancel, an AbortSignal stopping the pipe, and
// node's argument errors.
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      if (!extra.keepOpen) c.close();
    },
    ...extra.source,
  });
}

function sink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('close'); },
    abort(reason) { log.push(['abort', reason]); },
    ...extra,
  });
}

test(async () => {
  const log = [];
  const readable = source([1, 2, 3]);
  const writable = sink(log);
  const piping = readable.pipeTo(writable);
  assert.strictEqual(readable.locked, true);
  assert.strictEqual(writable.locked, true);
  assert.strictEqual(await piping, undefined);
  assert.deepStrictEqual(log, [1, 2, 3, 'close']);
  assert.strictEqual(readable.locked, false);
  assert.strictEqual(writable.locked, false);
});

test(async () => {
  // preventClose leaves the destination open.
  const log = [];
  const writable = sink(log);
  await source(['a']).pipeTo(writable, { preventClose: true });
  assert.deepStrictEqual(log, ['a']);
  const writer = writable.getWriter();
  await writer.write('b');
  assert.deepStrictEqual(log, ['a', 'b']);
});

test(async () => {
  // A source error aborts the destination, unless preventAbort.
  const error = new Error('source');
  const errored = () => new ReadableStream({ start(c) { c.error(error); } });
  const log = [];
  await assert.rejects(errored().pipeTo(sink(log)), error);
  assert.deepStrictEqual(log, [['abort', error]]);
  const kept = [];
  const writable = sink(kept);
  await assert.rejects(errored().pipeTo(writable, { preventAbort: true }), error);
  assert.deepStrictEqual(kept, []);
  assert.strictEqual(writable.locked, false);
});

test(async () => {
  // A destination error cancels the source, unless preventCancel.
  const error = new Error('dest');
  let canceled;
  const readable = source([1], { keepOpen: true, source: { cancel(r) { canceled = r; } } });
  const failing = new WritableStream({ write() { throw error; } });
  await assert.rejects(readable.pipeTo(failing), error);
  assert.strictEqual(canceled, error);

  canceled = undefined;
  const kept = source([1], { keepOpen: true, source: { cancel(r) { canceled = r; } } });
  await assert.rejects(kept.pipeTo(new WritableStream({ write() { throw error; } }),
                                   { preventCancel: true }), error);
  assert.strictEqual(canceled, undefined);
  assert.strictEqual(kept.locked, false);
});

test(async () => {
  // A closed destination cancels the source with node's error.
  const writable = new WritableStream();
  await writable.close();
  let canceled;
  const readable = new ReadableStream({ cancel(r) { canceled = r; } });
  await assert.rejects(readable.pipeTo(writable), { name: 'TypeError', code: 'ERR_INVALID_STATE' });
  assert.strictEqual(canceled.code, 'ERR_INVALID_STATE');
});

test(async () => {
  // An AbortSignal: already aborted, or aborted while piping.
  const log = [];
  const ac = new AbortController();
  ac.abort();
  let canceled;
  const readable = new ReadableStream({ cancel(r) { canceled = r; } });
  await assert.rejects(readable.pipeTo(sink(log), { signal: ac.signal }), { name: 'AbortError' });
  assert.strictEqual(canceled.name, 'AbortError');
  assert.strictEqual(log[0][0], 'abort');

  const later = new AbortController();
  const kept = [];
  const endless = new ReadableStream({ pull(c) { c.enqueue('x'); } }, { highWaterMark: 0 });
  // Each write takes a turn of the event loop, so the timer gets to run.
  const writable = sink(kept, { write(chunk) { kept.push(chunk); return new Promise(setImmediate); } });
  const piping = endless.pipeTo(writable, { signal: later.signal, preventAbort: true, preventCancel: true });
  setTimeout(() => later.abort('stop'), 5);
  await assert.rejects(piping, (e) => e === 'stop');
  assert(kept.length > 0);
  assert(kept.every((chunk) => chunk === 'x'));
  assert.strictEqual(endless.locked, false);
  assert.strictEqual(writable.locked, false);
});

test(async () => {
  // Argument errors reject; pipeThrough throws them.
  const invalid = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' };
  await assert.rejects(new ReadableStream().pipeTo({}), {
    ...invalid,
    message: 'The "transform.writable" property must be an instance of WritableStream. ' +
             'Received an instance of Object',
  });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), 1), {
    ...invalid,
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
    ...invalid,
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(ReadableStream.prototype.pipeTo.call({}, new WritableStream()),
                       { code: 'ERR_INVALID_THIS' });
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await assert.rejects(new ReadableStream().pipeTo(lockedDest), {
    message: 'Invalid state: The WritableStream is locked',
  });
  assert.throws(() => new ReadableStream().pipeThrough({}), {
    ...invalid,
    message: 'The "transform.readable" property must be an instance of ReadableStream. Received undefined',
  });
  assert.throws(() => new ReadableStream().pipeThrough({ readable: new ReadableStream() }), {
    ...invalid,
    message: 'The "transform.writable" property must be an instance of WritableStream. Received undefined',
  });
  assert.throws(() => locked.pipeThrough(new TransformStream()), {
    message: 'Invalid state: The ReadableStream is locked',
  });
});

test(async () => {
  // pipeThrough gives the transform's readable side.
  const upper = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
  });
  const out = source(['a', 'b']).pipeThrough(upper);
  assert.strictEqual(out, upper.readable);
  const seen = [];
  for await (const chunk of out) seen.push(chunk);
  assert.deepStrictEqual(seen, ['A', 'B']);
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
