'use strict';

// stream.Writable
//
// The writable side lives in one WritableState. Its life is a short chain
// of transitions, each done by one function below:
//
//   idle --dispatch()--> writing --writeDone()--> idle    (one chunk at a time)
//   write() while writing/corked/constructing --> queued, drained by flushQueue()
//   end() --> ending --(queue empty, _final done)--> prefinished --> finished
//   destroy() (destroy.js) --> destroyed --> closed
//
// The common case, a write to an idle sink, goes straight to _write()
// without touching the queue.

const EE = require('events');
const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const hwm = require('internal/streams/state');
const { kOnConstructed, nop } = require('internal/streams/utils');
const errors = require('internal/errors');

const {
  ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING,
} = errors.codes;
const { errorOrDestroy } = destroyImpl;

// Callbacks given to end() before the stream finished.
const kEndWaiters = Symbol('writable.endWaiters');

const { isDuplexInstance } = hwm;

class WritableState {
  constructor(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
    const opts = options || {};

    this.objectMode = !!opts.objectMode || (isDuplex && !!opts.writableObjectMode);
    this.highWaterMark = options ?
      hwm.getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
      hwm.getDefaultHighWaterMark(false);
    // Strings become Buffers before _write() unless decodeStrings is false.
    this.decodeStrings = opts.decodeStrings !== false;
    this.defaultEncoding = hwm.getDefaultEncoding(options);
    this.emitClose = opts.emitClose !== false;
    this.autoDestroy = opts.autoDestroy !== false;

    // Ending: end() called / returned, _final() started, 'prefinish' and
    // 'finish' emitted.
    this.ending = false;
    this.ended = false;
    this.finalCalled = false;
    this.prefinished = false;
    this.finished = false;

    // Tear-down (driven by destroy.js).
    this.constructed = true;
    this.destroyed = false;
    this.errored = null;
    this.errorEmitted = false;
    this.closed = false;
    this.closeEmitted = false;

    // Bytes (or objects) accepted but not yet written out.
    this.length = 0;
    this.needDrain = false;
    this.corked = 0;
    // The write in flight: its size and the caller's callback.
    this.writing = false;
    this.writelen = 0;
    this.writecb = null;
    // True while _write() runs, so that a synchronous callback defers the
    // caller's callback to the next tick.
    this.sync = true;
    this.bufferProcessing = false;
    // Callbacks of synchronously completed writes, run together next tick.
    this.afterWriteTickInfo = null;
    // Operations started but not completed (writes, _final); the stream
    // finishes only when none are left.
    this.pendingcb = 0;
    this.onwrite = (err) => writeDone(stream, this, err);

    clearQueue(this);
    this[kEndWaiters] = [];
  }

  getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  }

  get bufferedRequestCount() {
    return this.buffered.length - this.bufferedIndex;
  }
}

// The queue is an array consumed from `bufferedIndex`; allBuffers/allNoop
// let _writev() get the array as is.
function clearQueue(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function Writable(options) {
  const isDuplex = isDuplexInstance(this);
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  // Pre-shape the listener table with the events writables use.
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    for (const hook of ['write', 'writev', 'destroy', 'final', 'construct']) {
      if (typeof options[hook] === 'function') this[`_${hook}`] = options[hook];
    }
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);
  destroyImpl.construct(this, () => whenConstructed(this));
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

// Writes queued during _construct() go out now; an end() may complete.
function whenConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) flushQueue(stream, state);
  maybeFinish(stream, state);
}
Writable[kOnConstructed] = whenConstructed;
Writable.WritableState = WritableState;

// A Duplex is a Writable as well, though its prototype chain goes
// through Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  configurable: true,
  value: function hasInstance(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

const kChunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

// Validates and normalizes one write; returns true/false like write(), or
// the Error when the write was refused (end() needs to know).
function accept(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.objectMode ? null : state.defaultEncoding;
  } else {
    if (!encoding) {
      if (!state.objectMode) encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof cb !== 'function') cb = nop;
  }

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  let size = 1;
  if (!state.objectMode) {
    if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', kChunkTypes, chunk);
    }
    size = chunk.length;
  }

  const refusal = state.ending ? new ERR_STREAM_WRITE_AFTER_END() :
    (state.destroyed ? new ERR_STREAM_DESTROYED('write') : null);
  if (refusal) {
    process.nextTick(cb, refusal);
    errorOrDestroy(stream, refusal, true);
    return refusal;
  }

  state.pendingcb++;
  state.length += size;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (encoding !== 'buffer') state.allBuffers = false;
    if (cb !== nop) state.allNoop = false;
  } else {
    // Fast path: the sink is idle.
    dispatch(stream, state, size, cb, false, chunk, encoding);
  }

  // Measured after a synchronous _write() may already have drained it.
  const belowLimit = state.length < state.highWaterMark;
  if (!belowLimit) state.needDrain = true;
  return belowLimit && !state.errored && !state.destroyed;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return accept(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked === 0) return;
  state.corked--;
  if (!state.writing) flushQueue(this, state);
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// idle -> writing: hands one chunk (or, with `batch`, an array of queued
// entries) to the implementation.
function dispatch(stream, state, size, cb, batch, chunk, encoding) {
  state.writing = true;
  state.writelen = size;
  state.writecb = cb;
  state.sync = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (batch) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

// writing -> idle: the implementation called back.
function writeDone(stream, state, err) {
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  const sync = state.sync;
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = err;
    const readSide = stream._readableState;
    if (readSide && !readSide.errored) readSide.errored = err;
    if (sync) process.nextTick(writeFailed, stream, state, err, cb);
    else writeFailed(stream, state, err, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) flushQueue(stream, state);

  if (!sync) {
    afterWrites(stream, state, 1, cb);
    return;
  }
  // Completed inside _write(): the callback waits a tick. Consecutive
  // synchronous writes with the same callback share one tick.
  const batch = state.afterWriteTickInfo;
  if (batch !== null && batch.cb === cb) {
    batch.count++;
  } else {
    state.afterWriteTickInfo = { count: 1, cb, stream, state };
    process.nextTick(runAfterWriteBatch, state.afterWriteTickInfo);
  }
}

function writeFailed(stream, state, err, cb) {
  state.pendingcb--;
  cb(err);
  failQueued(state);
  errorOrDestroy(stream, err);
}

function runAfterWriteBatch(batch) {
  batch.state.afterWriteTickInfo = null;
  afterWrites(batch.stream, batch.state, batch.count, batch.cb);
}

function afterWrites(stream, state, count, cb) {
  if (state.needDrain && state.length === 0 && !state.ending && !stream.destroyed) {
    state.needDrain = false;
    stream.emit('drain');
  }
  for (; count > 0; count--) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) failQueued(state);
  maybeFinish(stream, state);
}

// After an error or destroy(): every queued write and every end() callback
// fails (unless a write is still in flight; its completion comes back here).
function failQueued(state) {
  if (state.writing) return;
  const queue = state.buffered;
  for (let i = state.bufferedIndex; i < queue.length; i++) {
    const entry = queue[i];
    state.length -= state.objectMode ? 1 : entry.chunk.length;
    entry.callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const waiters = state[kEndWaiters].splice(0);
  for (const waiter of waiters) waiter(state.errored ?? new ERR_STREAM_DESTROYED('end'));
  clearQueue(state);
}

// Writes out the queue: as one _writev() batch when the implementation
// has one, else chunk by chunk for as long as _write() completes inline.
function flushQueue(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const queue = state.buffered;
  const start = state.bufferedIndex;
  const count = queue.length - start;
  if (count === 0) return;

  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    // One completion stands for the whole batch.
    state.pendingcb -= count - 1;
    const entries = state.allNoop && start === 0 ? queue : queue.slice(start);
    entries.allBuffers = state.allBuffers;
    const onBatchDone = state.allNoop ? nop : (err) => {
      for (let i = start; i < queue.length; i++) queue[i].callback(err);
    };
    const size = state.length;
    clearQueue(state);
    dispatch(stream, state, size, onBatchDone, true, entries, '');
  } else {
    let next = start;
    while (next < queue.length && !state.writing) {
      const entry = queue[next];
      queue[next++] = null;
      const size = state.objectMode ? 1 : entry.chunk.length;
      dispatch(stream, state, size, entry.callback, false, entry.chunk, entry.encoding);
    }
    if (next === queue.length) {
      clearQueue(state);
    } else if (next > 256) {
      // Drop the consumed head now and then so the array does not grow.
      queue.splice(0, next);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = next;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (!this._writev) throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  this._writev([{ chunk, encoding }], cb);
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err = null;
  if (chunk !== null && chunk !== undefined) {
    const outcome = accept(this, chunk, encoding);
    if (outcome instanceof Error) err = outcome;
  }

  // end() releases every cork at once.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (!err) {
    if (!state.errored && !state.ending) {
      // -> ending. `ended` is set after the check so that a synchronous
      // finish is still deferred to the next tick.
      state.ending = true;
      maybeFinish(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = new ERR_STREAM_ALREADY_FINISHED('end');
    } else if (state.destroyed) {
      err = new ERR_STREAM_DESTROYED('end');
    }
  }

  if (typeof cb !== 'function') return this;
  const failure = err || state.errored;
  if (failure) process.nextTick(cb, failure);
  else if (state.finished) process.nextTick(cb, null);
  else state[kEndWaiters].push(cb);
  return this;
};

// Everything written is out and nothing stands in the way of 'finish'.
function readyToFinish(state) {
  return state.ending && state.constructed && !state.writing &&
    state.length === 0 && state.buffered.length === 0 &&
    !state.destroyed && !state.errored && !state.finished &&
    !state.errorEmitted && !state.closeEmitted;
}

// ending -> prefinished, through _final() when the stream has one.
function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final !== 'function' || state.destroyed) {
    state.prefinished = true;
    stream.emit('prefinish');
    return;
  }
  state.finalCalled = true;
  runFinal(stream, state);
}

function runFinal(stream, state) {
  let calls = 0;
  const onFinal = (err) => {
    if (++calls > 1) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.pendingcb--;
    if (err) {
      for (const waiter of state[kEndWaiters].splice(0)) waiter(err);
      errorOrDestroy(stream, err, state.sync);
    } else if (readyToFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      // 'finish' follows on the next tick; until then it counts as pending.
      state.pendingcb++;
      process.nextTick(enterFinished, stream, state);
    }
  };

  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function maybeFinish(stream, state, sync) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  state.pendingcb++;
  if (sync) {
    process.nextTick(finishIfStillReady, stream, state);
  } else if (readyToFinish(state)) {
    enterFinished(stream, state);
  } else {
    state.pendingcb--;
  }
}

function finishIfStillReady(stream, state) {
  if (readyToFinish(state)) enterFinished(stream, state);
  else state.pendingcb--;
}

// -> finished: 'finish', then auto-destroy once the readable side (if
// any) is done too.
function enterFinished(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const waiter of state[kEndWaiters].splice(0)) waiter(null);
  stream.emit('finish');

  if (!state.autoDestroy) return;
  const readSide = stream._readableState;
  const readDone = !readSide ||
    (readSide.autoDestroy && (readSide.endEmitted || readSide.readable === false));
  if (readDone) stream.destroy();
}

// Accessors. Reads of a missing state answer like a fresh stream, since
// prototypes and half-built objects get inspected too.
function writableAccessor(read, write) {
  return { enumerable: false, configurable: true, get: read, set: write };
}
const whenState = (fn, fallback) => function read() {
  const state = this._writableState;
  return state ? fn(state) : fallback;
};

Object.defineProperties(Writable.prototype, {
  closed: writableAccessor(whenState((s) => s.closed, false)),
  destroyed: writableAccessor(whenState((s) => s.destroyed, false), function set(value) {
    if (this._writableState) this._writableState.destroyed = !!value;
  }),
  writable: writableAccessor(function read() {
    const s = this._writableState;
    return !!s && s.writable !== false && !s.destroyed && !s.errored && !s.ending && !s.ended;
  }, function set(value) {
    if (this._writableState) this._writableState.writable = !!value;
  }),
  writableFinished: writableAccessor(whenState((s) => s.finished, false)),
  writableObjectMode: writableAccessor(whenState((s) => s.objectMode, false)),
  writableBuffer: writableAccessor(whenState((s) => s.getBuffer(), undefined)),
  writableEnded: writableAccessor(whenState((s) => s.ending, false)),
  writableNeedDrain: writableAccessor(
    whenState((s) => !s.destroyed && !s.ending && s.needDrain, false)),
  writableHighWaterMark: writableAccessor(whenState((s) => s.highWaterMark, undefined)),
  writableCorked: writableAccessor(whenState((s) => s.corked, 0)),
  writableLength: writableAccessor(whenState((s) => s.length, undefined)),
  errored: writableAccessor(whenState((s) => s.errored, null)),
  writableAborted: writableAccessor(function read() {
    const s = this._writableState;
    return !!(s.writable !== false && (s.destroyed || s.errored) && !s.finished);
  }),
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  // Queued writes and end() callbacks fail on the next tick (a write in
  // flight completes first).
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state[kEndWaiters].length > 0)) {
    process.nextTick(failQueued, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};

// `await using`: an unfinished stream is aborted; the promise settles once
// it has closed.
Writable.prototype[Symbol.asyncDispose] = function asyncDispose() {
  let abortError = null;
  if (!this.destroyed) {
    if (!this.writableFinished) abortError = new errors.AbortError();
    this.destroy(abortError);
  }
  const eos = require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => {
      if (err && err !== abortError) reject(err);
      else resolve(null);
    });
  });
};

// The web stream bridges (node:stream/web) load on first use.
let webAdapters;
Writable.fromWeb = function fromWeb(writableStream, options) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newStreamWritableFromWritableStream(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
