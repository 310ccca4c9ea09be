'use strict';
// The WHATWG stream classes are globals, as in node 22: the same objects as
// node:stream/web's exports, non-enumerable, writable and configurable.
const assert = require('assert');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream',
];

for (const name of names) {
  assert(!Object.keys(globalThis).includes(name), name);
  const value = globalThis[name];
  assert.strictEqual(typeof value, 'function', name);
  assert.strictEqual(value.name, name);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, name), {
    value, writable: true, enumerable: false, configurable: true,
  });
}

const web = require('stream/web');
for (const name of names) assert.strictEqual(globalThis[name], web[name], name);

// A program may replace them.
globalThis.WritableStream = 1;
assert.strictEqual(WritableStream, 1);
Object.defineProperty(globalThis, 'TransformStream', { value: 2 });
assert.strictEqual(TransformStream, 2);

// Used without a require.
(async () => {
  const chunks = [];
  await new ReadableStream({
    start(c) { c.enqueue('x'); c.close(); },
  }).pipeTo(new web.WritableStream({ write(chunk) { chunks.push(chunk); } }));
  assert.deepStrictEqual(chunks, ['x']);
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
