'use strict';

// duplexPair(): two Duplex streams where what is written to one is read
// from the other.

const Duplex = require('internal/streams/duplex');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kCallback = Symbol('kCallback');
const kOther = Symbol('kOther');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOther] = null;
  }

  setOther(other) {
    this[kOther] = other;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOther].push(chunk);
      this[kOther][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }

  _destroy(err, callback) {
    const other = this[kOther];
    if (err) other.destroy(err);
    else if (!other.destroyed) other.destroy();
    callback(err);
  }
}

function duplexPair(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0.setOther(side1);
  side1.setOther(side0);
  return [side0, side1];
}

module.exports = duplexPair;
