'use strict';

// TextEncoderStream and TextDecoderStream (WHATWG Encoding, "Interface
// mixin GenericTransformStream"): a TransformStream whose transformer runs
// the existing TextEncoder/TextDecoder.

const {
  captureNodeErrorStack,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const {
  attachSlots,
  defineInspect,
  optionalDictionary,
  privateSlots,
} = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate ending a chunk waits for the next one.
    let pendingHighSurrogate = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHighSurrogate + `${chunk}`;
        pendingHighSurrogate = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        // A lone high surrogate at the end is U+FFFD.
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
    attachSlots(this, 'TextEncoderStream', { transform });
  }

  get encoding() {
    privateSlots(this, 'TextEncoderStream', 'handle');
    return 'utf-8';
  }

  get readable() {
    return privateSlots(this, 'TextEncoderStream', 'transform').transform.readable;
  }

  get writable() {
    return privateSlots(this, 'TextEncoderStream', 'transform').transform.writable;
  }
}

// Chunks must be BufferSources; node words the error as its decoder does.
function checkInput(chunk) {
  if (ArrayBuffer.isView(chunk) || chunk instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
    return;
  }
  const error = new ERR_INVALID_ARG_TYPE('input', 'ArrayBuffer', chunk);
  Object.defineProperty(error, 'message', {
    __proto__: null,
    value: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
           'ArrayBufferView.',
    writable: true,
    enumerable: false,
    configurable: true,
  });
  captureNodeErrorStack(error, checkInput);
  throw error;
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = undefined) {
    options = optionalDictionary(options, 'options');
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        checkInput(chunk);
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text.length > 0) controller.enqueue(text);
      },
    });
    attachSlots(this, 'TextDecoderStream', { decoder, transform });
  }

  get encoding() {
    return privateSlots(this, 'TextDecoderStream', 'handle').decoder.encoding;
  }

  get fatal() {
    return privateSlots(this, 'TextDecoderStream', 'handle').decoder.fatal;
  }

  get ignoreBOM() {
    return privateSlots(this, 'TextDecoderStream', 'handle').decoder.ignoreBOM;
  }

  get readable() {
    return privateSlots(this, 'TextDecoderStream', 'transform').transform.readable;
  }

  get writable() {
    return privateSlots(this, 'TextDecoderStream', 'transform').transform.writable;
  }
}

function enumerable(Class, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, name, desc);
  }
}

enumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);
enumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);
defineInspect(TextEncoderStream, 'TextEncoderStream', (slots) => ({
  encoding: 'utf-8',
  readable: slots.transform.readable,
  writable: slots.transform.writable,
}), 'handle');
defineInspect(TextDecoderStream, 'TextDecoderStream', (slots) => ({
  encoding: slots.decoder.encoding,
  fatal: slots.decoder.fatal,
  ignoreBOM: slots.decoder.ignoreBOM,
  readable: slots.transform.readable,
  writable: slots.transform.writable,
}), 'handle');

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
