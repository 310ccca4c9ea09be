'use strict';
// stream/web TransformStream and its controller, and the two queuing
// strategies: identity and custom transforms, flush, terminate, errors and
// cancel/abort going through, backpressure, node's argument errors and
// inspect output.
const assert = require('assert');
const { inspect } = require('util');
const {
  TransformStream,
  TransformStreamDefaultController,
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
} = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }

async function readAll(readable) {
  const out = [];
  for await (const chunk of readable) out.push(chunk);
  return out;
}

// --- queuing strategies --------------------------------------------------------------

{
  const count = new CountQueuingStrategy({ highWaterMark: 3 });
  assert.strictEqual(count.highWaterMark, 3);
  assert.strictEqual(count.size(), 1);
  assert.strictEqual(count.size, new CountQueuingStrategy({ highWaterMark: 1 }).size);
  assert.strictEqual(count.size.name, 'size');
  assert.strictEqual(inspect(count), 'CountQueuingStrategy { highWaterMark: 3 }');
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: '16' });
  assert.strictEqual(bytes.highWaterMark, 16);
  assert.strictEqual(bytes.size(new Uint8Array(5)), 5);
  assert.strictEqual(bytes.size.call(undefined, { byteLength: 7 }), 7);
  assert.strictEqual(bytes.size.length, 1);
  assert.strictEqual(inspect(bytes), 'ByteLengthQueuingStrategy { highWaterMark: 16 }');
  assert.strictEqual(new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark, -1);
  assert.deepStrictEqual(Object.keys(CountQueuingStrategy.prototype), ['highWaterMark', 'size']);
  assert.deepStrictEqual(Object.keys(count), []);
  assert.throws(() => new CountQueuingStrategy(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init" argument must be of type object. Received undefined',
  });
  assert.throws(() => new ByteLengthQueuingStrategy({}), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION', message: 'init.highWaterMark is required',
  });
  assert.throws(() => Reflect.get(CountQueuingStrategy.prototype, 'highWaterMark', {}), {
    name: 'TypeError', message: /Cannot read private member #state/,
  });
}

// --- TransformStream ----------------------------------------------------------------

assert.throws(() => new TransformStream({ transform: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "transformer.transform" property must be of type function. Received type number (1)',
});
assert.throws(() => new TransformStream({ flush: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'transformer.readableType' is invalid. Received 'bytes'",
});
assert.throws(() => new TransformStream({ writableType: 'bytes' }), { name: 'RangeError' });
assert.throws(() => new TransformStream({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "writableStrategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TransformStream({}, {}, 1), {
  message: 'The "readableStrategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TransformStream({}, { highWaterMark: -1 }), { name: 'RangeError' });
assert.throws(() => new TransformStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => Reflect.get(TransformStream.prototype, 'readable', {}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TransformStream',
});
assert.throws(() => TransformStreamDefaultController.prototype.enqueue.call({}), {
  code: 'ERR_INVALID_THIS',
});
assert.deepStrictEqual(Object.getOwnPropertyNames(TransformStreamDefaultController.prototype),
                       ['constructor', 'desiredSize', 'enqueue', 'error', 'terminate']);
assert.strictEqual(inspect(new TransformStream()), `TransformStream {
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' },
  backpressure: true
}`);

test(async () => {
  // The identity transform.
  const { readable, writable } = new TransformStream();
  const writer = writable.getWriter();
  writer.write('a');
  writer.write('b');
  writer.close();
  assert.deepStrictEqual(await readAll(readable), ['a', 'b']);
});

test(async () => {
  // transform() may enqueue any number of chunks; flush() adds the last.
  const ts = new TransformStream({
    start(controller) {
      assert.strictEqual(controller.desiredSize, 0);
    },
    transform(chunk, controller) {
      for (const ch of chunk) controller.enqueue(ch);
    },
    flush(controller) { controller.enqueue('end'); },
  });
  const writer = ts.writable.getWriter();
  const done = readAll(ts.readable);
  await writer.write('ab');
  await writer.write('');
  await writer.close();
  assert.deepStrictEqual(await done, ['a', 'b', 'end']);
});

test(async () => {
  // Backpressure: writes wait until the readable side is read from.
  let transformed = 0;
  const ts = new TransformStream({
    transform(chunk, controller) {
      transformed++;
      controller.enqueue(chunk);
    },
  }, undefined, { highWaterMark: 1 });
  const writer = ts.writable.getWriter();
  await writer.write(1);
  const second = writer.write(2);
  await new Promise(setImmediate);
  assert.strictEqual(transformed, 1);
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await second;
  assert.strictEqual(transformed, 2);
});

test(async () => {
  // terminate() closes the readable side and errors the writable one.
  let controller;
  const ts = new TransformStream({ start(c) { controller = c; } });
  const writer = ts.writable.getWriter();
  controller.enqueue('last');
  controller.terminate();
  assert.throws(() => controller.enqueue('more'), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Unable to enqueue',
  });
  await assert.rejects(writer.write('x'), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  });
  assert.deepStrictEqual(await readAll(ts.readable), ['last']);
});

test(async () => {
  // An error in transform() errors both sides.
  const error = new Error('transform');
  const ts = new TransformStream({ transform() { throw error; } });
  const writer = ts.writable.getWriter();
  await assert.rejects(writer.write('x'), error);
  await assert.rejects(ts.readable.getReader().read(), error);
  await assert.rejects(writer.closed, error);

  // controller.error() too.
  let controller;
  const other = new TransformStream({ start(c) { controller = c; } });
  controller.error(new Error('by controller'));
  await assert.rejects(other.writable.getWriter().ready, { message: 'by controller' });
  await assert.rejects(other.readable.getReader().closed, { message: 'by controller' });
});

test(async () => {
  // Canceling the readable side reaches transformer.cancel() and errors the
  // writable side with the reason; aborting the writable side too.
  const reasons = [];
  const ts = new TransformStream({ cancel(reason) { reasons.push(reason); } });
  await ts.readable.cancel('stop');
  await assert.rejects(ts.writable.getWriter().closed, (e) => e === 'stop');
  const other = new TransformStream({ cancel(reason) { reasons.push(reason); } });
  await other.writable.abort('abort');
  await assert.rejects(other.readable.getReader().closed, (e) => e === 'abort');
  assert.deepStrictEqual(reasons, ['stop', 'abort']);
});

test(async () => {
  // Strategies: a size() for the writable side.
  const ts = new TransformStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 10 }),
                                 new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ts.writable.getWriter();
  assert.strictEqual(writer.desiredSize, 10);
  writer.write(new Uint8Array(4));
  assert.strictEqual(writer.desiredSize, 6);
  await writer.ready;
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
