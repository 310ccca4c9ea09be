'use strict';

// highWaterMark and defaultEncoding option parsing shared by Readable and
// Writable.

const { validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `duplexKey` is readableHighWaterMark/writableHighWaterMark: a duplex side
// may have its own, the plain highWaterMark wins when both are given.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// options.defaultEncoding: utf8 when absent, else a known encoding.
function getDefaultEncoding(options) {
  const encoding = options ? options.defaultEncoding : undefined;
  if (encoding == null) return 'utf8';
  if (!require('buffer').Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  return encoding;
}

module.exports = {
  getDefaultEncoding,
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
