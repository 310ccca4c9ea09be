'use strict';
// stream/web ReadableStream with its default controller and reader: reads,
// queuing and pulls, cancel, releaseLock, tee, async iteration,
// ReadableStream.from, node's argument errors, brand checks and inspect
// output.
const assert = require('assert');
const { inspect } = require('util');
const {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  CountQueuingStrategy,
  TransformStream,
} = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }

// --- construction and argument errors ---------------------------------------------

assert.throws(() => new ReadableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new ReadableStream({ type: 'foo' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.type' is invalid. Received 'foo'",
});
assert.throws(() => new ReadableStream({ pull: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source.pull" property must be of type function. Received type number (1)',
});
assert.throws(() => new ReadableStream({ cancel: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new ReadableStream({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new ReadableStream({}, { highWaterMark: 'x' }), {
  name: 'RangeError',
  message: "The property 'strategy.highWaterMark' is invalid. Received NaN",
});
assert.throws(() => new ReadableStream({}, { size: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy.size" property must be of type function. Received type number (1)',
});
new ReadableStream({}, { highWaterMark: '1' });
new ReadableStream(undefined);
// null strategies and options are empty dictionaries.
new ReadableStream({}, null).getReader(null);
new ReadableStream().values(null).return();
// The strategy is read before the source, as WebIDL converts arguments.
assert.throws(() => new ReadableStream({
  get start() { throw new Error('boom1'); },
}, {
  get size() { throw new Error('boom2'); },
}), /boom2/);
// Accessors on Object.prototype do not see the streams' insides.
for (const name of ['type', 'object', 'state', 'reader', 'controller', 'queue']) {
  Object.defineProperty(Object.prototype, name, {
    get() { throw new Error(`get ${name}`); },
    set() { throw new Error(`set ${name}`); },
    configurable: true,
  });
}
try {
  // (A TransformStream reads no `type` from its transformer.)
  const { readable, writable } = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk); },
  });
  writable.getWriter().write(1);
  readable.getReader().read();
} finally {
  for (const name of ['type', 'object', 'state', 'reader', 'controller', 'queue']) {
    delete Object.prototype[name];
  }
}

// --- shape -------------------------------------------------------------------------

assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableStream.prototype),
                       ['constructor', 'locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo',
                        'tee', 'values']);
assert.deepStrictEqual(Object.keys(ReadableStream.prototype),
                       ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableStreamDefaultReader.prototype),
                       ['constructor', 'read', 'releaseLock', 'closed', 'cancel']);
assert.strictEqual(ReadableStream.length, 0);
assert.strictEqual(ReadableStream.from.length, 1);
assert.strictEqual(ReadableStream.prototype.pipeTo.length, 1);
assert.strictEqual(ReadableStream.prototype[Symbol.toStringTag], 'ReadableStream');
assert.throws(() => new ReadableStreamDefaultController(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});

// --- brand checks --------------------------------------------------------------------

const invalidThis = (type) => ({
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: `Value of "this" must be of type ${type}`,
});
assert.throws(() => ReadableStream.prototype.getReader.call({}), invalidThis('ReadableStream'));
assert.throws(() => Reflect.get(ReadableStream.prototype, 'locked', {}),
              invalidThis('ReadableStream'));
test(() => assert.rejects(ReadableStream.prototype.cancel.call({}), invalidThis('ReadableStream')));
test(() => assert.rejects(ReadableStreamDefaultReader.prototype.read.call({}),
                          invalidThis('ReadableStreamDefaultReader')));
test(() => assert.rejects(Reflect.get(ReadableStreamDefaultReader.prototype, 'closed', {}),
                          invalidThis('ReadableStreamDefaultReader')));

// --- inspect ---------------------------------------------------------------------------

{
  const stream = new ReadableStream();
  assert.strictEqual(inspect(stream),
                     "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
  const reader = stream.getReader();
  assert.strictEqual(inspect(reader), `ReadableStreamDefaultReader {
  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },
  readRequests: 0,
  close: Promise { <pending> }
}`);
  assert.strictEqual(inspect({ a: { b: { c: stream } } }), '{ a: { b: { c: undefined } } }');
  assert.strictEqual(inspect(stream, { depth: -1 }), 'undefined');
  let controller;
  new ReadableStream({ start(c) { controller = c; } });
  assert.strictEqual(inspect(controller), 'ReadableStreamDefaultController {}');
  controller.error(new Error('x'));
}

// --- readers ---------------------------------------------------------------------------

{
  const stream = new ReadableStream();
  assert.strictEqual(stream.locked, false);
  const reader = stream.getReader();
  assert.strictEqual(stream.locked, true);
  assert(reader instanceof ReadableStreamDefaultReader);
  assert.throws(() => stream.getReader(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
  });
  assert.throws(() => new ReadableStreamDefaultReader(stream), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => new ReadableStreamDefaultReader({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream. ' +
             'Received an instance of Object',
  });
  assert.throws(() => stream.getReader({ mode: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.mode' is invalid. Received 'x'",
  });
  assert.throws(() => stream.getReader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(reader.closed, reader.closed);
  test(async () => {
    const pending = reader.read();
    const closed = reader.closed;
    reader.releaseLock();
    reader.releaseLock();  // no-op once released
    assert.strictEqual(stream.locked, false);
    await assert.rejects(pending, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
    await assert.rejects(closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
    await assert.rejects(reader.read(), {
      code: 'ERR_INVALID_STATE', message: 'Invalid state: The reader is not attached to a stream',
    });
    await assert.rejects(reader.cancel(), { code: 'ERR_INVALID_STATE' });
  });
}

test(async () => {
  // Chunks queue up to the high water mark, then pull() waits for reads.
  let pulls = 0;
  const stream = new ReadableStream({
    start(c) {
      assert.strictEqual(c.desiredSize, 2);
      c.enqueue('a');
      assert.strictEqual(c.desiredSize, 1);
    },
    pull(c) {
      pulls++;
      c.enqueue(pulls);
      if (pulls === 3) c.close();
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const reader = stream.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 2, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 3, done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(await reader.closed, undefined);
  assert.strictEqual(pulls, 3);
  assert.strictEqual(inspect(stream),
                     "ReadableStream { locked: true, state: 'closed', supportsBYOB: false }");
});

test(async () => {
  // Controller errors after close, size() errors and thrown strategies.
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } }, {
    size(chunk) {
      if (chunk === 'bad') throw new Error('size');
      return chunk === 'neg' ? -1 : 1;
    },
  });
  assert.throws(() => controller.enqueue('neg'), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received -1",
  });
  assert.strictEqual(controller.desiredSize, null);
  await assert.rejects(stream.getReader().read(), { name: 'RangeError' });
  assert.throws(() => controller.enqueue(1), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  assert.throws(() => controller.close(), { code: 'ERR_INVALID_STATE' });
});

test(async () => {
  const error = new Error('boom');
  const stream = new ReadableStream({ start(c) { c.error(error); } });
  const reader = stream.getReader();
  await assert.rejects(reader.read(), error);
  await assert.rejects(reader.closed, error);
  await assert.rejects(stream.cancel(), { code: 'ERR_INVALID_STATE' });  // locked
  reader.releaseLock();
  await assert.rejects(stream.cancel(), error);
});

test(async () => {
  // A start() that rejects errors the stream; pull() is not called.
  const stream = new ReadableStream({
    start() { return Promise.reject(new Error('start')); },
    pull: () => assert.fail('pull'),
  });
  await assert.rejects(stream.getReader().closed, { message: 'start' });
});

test(async () => {
  // cancel(): the reason reaches the source; pending reads end.
  let reason;
  const stream = new ReadableStream({ cancel(r) { reason = r; return 'ignored'; } });
  const reader = stream.getReader();
  const read = reader.read();
  assert.strictEqual(await reader.cancel('why'), undefined);
  assert.strictEqual(reason, 'why');
  assert.deepStrictEqual(await read, { value: undefined, done: true });
  await reader.closed;
  const failing = new ReadableStream({ cancel() { throw new Error('cancel'); } });
  await assert.rejects(failing.cancel(), { message: 'cancel' });
});

// --- tee ---------------------------------------------------------------------------------

test(async () => {
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.enqueue(2);
      c.close();
    },
  });
  const [a, b] = stream.tee();
  assert.strictEqual(stream.locked, true);
  assert.throws(() => stream.tee(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  const all = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  assert.deepStrictEqual(await Promise.all([all(a), all(b)]), [[1, 2], [1, 2]]);
});

test(async () => {
  // The source is canceled with both reasons once both branches are.
  let reason;
  const stream = new ReadableStream({ cancel(r) { reason = r; } });
  const [a, b] = stream.tee();
  const first = a.cancel('a');
  await b.cancel('b');
  await first;
  assert.deepStrictEqual(reason, ['a', 'b']);
});

test(async () => {
  const error = new Error('tee');
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } });
  const [a, b] = stream.tee();
  controller.error(error);
  await assert.rejects(a.getReader().closed, error);
  await assert.rejects(b.getReader().closed, error);
});

// --- async iteration ---------------------------------------------------------------------

test(async () => {
  const stream = new ReadableStream({
    start(c) {
      for (let i = 0; i < 5; i++) c.enqueue(i);
      c.close();
    },
  });
  const seen = [];
  for await (const chunk of stream) seen.push(chunk);
  assert.deepStrictEqual(seen, [0, 1, 2, 3, 4]);
  assert.strictEqual(stream.locked, false);
});

test(async () => {
  // Leaving the loop early cancels the stream, unless preventCancel.
  let canceled = 0;
  const make = () => new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel() { canceled++; },
  });
  const one = make();
  for await (const chunk of one) { assert.strictEqual(chunk, 'x'); break; }
  assert.strictEqual(canceled, 1);
  assert.strictEqual(one.locked, false);
  const two = make();
  for await (const chunk of two.values({ preventCancel: true })) { assert.strictEqual(chunk, 'x'); break; }
  assert.strictEqual(canceled, 1);
  assert.strictEqual(two.locked, false);
  assert.deepStrictEqual(await two.getReader().read(), { value: 'x', done: false });
  assert.throws(() => two.values(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => make().values(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test(async () => {
  // Errors surface from next(); return() after the end keeps its value.
  const error = new Error('iter');
  const stream = new ReadableStream({ start(c) { c.error(error); } });
  const iterator = stream.values();
  await assert.rejects(iterator.next(), error);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.deepStrictEqual(await iterator.return('v'), { value: 'v', done: true });
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert(AsyncIteratorPrototype.isPrototypeOf(iterator));
});

// --- ReadableStream.from --------------------------------------------------------------------

test(async () => {
  const all = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  assert.deepStrictEqual(await all(ReadableStream.from([1, Promise.resolve(2), 3])), [1, 2, 3]);
  async function* gen() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await all(ReadableStream.from(gen())), ['a', 'b']);
  assert.throws(() => ReadableStream.from({}), {
    name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: '{} must be iterable',
  });
  assert.throws(() => ReadableStream.from(1), { code: 'ERR_ARG_NOT_ITERABLE', message: '1 must be iterable' });
  assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]() { return 1; } }), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The iterator method must return an object',
  });
  // Canceling calls the iterator's return().
  let returned;
  const iterable = {
    [Symbol.iterator]() {
      return { next: () => ({ value: 1, done: false }), return(v) { returned = v; return {}; } };
    },
  };
  const reader = ReadableStream.from(iterable).getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await reader.cancel('stop');
  assert.strictEqual(returned, 'stop');
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
