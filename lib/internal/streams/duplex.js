'use strict';

// stream.Duplex: one object carrying both a readable and a writable side.
// It inherits from Readable and borrows Writable's methods and accessors;
// each side keeps its own state object, so the two halves end (and can be
// switched off with readable:false / writable:false) independently.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const { construct } = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { kOnConstructed } = require('internal/streams/utils');

// Options that install an implementation method on the instance.
const kHooks = ['read', 'write', 'writev', 'destroy', 'final', 'construct'];

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Pre-shape the listener table with the events streams use most.
  this._events ??= {
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

  const readSide = new Readable.ReadableState(options, this, true);
  const writeSide = new Writable.WritableState(options, this, true);
  this._readableState = readSide;
  this._writableState = writeSide;
  this.allowHalfOpen = !options || options.allowHalfOpen !== false;

  if (options) {
    // A switched-off side starts out in its final state.
    if (options.readable === false) {
      readSide.readable = false;
      readSide.ended = readSide.endEmitted = true;
    }
    if (options.writable === false) {
      writeSide.writable = false;
      writeSide.ending = writeSide.ended = writeSide.finished = true;
    }
    for (const hook of kHooks) {
      if (typeof options[hook] === 'function') this[`_${hook}`] = options[hook];
    }
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  construct(this, () => {
    Readable[kOnConstructed](this);
    Writable[kOnConstructed](this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods (write, end, cork, ...) where Readable has none.
for (const name of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[name]) Duplex.prototype[name] = Writable.prototype[name];
}
// Writable's destroy() also fails the queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

// The writable-side accessors come from Writable.
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode',
                    'writableBuffer', 'writableLength', 'writableFinished',
                    'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name,
                        Object.getOwnPropertyDescriptor(Writable.prototype, name));
}

// Destroyed only once both sides are.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  enumerable: false,
  configurable: true,
  get() {
    const r = this._readableState;
    const w = this._writableState;
    return !!r && !!w && r.destroyed && w.destroyed;
  },
  set(value) {
    const r = this._readableState;
    const w = this._writableState;
    if (!r || !w) return;
    r.destroyed = w.destroyed = !!value;
  },
});

let duplexify;
Duplex.from = function from(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

// The web stream bridges (node:stream/web) load on first use.
let webAdapters;
Duplex.fromWeb = function fromWeb(pair, options) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newReadableWritablePairFromDuplex(duplex);
};

module.exports = Duplex;
