'use strict';

// stream.Transform: a Duplex whose readable side is computed from what is
// written: _transform(chunk, encoding, done) per chunk, _flush(done) at the
// end. Backpressure: a chunk's `done` is held back while the readable side
// is full, and released by the next _read().

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// The write callback parked until the reader makes room.
const kParked = Symbol('transform.parkedCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable side that buffers nothing needs a writable side that
  // buffers nothing, or the writer would never feel the backpressure.
  if (options && getHighWaterMark(this, options, 'readableHighWaterMark', true) === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark: 0,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Output is pushed from _write(), never synchronously from _read(), so
  // 'readable' needs no deferral.
  this._readableState.sync = false;
  this[kParked] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // A subclass may replace _final(); _flush() must still run.
  this.on('prefinish', flushUnlessFinalDoes);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

// Runs _flush() (when there is one) and ends the readable side.
function flushThenEnd(done) {
  const stream = this;
  const endReadable = (data) => {
    if (data !== null && data !== undefined) stream.push(data);
    stream.push(null);
    if (done) done();
  };
  if (typeof stream._flush !== 'function' || stream.destroyed) {
    endReadable(null);
    return;
  }
  stream._flush((err, data) => {
    if (!err) {
      endReadable(data);
    } else if (done) {
      done(err);
    } else {
      stream.destroy(err);
    }
  });
}

function flushUnlessFinalDoes() {
  if (this._final !== flushThenEnd) flushThenEnd.call(this);
}

Transform.prototype._final = flushThenEnd;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const readSide = this._readableState;
  const writeSide = this._writableState;
  const queuedBefore = readSide.length;

  this._transform(chunk, encoding, (err, output) => {
    if (err) {
      callback(err);
      return;
    }
    if (output !== null && output !== undefined) this.push(output);

    if (readSide.ended) {
      // The transform ended its output early: complete the write a tick
      // later so that a pipe into this stream notices and stops.
      process.nextTick(callback);
      return;
    }
    const roomLeft = readSide.length < readSide.highWaterMark;
    if (writeSide.ended || roomLeft || readSide.length === queuedBefore) {
      callback();
    } else {
      this[kParked] = callback;
    }
  });
};

Transform.prototype._read = function _read() {
  const parked = this[kParked];
  if (parked === null) return;
  this[kParked] = null;
  parked();
};

module.exports = Transform;
