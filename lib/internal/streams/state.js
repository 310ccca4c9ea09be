'use strict';

// What the Readable and Writable sides share: the buffer limit
// (highWaterMark), the default string encoding, and telling whether a
// stream is a Duplex (whose options may differ per side).

const { validateInteger } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

// Process-wide defaults, changeable with stream.setDefaultHighWaterMark().
// Node 22 buffers 64 KiB of bytes, or 16 objects in object mode.
const defaults = { bytes: 64 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaults.objects : defaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  defaults[objectMode ? 'objects' : 'bytes'] = value;
}

// A Duplex side may be sized on its own (readableHighWaterMark or
// writableHighWaterMark, passed as `sideKey`); a plain highWaterMark
// applies to both sides and takes precedence.
function getHighWaterMark(state, options, sideKey, isDuplex) {
  let limit = options.highWaterMark;
  if ((limit === null || limit === undefined) && isDuplex) limit = options[sideKey];
  if (limit === null || limit === undefined) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${sideKey}` : 'options.highWaterMark',
                                    limit);
  }
  return limit;
}

let Buffer;
// options.defaultEncoding, 'utf8' when not given.
function getDefaultEncoding(options) {
  const encoding = options ? options.defaultEncoding : undefined;
  if (encoding === null || encoding === undefined) return 'utf8';
  Buffer ??= require('buffer').Buffer;
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  return encoding;
}

let Duplex;  // loaded on first use: duplex.js requires both sides
function isDuplexInstance(stream) {
  Duplex ??= require('internal/streams/duplex');
  return stream instanceof Duplex;
}

module.exports = {
  isDuplexInstance,
  getDefaultEncoding,
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
