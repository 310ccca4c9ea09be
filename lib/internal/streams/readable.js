'use strict';

// stream.Readable
//
// The readable side lives in one ReadableState. Data moves
//   _read() --push()--> buffer --read()--> consumer ('data' / return value)
// and the side moves through a few named transitions, one function each:
//   acceptChunk()   push()/unshift(): validate, decode, store or hand over
//   reachEnd()      push(null): no more data will come (state.ended)
//   scheduleEnd()   buffer drained after the end: 'end' on the next tick
//   scheduleReadable() / announceReadable()   the 'readable' event
//   scheduleTopUp() / topUp()   refill the buffer up to highWaterMark
//   scheduleResume() / resumeNow() / pumpFlowing()   flowing mode
// Destroying is shared with Writable (destroy.js).

const EE = require('events');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const hwm = require('internal/streams/state');
const destroyImpl = require('internal/streams/destroy');
const { Stream, prependListener } = require('internal/streams/legacy');
const whenFinished = require('internal/streams/end-of-stream');
const { kOnConstructed, nop, aggregateTwoErrors } = require('internal/streams/utils');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { validateObject } = require('internal/validators');

const {
  ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
  ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
} = errors.codes;
const { errorOrDestroy } = destroyImpl;

// Explicit pause()/resume() by the user: null (never), true, false.
const kPaused = Symbol('readable.paused');

let StringDecoder;
function decoderFor(encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  return new StringDecoder(encoding);
}

const { isDuplexInstance } = hwm;

class ReadableState {
  constructor(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
    const opts = options || {};

    this.objectMode = !!opts.objectMode || (isDuplex && !!opts.readableObjectMode);
    this.highWaterMark = options ?
      hwm.getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
      hwm.getDefaultHighWaterMark(false);
    this.defaultEncoding = hwm.getDefaultEncoding(options);
    this.emitClose = opts.emitClose !== false;
    this.autoDestroy = opts.autoDestroy !== false;

    // Chunks waiting for the consumer, and their total size.
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    // null: no consumer yet; true: flowing ('data'); false: paused.
    this.flowing = null;
    this[kPaused] = null;

    // Progress: _read() pending, end of data seen, 'end' emitted.
    this.reading = false;
    this.ended = false;
    this.endEmitted = false;
    // True while _read() runs: a push() from inside it defers events.
    this.sync = true;

    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.readingMore = false;
    this.dataEmitted = false;

    // Tear-down (driven by destroy.js).
    this.constructed = true;
    this.destroyed = false;
    this.errored = null;
    this.errorEmitted = false;
    this.closed = false;
    this.closeEmitted = false;

    // Destinations whose 'drain' a pipe() is waiting for: one stream, or a
    // Set once several pipes exist.
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;

    this.decoder = null;
    this.encoding = null;
    if (opts.encoding) {
      this.decoder = decoderFor(opts.encoding);
      this.encoding = opts.encoding;
    }
  }

  get pipesCount() {
    return this.pipes.length;
  }

  get paused() {
    return this[kPaused] !== false;
  }

  set paused(value) {
    this[kPaused] = !!value;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Pre-shape the listener table with the events readables use.
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  const isDuplex = isDuplexInstance(this);
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    for (const hook of ['read', 'destroy', 'construct']) {
      if (typeof options[hook] === 'function') this[`_${hook}`] = options[hook];
    }
    // Duplex installs the signal itself.
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);
  destroyImpl.construct(this, () => whenConstructed(this));
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

// A read requested during _construct() happens now.
function whenConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) scheduleTopUp(stream, state);
}
Readable[kOnConstructed] = whenConstructed;
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};

// `await using`: a stream that has not ended is aborted; the promise
// settles once it has closed.
Readable.prototype[Symbol.asyncDispose] = function asyncDispose() {
  let abortError = null;
  if (!this.destroyed) {
    if (!this.readableEnded) abortError = new errors.AbortError();
    this.destroy(abortError);
  }
  return new Promise((resolve, reject) => {
    whenFinished(this, (err) => {
      if (err && err !== abortError) reject(err);
      else resolve(null);
    });
  });
};

Readable.prototype.push = function push(chunk, encoding) {
  return acceptChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return acceptChunk(this, chunk, encoding, true);
};

const kChunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

// push()/unshift(). Returns whether the producer may push more.
function acceptChunk(stream, chunk, encoding, atFront) {
  const state = stream._readableState;

  if (!state.objectMode && chunk !== null && chunk !== undefined) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (atFront && state.encoding) {
          // The buffer holds decoded strings: keep it homogeneous.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', kChunkTypes, chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.reading = false;
    reachEnd(stream, state);
  } else if (!state.objectMode && !(chunk && chunk.length > 0)) {
    // An empty push only means "_read() is done for now".
    if (!atFront) {
      state.reading = false;
      scheduleTopUp(stream, state);
    }
  } else if (atFront) {
    if (state.endEmitted) {
      errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      storeChunk(stream, state, chunk, true);
    }
  } else if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    state.reading = false;
    if (state.decoder && !encoding) {
      chunk = state.decoder.write(chunk);
      // A partial character decodes to nothing yet.
      if (state.objectMode || chunk.length !== 0) storeChunk(stream, state, chunk, false);
      else scheduleTopUp(stream, state);
    } else {
      storeChunk(stream, state, chunk, false);
    }
  }

  return !state.ended && (state.length === 0 || state.length < state.highWaterMark);
}

function resetAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

function storeChunk(stream, state, chunk, atFront) {
  const handOver = state.flowing && state.length === 0 && !state.sync &&
    stream.listenerCount('data') > 0;
  if (handOver) {
    // Flowing with nothing queued: no need to buffer at all.
    resetAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (atFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) scheduleReadable(stream);
  }
  scheduleTopUp(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(encoding) {
  const decoder = decoderFor(encoding);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered is decoded now, as one string.
  let text = '';
  for (const chunk of state.buffer) text += decoder.write(chunk);
  state.buffer.length = 0;
  if (text !== '') state.buffer.push(text);
  state.length = text.length;
  return this;
};

// read(n) with n above the limit raises the limit to the next power of two
// (capped at 1 GiB).
const kMaxHighWaterMark = 0x40000000;
function growHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

// How much read(n) can return now (0: nothing yet).
function amountToTake(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // No size: the first chunk when flowing, everything otherwise.
    return state.flowing && state.length ? state.buffer[0].length : state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

function bufferFull(state) {
  return state.highWaterMark === 0 ? state.length > 0 : state.length >= state.highWaterMark;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const requested = n;

  if (n > state.highWaterMark) state.highWaterMark = growHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered just (re)announces 'readable' or 'end'.
  if (n === 0 && state.needReadable && (state.ended || bufferFull(state))) {
    if (state.ended && state.length === 0) scheduleEnd(this);
    else scheduleReadable(this);
    return null;
  }

  n = amountToTake(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) scheduleEnd(this);
    return null;
  }

  // Ask for more when the buffer would drop below the limit.
  const wantMore = state.needReadable || state.length === 0 ||
    state.length - n < state.highWaterMark;
  const mayCall = !state.ended && !state.reading && !state.destroyed &&
    !state.errored && state.constructed;
  if (wantMore && mayCall) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have made more available.
    if (!state.reading) n = amountToTake(requested, state);
  }

  let chunk = n > 0 ? takeFromBuffer(n, state) : null;
  if (chunk === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    resetAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // The last bytes were just taken after the end was seen.
    if (requested !== n && state.ended) scheduleEnd(this);
  }

  if (chunk !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', chunk);
  }
  return chunk;
};

// push(null): no more data. What is buffered can still be read.
function reachEnd(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read(): tell the consumer on the next tick.
    scheduleReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    announceReadable(stream);
  }
}

function scheduleReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  process.nextTick(announceReadable, stream);
}

function announceReadable(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted when the consumer drains below the limit.
  state.needReadable = !state.flowing && !state.ended &&
    state.length <= state.highWaterMark;
  pumpFlowing(stream);
}

// Refill the buffer up to highWaterMark in the background, so that data
// is ready before the consumer asks.
function scheduleTopUp(stream, state) {
  if (state.readingMore || !state.constructed) return;
  state.readingMore = true;
  process.nextTick(topUp, stream, state);
}

function topUp(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    // _read() produced nothing synchronously: wait for its push().
    if (before === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(size) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  // With a second destination, 'drain' bookkeeping switches to a Set.
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    const first = state.awaitDrainWriters;
    state.awaitDrainWriters = new Set(first ? [first] : []);
  }
  state.pipes.push(dest);

  const endsDest = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  let onDrain = null;
  let detached = false;

  const endDest = () => dest.end();
  const unpipeDest = () => src.unpipe(dest);
  const onSourceEnd = endsDest ? endDest : unpipeDest;

  function onUnpipe(readable, info) {
    if (readable !== src || !info || info.hasUnpiped !== false) return;
    info.hasUnpiped = true;
    detach();
  }

  function onData(chunk) {
    if (dest.write(chunk) === false) holdForDrain();
  }

  // The destination is full: pause until it drains.
  function holdForDrain() {
    if (!detached) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!onDrain) {
      onDrain = drainHandler(src, dest);
      dest.on('drain', onDrain);
    }
  }

  function onDestError(err) {
    unpipeDest();
    dest.removeListener('error', onDestError);
    if (dest.listenerCount('error') !== 0) return;
    // Nobody else handles it: it becomes the destination's own error.
    const destState = dest._writableState || dest._readableState;
    if (destState && !destState.errorEmitted) errorOrDestroy(dest, err);
    else dest.emit('error', err);
  }

  function onDestClose() {
    dest.removeListener('finish', onDestFinish);
    unpipeDest();
  }

  function onDestFinish() {
    dest.removeListener('close', onDestClose);
    unpipeDest();
  }

  function detach() {
    dest.removeListener('close', onDestClose);
    dest.removeListener('finish', onDestFinish);
    if (onDrain) dest.removeListener('drain', onDrain);
    dest.removeListener('error', onDestError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', endDest);
    src.removeListener('end', unpipeDest);
    src.removeListener('data', onData);
    detached = true;
    // Stop waiting for a 'drain' that no longer matters.
    const destWaiting = !dest._writableState || dest._writableState.needDrain;
    if (onDrain && state.awaitDrainWriters && destWaiting) onDrain();
  }

  if (state.endEmitted) process.nextTick(onSourceEnd);
  else src.once('end', onSourceEnd);
  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  prependListener(dest, 'error', onDestError);
  dest.once('close', onDestClose);
  dest.once('finish', onDestFinish);

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) holdForDrain();
  else if (!state.flowing) src.resume();

  return dest;
};

function drainHandler(src, dest) {
  return function pipeOnDrain() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);

    const stillWaiting = state.awaitDrainWriters && state.awaitDrainWriters.size !== 0;
    if (!stillWaiting && src.listenerCount('data')) src.resume();
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const all = state.pipes;
    state.pipes = [];
    this.pause();
    for (const target of all) target.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const at = state.pipes.indexOf(dest);
  if (at === -1) return this;
  state.pipes.splice(at, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener starts the flow; a 'readable' listener switches
// to paused mode and takes precedence over 'data'.
Readable.prototype.on = function on(event, listener) {
  const result = Stream.prototype.on.call(this, event, listener);
  const state = this._readableState;

  if (event === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (event === 'readable' && !state.endEmitted && !state.readableListening) {
    state.readableListening = true;
    state.needReadable = true;
    state.flowing = false;
    state.emittedReadable = false;
    if (state.length) scheduleReadable(this);
    else if (!state.reading) process.nextTick(readZero, this);
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(event, listener) {
  const result = Stream.prototype.removeListener.call(this, event, listener);
  if (event === 'readable') process.nextTick(recheckListeners, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const result = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (event === 'readable' || event === undefined) process.nextTick(recheckListeners, this);
  return result;
};

// After 'readable' listeners went away: fall back to flowing ('data'
// listeners) or to "no consumer".
function recheckListeners(stream) {
  const state = stream._readableState;
  state.readableListening = stream.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (stream.listenerCount('data') > 0) {
    stream.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function readZero(stream) {
  stream.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // A 'readable' listener keeps the stream in paused mode.
    state.flowing = !state.readableListening;
    scheduleResume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function scheduleResume(stream, state) {
  if (state.resumeScheduled) return;
  state.resumeScheduled = true;
  process.nextTick(resumeNow, stream, state);
}

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  pumpFlowing(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

// Flowing mode: read (and so emit 'data') until the buffer is empty or
// someone pauses.
function pumpFlowing(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap(oldStream): a Readable fed by an old-style stream's 'data'/'end'
// events, pausing it when the buffer is full.
Readable.prototype.wrap = function wrap(stream) {
  let sourcePaused = false;

  stream.on('data', (chunk) => {
    if (this.push(chunk) || !stream.pause) return;
    sourcePaused = true;
    stream.pause();
  });
  stream.on('end', () => this.push(null));
  stream.on('error', (err) => errorOrDestroy(this, err));
  stream.on('close', () => this.destroy());
  stream.on('destroy', () => this.destroy());

  this._read = () => {
    if (!sourcePaused || !stream.resume) return;
    sourcePaused = false;
    stream.resume();
  };

  // Proxy the source's own methods (skipping the first own key, as Node
  // does) that this stream lacks.
  const names = Object.keys(stream);
  for (let i = 1; i < names.length; i++) {
    const name = names[i];
    if (this[name] === undefined && typeof stream[name] === 'function') {
      this[name] = stream[name].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return iterate(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return iterate(this, options);
};

function iterate(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = chunksOf(stream, options);
  iter.stream = stream;
  return iter;
}

// The async iterator: reads whatever is buffered, otherwise waits for
// 'readable' or for the stream to finish.
async function* chunksOf(stream, options) {
  let wake = nop;
  // undefined: still open; null: ended cleanly; an Error: failed.
  let outcome;

  function onReadable(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', onReadable);

  const stopWatching = whenFinished(stream, { writable: false }, (err) => {
    outcome = err ? aggregateTwoErrors(outcome, err) : null;
    wake();
    wake = nop;
  });

  try {
    for (;;) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (outcome) throw outcome;
      else if (outcome === null) return;
      else await new Promise(onReadable);
    }
  } catch (err) {
    outcome = aggregateTwoErrors(outcome, err);
    throw outcome;
  } finally {
    const destroyOnExit = outcome || !options || options.destroyOnReturn !== false;
    if (destroyOnExit && (outcome === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      stopWatching();
    }
  }
}

// Accessors.
function readableAccessor(read, write) {
  return { enumerable: false, configurable: true, get: read, set: write };
}
const whenState = (fn, fallback) => function read() {
  const state = this._readableState;
  return state ? fn(state) : fallback;
};
const fromState = (fn) => function read() {
  return fn(this._readableState);
};

Object.defineProperties(Readable.prototype, {
  readable: readableAccessor(function read() {
    const s = this._readableState;
    return !!s && s.readable !== false && !s.destroyed && !s.errorEmitted && !s.endEmitted;
  }, function set(value) {
    if (this._readableState) this._readableState.readable = !!value;
  }),
  readableDidRead: readableAccessor(fromState((s) => s.dataEmitted)),
  readableAborted: readableAccessor(fromState(
    (s) => !!(s.readable !== false && (s.destroyed || s.errored) && !s.endEmitted))),
  readableHighWaterMark: readableAccessor(fromState((s) => s.highWaterMark)),
  readableBuffer: readableAccessor(whenState((s) => s.buffer, undefined)),
  readableFlowing: readableAccessor(fromState((s) => s.flowing), function set(value) {
    // Stored as true/false, or null for "no consumer yet".
    if (this._readableState) {
      this._readableState.flowing = value === null || value === undefined ? null : !!value;
    }
  }),
  readableLength: readableAccessor(fromState((s) => s.length)),
  readableObjectMode: readableAccessor(whenState((s) => s.objectMode, false)),
  readableEncoding: readableAccessor(whenState((s) => s.encoding, null)),
  errored: readableAccessor(whenState((s) => s.errored, null)),
  closed: readableAccessor(whenState((s) => s.closed, false)),
  destroyed: readableAccessor(whenState((s) => s.destroyed, false), function set(value) {
    if (this._readableState) this._readableState.destroyed = !!value;
  }),
  readableEnded: readableAccessor(whenState((s) => s.endEmitted, false)),
});

// Removes and returns n bytes/characters (one object in object mode) from
// the front of the buffer.
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const queue = state.buffer;
  if (state.objectMode) return queue.shift();
  if (!n || n >= state.length) {
    let all;
    if (state.decoder) all = queue.join('');
    else if (queue.length === 1) all = queue[0];
    else all = Buffer.concat(queue, state.length);
    queue.length = 0;
    return all;
  }
  const head = queue[0];
  if (n < head.length) {
    queue[0] = head.slice(n);
    return head.slice(0, n);
  }
  if (n === head.length) return queue.shift();
  return state.decoder ? takeChars(n, queue) : takeBytes(n, queue);
}

// n spans several string chunks.
function takeChars(n, queue) {
  const parts = [];
  let missing = n;
  while (missing > 0) {
    const piece = queue[0];
    if (piece.length <= missing) {
      parts.push(piece);
      missing -= piece.length;
      queue.shift();
    } else {
      parts.push(piece.slice(0, missing));
      queue[0] = piece.slice(missing);
      missing = 0;
    }
  }
  return parts.join('');
}

// n spans several Buffer chunks: copy them into one new Buffer.
function takeBytes(n, queue) {
  const out = Buffer.allocUnsafe(n);
  let filled = 0;
  while (filled < n) {
    const piece = queue[0];
    const room = n - filled;
    if (piece.length <= room) {
      out.set(piece, filled);
      filled += piece.length;
      queue.shift();
    } else {
      out.set(new Uint8Array(piece.buffer, piece.byteOffset, room), filled);
      queue[0] = piece.slice(room);
      filled = n;
    }
  }
  return out;
}
Readable._fromList = takeFromBuffer;

// Buffer drained after the end: 'end' on the next tick.
function scheduleEnd(stream) {
  const state = stream._readableState;
  if (state.endEmitted) return;
  state.ended = true;
  process.nextTick(announceEnd, state, stream);
}

function announceEnd(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit('end');

  if (stream.writable && stream.allowHalfOpen === false) {
    // A duplex that may not stay half open ends its writable side too.
    process.nextTick(endWritableSide, stream);
    return;
  }
  if (!state.autoDestroy) return;
  const writeSide = stream._writableState;
  const writeDone = !writeSide ||
    (writeSide.autoDestroy && (writeSide.finished || writeSide.writable === false));
  if (writeDone) stream.destroy();
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

let fromIterable;
Readable.from = function from(iterable, opts) {
  fromIterable ??= require('internal/streams/from');
  return fromIterable(Readable, iterable, opts);
};

// The web stream bridges (node:stream/web) load on first use.
let webAdapters;
Readable.fromWeb = function fromWeb(readableStream, options) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters.newReadableStreamFromStreamReadable(streamReadable, options);
};

// Readable.wrap(src): a Readable fed by an old-style stream; destroying it
// destroys the source.
Readable.wrap = function wrap(src, options) {
  const objectMode = src.readableObjectMode ?? src.objectMode ?? true;
  return new Readable({
    objectMode,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;

// The operators (map, filter, toArray, ...) need the finished constructor.
require('internal/streams/operators').install(Readable);
