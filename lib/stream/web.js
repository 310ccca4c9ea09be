'use strict';

// node:stream/web. The WHATWG stream classes are not implemented in eddy
// yet: each export exists and throws ERR_NOT_IMPLEMENTED when used.

const { notImplemented } = require('internal/errors');

const names = [
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest',
  'ReadableByteStreamController',
  'ReadableStreamDefaultController',
  'TransformStream',
  'TransformStreamDefaultController',
  'WritableStream',
  'WritableStreamDefaultWriter',
  'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
  'TextEncoderStream',
  'TextDecoderStream',
  'CompressionStream',
  'DecompressionStream',
];

function makeStub(name) {
  const stub = {
    [name]: class {
      constructor() {
        throw notImplemented(`stream/web.${name}`);
      }
    },
  }[name];
  return stub;
}

for (const name of names) module.exports[name] = makeStub(name);
