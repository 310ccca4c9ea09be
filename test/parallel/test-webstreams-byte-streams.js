'use strict';
// stream/web byte streams: ReadableByteStreamController,
// ReadableStreamBYOBReader and ReadableStreamBYOBRequest. Enqueued chunks
// and BYOB views are transferred, reads fill views (with options.min),
// autoAllocateChunkSize serves default readers, tee of a byte stream, and
// node's errors.
const assert = require('assert');
const { inspect } = require('util');
const {
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
} = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }

function byteStream(source = {}) {
  let controller;
  const stream = new ReadableStream({
    type: 'bytes',
    ...source,
    start(c) { controller = c; },
  });
  return [stream, controller];
}

assert.throws(() => new ReadableByteStreamController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new ReadableStreamBYOBRequest(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.size' is invalid. Received [Function: size]",
});
assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.autoAllocateChunkSize' is invalid. Received 0",
});
assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stream' must be a byte stream. Received ReadableStream " +
           "{ locked: false, state: 'readable', supportsBYOB: false }",
});
assert.throws(() => new ReadableStreamBYOBReader(new ReadableStream()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Reflect.get(ReadableByteStreamController.prototype, 'byobRequest', {}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableByteStreamController',
});
assert.throws(() => Reflect.get(ReadableStreamBYOBRequest.prototype, 'view', {}), {
  code: 'ERR_INVALID_THIS',
});
assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableByteStreamController.prototype),
                       ['constructor', 'byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableStreamBYOBRequest.prototype),
                       ['constructor', 'view', 'respond', 'respondWithNewView']);

{
  const [stream, controller] = byteStream();
  assert.strictEqual(inspect(stream),
                     "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
  assert.strictEqual(inspect(controller), 'ReadableByteStreamController {}');
  assert.strictEqual(controller.byobRequest, null);
  assert.strictEqual(controller.desiredSize, 0);
  assert.throws(() => controller.enqueue(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
             'Received type number (1)',
  });
  assert.throws(() => controller.enqueue(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
  });
  // enqueue() takes the chunk's buffer.
  const chunk = new Uint8Array([1, 2, 3]);
  controller.enqueue(chunk);
  assert.strictEqual(chunk.byteLength, 0);
  assert.strictEqual(chunk.buffer.detached, true);
  controller.close();
  // Closing is requested while bytes are queued.
  assert.throws(() => controller.close(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  assert.throws(() => controller.enqueue(new Uint8Array(1)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  const [closed, closedController] = byteStream();
  closedController.close();
  assert.throws(() => closedController.enqueue(new Uint8Array(1)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is already closed',
  });
  assert.strictEqual(inspect(closed), "ReadableStream { locked: false, state: 'closed', supportsBYOB: true }");
  test(async () => {
    const reader = stream.getReader();
    assert.deepStrictEqual(await reader.read(), { value: new Uint8Array([1, 2, 3]), done: false });
    assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  });
}

test(async () => {
  // A BYOB read is answered through byobRequest.respond().
  const [stream, controller] = byteStream();
  const reader = stream.getReader({ mode: 'byob' });
  assert(reader instanceof ReadableStreamBYOBReader);
  assert.strictEqual(inspect(reader), `ReadableStreamBYOBReader {
  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: true },
  readIntoRequests: 0,
  close: Promise { <pending> }
}`);
  const view = new Uint8Array(4);
  const read = reader.read(view);
  assert.strictEqual(view.buffer.detached, true);
  const request = controller.byobRequest;
  assert.strictEqual(controller.byobRequest, request);
  assert.deepStrictEqual(request.view, new Uint8Array(4));
  assert.throws(() => request.respond(5), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'bytesWritten' is invalid. Received 5",
  });
  assert.throws(() => request.respond(0), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  request.view[0] = 7;
  request.view[1] = 8;
  request.respond(2);
  assert.strictEqual(controller.byobRequest, null);
  assert.strictEqual(request.view, null);
  assert.throws(() => request.respond(1), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: This BYOB request has been invalidated',
  });
  const { value, done } = await read;
  assert.strictEqual(done, false);
  assert.deepStrictEqual(value, new Uint8Array([7, 8]));
  assert.strictEqual(value.buffer.byteLength, 4);
});

test(async () => {
  // Queued bytes fill views; typed arrays get whole elements; a DataView
  // works too; min waits for enough bytes.
  const [stream, controller] = byteStream();
  controller.enqueue(new Uint8Array([1, 2, 3]));
  const reader = stream.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint16Array(4));
  assert.deepStrictEqual(first, { value: new Uint16Array([0x0201]), done: false });
  const pending = reader.read(new Uint8Array(4), { min: 3 });
  controller.enqueue(new Uint8Array([4]));
  controller.enqueue(new Uint8Array([5]));
  const second = await pending;
  assert.deepStrictEqual(second.value, new Uint8Array([3, 4, 5]));
  controller.enqueue(new Uint8Array([9, 9]));
  const dv = await reader.read(new DataView(new ArrayBuffer(8)));
  assert(dv.value instanceof DataView);
  assert.strictEqual(dv.value.byteLength, 2);
  controller.close();
  assert.deepStrictEqual(await reader.read(new Uint8Array(2)), { value: new Uint8Array(0), done: true });
});

test(async () => {
  // read() argument errors.
  const [stream] = byteStream();
  const reader = stream.getReader({ mode: 'byob' });
  await assert.rejects(reader.read(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. ' +
             'Received type number (1)',
  });
  await assert.rejects(reader.read(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  await assert.rejects(reader.read(new Uint8Array(4), 1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(reader.read(new Uint8Array(4), { min: 0 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.min' must be greater than 0. Received 0",
  });
  await assert.rejects(reader.read(new Uint16Array(2), { min: 3 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.min" is out of range. It must be <= view.length. Received 3',
  });
  await assert.rejects(reader.read(new DataView(new ArrayBuffer(2)), { min: 3 }), {
    message: 'The value of "options.min" is out of range. It must be <= view.byteLength. Received 3',
  });
  await assert.rejects(ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)), {
    code: 'ERR_INVALID_THIS',
  });
  reader.releaseLock();
  await assert.rejects(reader.read(new Uint8Array(1)), {
    message: 'Invalid state: The reader is not attached to a stream',
  });
});

test(async () => {
  // Closing with a partly filled element errors the stream.
  const [stream, controller] = byteStream();
  controller.enqueue(new Uint8Array([1]));
  const reader = stream.getReader({ mode: 'byob' });
  const read = reader.read(new Uint16Array(1));
  assert.throws(() => controller.close(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Partial read',
  });
  await assert.rejects(read, { message: 'Invalid state: Partial read' });
});

test(async () => {
  // respondWithNewView() and its checks.
  const [stream, controller] = byteStream();
  const reader = stream.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(4));
  const request = controller.byobRequest;
  assert.throws(() => request.respondWithNewView(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => request.respondWithNewView(new Uint8Array(5)), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  const view = new Uint8Array(request.view.buffer, 0, 3);
  view.set([4, 5, 6]);
  request.respondWithNewView(view);
  assert.deepStrictEqual((await read).value, new Uint8Array([4, 5, 6]));
});

test(async () => {
  // autoAllocateChunkSize gives a default reader's pull a byobRequest.
  let pulls = 0;
  const stream = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(controller) {
      const request = controller.byobRequest;
      assert.strictEqual(request.view.byteLength, 8);
      request.view.set([++pulls, 0, 1]);
      request.respond(3);
      if (pulls === 2) controller.close();
    },
  });
  const reader = stream.getReader();
  const first = await reader.read();
  assert.deepStrictEqual(first.value, new Uint8Array([1, 0, 1]));
  assert.strictEqual(first.value.buffer.byteLength, 8);
  assert.deepStrictEqual((await reader.read()).value, new Uint8Array([2, 0, 1]));
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
});

test(async () => {
  // tee() of a byte stream gives byte streams with separate copies.
  const [stream, controller] = byteStream();
  const [a, b] = stream.tee();
  assert.strictEqual(inspect(a), "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
  controller.enqueue(new Uint8Array([1, 2]));
  controller.close();
  const ra = await a.getReader().read();
  const rb = await b.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  assert.deepStrictEqual(ra.value, new Uint8Array([1, 2]));
  assert.deepStrictEqual(rb.value, new Uint8Array([1, 2]));
  assert.notStrictEqual(ra.value.buffer, rb.value.buffer);
});

test(async () => {
  // Async iteration and cancel of a byte stream.
  const [stream, controller] = byteStream({ cancel(reason) { canceled = reason; } });
  let canceled;
  controller.enqueue(new Uint8Array([1]));
  for await (const chunk of stream) {
    assert.deepStrictEqual(chunk, new Uint8Array([1]));
    break;
  }
  assert.strictEqual(canceled, undefined);
  const [other] = byteStream({ cancel(reason) { canceled = reason; } });
  const reader = other.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(2));
  await reader.cancel('why');
  assert.strictEqual(canceled, 'why');
  assert.deepStrictEqual(await read, { value: undefined, done: true });
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
