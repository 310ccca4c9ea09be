'use strict';

// node:stream. For compatibility with code from before streams2, the module
// object is the base Stream class itself; the stream classes and helpers
// are attached to it as static properties.

const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const streamUtils = require('internal/streams/utils');
const hwm = require('internal/streams/state');
const finished = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');

// Promise flavours are loaded on first use (stream/promises requires this
// module's pieces, so it cannot be loaded eagerly).
let promiseApi;
const promiseApiLoaded = () => promiseApi ??= require('stream/promises');

// Assigned in the order Node 22 lists them on the module.
const api = {
  isDestroyed: streamUtils.isDestroyed,
  isDisturbed: streamUtils.isDisturbed,
  isErrored: streamUtils.isErrored,
  isReadable: streamUtils.isReadable,
  isWritable: streamUtils.isWritable,
  Readable: require('internal/streams/readable'),
  Writable: require('internal/streams/writable'),
  Duplex: require('internal/streams/duplex'),
  Transform: require('internal/streams/transform'),
  PassThrough: require('internal/streams/passthrough'),
  duplexPair: require('internal/streams/duplexpair'),
  pipeline,
  addAbortSignal: require('internal/streams/add-abort-signal').addAbortSignal,
  finished,
  destroy: require('internal/streams/destroy').destroyer,
  compose: require('internal/streams/compose'),
  setDefaultHighWaterMark: hwm.setDefaultHighWaterMark,
  getDefaultHighWaterMark: hwm.getDefaultHighWaterMark,
};
Object.assign(Stream, api);

Object.defineProperty(Stream, 'promises', {
  enumerable: true,
  configurable: true,
  get: promiseApiLoaded,
});

// util.promisify(pipeline) / util.promisify(finished) give the promise
// versions rather than a generic wrapper.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, name] of [[pipeline, 'pipeline'], [finished, 'finished']]) {
  Object.defineProperty(fn, promisifyCustom, {
    enumerable: true,
    get() { return promiseApiLoaded()[name]; },
  });
}

// `require('stream').Stream` is the module itself.
Stream.Stream = Stream;

// Small helpers some npm packages (readable-stream users) reach for.
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (view) =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength);

module.exports = Stream;
