'use strict';
// stream/web WritableStream, its default writer and controller: writes in
// order, backpressure through desiredSize and ready, close, abort (and the
// controller's signal), errors, node's argument errors, brand checks and
// inspect output.
const assert = require('assert');
const { inspect } = require('util');
const {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  CountQueuingStrategy,
} = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

assert.throws(() => new WritableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink" argument must be of type object. Received type number (1)',
});
assert.throws(() => new WritableStream({ type: 'bytes' }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' is invalid. Received 'bytes'",
});
assert.throws(() => new WritableStream({ write: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink.write" property must be of type function. Received type number (1)',
});
assert.throws(() => new WritableStream({ close: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new WritableStream({ abort: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new WritableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError', message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new WritableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new WritableStreamDefaultWriter({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of WritableStream. Received an instance of Object',
});

assert.deepStrictEqual(Object.getOwnPropertyNames(WritableStream.prototype),
                       ['constructor', 'locked', 'abort', 'close', 'getWriter']);
assert.deepStrictEqual(Object.keys(WritableStreamDefaultWriter.prototype),
                       ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
assert.deepStrictEqual(Object.getOwnPropertyNames(WritableStreamDefaultController.prototype),
                       ['constructor', 'signal', 'error']);
assert.strictEqual(WritableStreamDefaultWriter.prototype[Symbol.toStringTag],
                   'WritableStreamDefaultWriter');

const invalidThis = (type) => ({
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: `Value of "this" must be of type ${type}`,
});
assert.throws(() => WritableStream.prototype.getWriter.call({}), invalidThis('WritableStream'));
assert.throws(() => Reflect.get(WritableStreamDefaultWriter.prototype, 'desiredSize', {}),
              invalidThis('WritableStreamDefaultWriter'));
assert.throws(() => WritableStreamDefaultController.prototype.error.call({}),
              invalidThis('WritableStreamDefaultController'));
test(() => assert.rejects(WritableStream.prototype.abort.call({}), invalidThis('WritableStream')));
test(() => assert.rejects(WritableStreamDefaultWriter.prototype.write.call({}),
                          invalidThis('WritableStreamDefaultWriter')));
test(() => assert.rejects(Reflect.get(WritableStreamDefaultWriter.prototype, 'ready', {}),
                          invalidThis('WritableStreamDefaultWriter')));

test(async () => {
  const chunks = [];
  let controller;
  const stream = new WritableStream({
    start(c) { controller = c; },
    async write(chunk, c) {
      assert.strictEqual(c, controller);
      chunks.push(chunk);
      await delay(1);
    },
    close() { chunks.push('closed'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  assert.strictEqual(inspect(stream), "WritableStream { locked: false, state: 'writable' }");
  assert.strictEqual(inspect(controller),
                     "WritableStreamDefaultController { stream: WritableStream { locked: false, state: 'writable' } }");
  const writer = stream.getWriter();
  assert.strictEqual(stream.locked, true);
  assert.throws(() => stream.getWriter(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked',
  });
  assert.strictEqual(writer.desiredSize, 2);
  const w1 = writer.write(1);
  const w2 = writer.write(2);
  assert.strictEqual(writer.desiredSize, 0);
  assert.strictEqual(inspect(writer), `WritableStreamDefaultWriter {
  stream: WritableStream { locked: true, state: 'writable' },
  close: Promise { <pending> },
  ready: Promise { <pending> },
  desiredSize: 0
}`);
  await w1;
  await writer.ready;
  // close() is queued behind the write in flight.
  const closing = writer.close();
  const lateWrite = writer.write(3);
  const secondClose = writer.close();
  await assert.rejects(lateWrite, {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed',
  });
  await assert.rejects(secondClose, { message: 'Invalid state: Failure to close WritableStream' });
  await w2;
  await closing;
  await writer.closed;
  assert.deepStrictEqual(chunks, [1, 2, 'closed']);
  assert.strictEqual(writer.desiredSize, 0);
  assert.strictEqual(inspect(stream), "WritableStream { locked: true, state: 'closed' }");
  writer.releaseLock();
  await assert.rejects(stream.close(), { message: 'Invalid state: WritableStream is closed' });
});

test(async () => {
  // Without a writer: close() and abort() on the stream itself.
  const events = [];
  const stream = new WritableStream({ close() { events.push('close'); } });
  const closing = stream.close();
  await assert.rejects(stream.close(), { message: 'Invalid state: Failure closing WritableStream' });
  await closing;
  assert.deepStrictEqual(events, ['close']);
  assert.strictEqual(await stream.abort('late'), undefined);
  const locked = new WritableStream();
  locked.getWriter();
  await assert.rejects(locked.close(), { message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(locked.abort(), { message: 'Invalid state: WritableStream is locked' });
});

test(async () => {
  // abort(): the controller's signal fires, queued writes fail with the
  // reason, the sink's abort() gets it.
  let controller;
  let abortReason;
  const stream = new WritableStream({
    start(c) { controller = c; },
    write() { return new Promise(() => {}); },
    abort(reason) { abortReason = reason; },
  });
  assert.strictEqual(controller.signal.aborted, false);
  const writer = stream.getWriter();
  await writer.ready;
  const first = writer.write('never done');
  const second = writer.write('queued');
  let signalReason;
  controller.signal.addEventListener('abort', () => { signalReason = controller.signal.reason; });
  const abort = writer.abort('why');
  assert.strictEqual(signalReason, 'why');
  assert.strictEqual(writer.desiredSize, null);
  await assert.rejects(second, (e) => e === 'why');
  await assert.rejects(writer.ready, (e) => e === 'why');
  assert.strictEqual(inspect(stream), "WritableStream { locked: true, state: 'erroring' }");
  // The in-flight write never finishes, so neither does the abort.
  const settled = await Promise.race([abort.then(() => 'settled'), delay(10).then(() => 'waiting')]);
  assert.strictEqual(settled, 'waiting');
  assert.strictEqual(abortReason, undefined);
  first.catch(() => {});
});

test(async () => {
  let abortReason;
  const stream = new WritableStream({ abort(reason) { abortReason = reason; } });
  const writer = stream.getWriter();
  await writer.abort('gone');
  assert.strictEqual(abortReason, 'gone');
  await assert.rejects(writer.closed, (e) => e === 'gone');
  await assert.rejects(writer.write(1), (e) => e === 'gone');
  assert.strictEqual(inspect(stream), "WritableStream { locked: true, state: 'errored' }");
});

test(async () => {
  // Errors from the sink and from controller.error().
  const error = new Error('write failed');
  const failing = new WritableStream({ write() { throw error; } });
  const writer = failing.getWriter();
  await assert.rejects(writer.write('x'), error);
  await assert.rejects(writer.closed, error);
  await assert.rejects(writer.close(), error);

  let controller;
  const stream = new WritableStream({ start(c) { controller = c; } });
  const w = stream.getWriter();
  controller.error(new Error('boom'));
  controller.error(new Error('ignored'));
  await assert.rejects(w.write(1), { message: 'boom' });
  await assert.rejects(w.ready, { message: 'boom' });
  await assert.rejects(stream.getWriter === undefined ? null : w.closed, { message: 'boom' });
});

test(async () => {
  // Releasing a writer.
  const stream = new WritableStream();
  const writer = stream.getWriter();
  const closed = writer.closed;
  writer.releaseLock();
  writer.releaseLock();
  assert.strictEqual(stream.locked, false);
  await assert.rejects(closed, {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released',
  });
  await assert.rejects(writer.ready, { message: 'Invalid state: Writer has been released' });
  const unbound = { message: 'Invalid state: Writer is not bound to a WritableStream' };
  await assert.rejects(writer.write(1), unbound);
  await assert.rejects(writer.close(), unbound);
  await assert.rejects(writer.abort(), unbound);
  assert.throws(() => writer.desiredSize, unbound);
  const again = new WritableStreamDefaultWriter(stream);
  assert.strictEqual(again.desiredSize, 1);
});

test(async () => {
  // A size() that throws errors the stream; a zero high water mark starts
  // with backpressure.
  const stream = new WritableStream({}, { size() { throw new Error('size'); } });
  const writer = stream.getWriter();
  await assert.rejects(writer.write(1), { message: 'size' });
  const zero = new WritableStream({}, { highWaterMark: 0 }).getWriter();
  assert.strictEqual(zero.desiredSize, 0);
  assert.strictEqual(inspect(zero.ready), 'Promise { <pending> }');
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
