'use strict';

// stream.Duplex: a Readable that is also a Writable (both states on one
// object), plus Duplex.from().

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { kOnConstructed } = require('internal/streams/utils');
const { notImplemented } = require('internal/errors');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  if (this._events === undefined) {
    this._events = {
      __proto__: null,
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    Readable[kOnConstructed](this);
    Writable[kOnConstructed](this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// Destroying a duplex also fails its queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

for (const key of ['writable', 'writableHighWaterMark', 'writableObjectMode',
  'writableBuffer', 'writableLength', 'writableFinished', 'writableCorked',
  'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, key,
                        Object.getOwnPropertyDescriptor(Writable.prototype, key));
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = !!value;
      this._writableState.destroyed = !!value;
    }
  },
  enumerable: false,
  configurable: true,
});

let duplexify;
Duplex.from = function(body) {
  if (duplexify === undefined) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Duplex.fromWeb = function() {
  throw notImplemented('stream.Duplex.fromWeb');
};
Duplex.toWeb = function() {
  throw notImplemented('stream.Duplex.toWeb');
};

module.exports = Duplex;
