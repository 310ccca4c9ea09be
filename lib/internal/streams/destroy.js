'use strict';

// Tear-down and start-up shared by every stream class.
//
// A stream keeps one state object per side (_readableState and/or
// _writableState); tear-down flags are kept on both so that either side
// answers "destroyed?", "closed?" and "errored?" on its own. The life
// cycle is:
//   constructing --(_construct calls back)--> constructed
//   any --destroy()--> destroyed --(_destroy calls back)--> closed
//        --next tick--> 'error' (once, if any) then 'close' (if emitClose)
// destroy() during construction waits for _construct to finish first.

const {
  AbortError,
  codes: { ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');
const {
  kIsDestroyed,
  aggregateTwoErrors,
  isDestroyed,
  isFinished,
  isRequest,
  isServerRequest,
} = require('internal/streams/utils');

// Where a stream that is still constructing parks its continuations.
const kPending = Symbol('stream.pendingConstruct');

function sidesOf(stream) {
  const sides = [];
  if (stream._readableState) sides.push(stream._readableState);
  if (stream._writableState) sides.push(stream._writableState);
  return sides;
}

const anySide = (stream, field) => sidesOf(stream).some((side) => side[field]);

function setOnSides(stream, field, value) {
  for (const side of sidesOf(stream)) side[field] = value;
}

// The first error wins on each side. Reading .stack now captures it before
// later code can rewrite the error.
function rememberError(stream, err) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  for (const side of sidesOf(stream)) {
    if (!side.errored) side.errored = err;
  }
}

// Readable/Writable.prototype.destroy.
function destroy(err, cb) {
  if (anySide(this, 'destroyed')) {
    if (typeof cb === 'function') cb();
    return this;
  }
  rememberError(this, err);
  setOnSides(this, 'destroyed', true);

  const pending = this[kPending];
  if (pending && !pending.done) {
    // _construct() is still running: destroy once it reports back, with
    // its error folded in.
    pending.onDestroy = (constructErr) => {
      callUserDestroy(this, aggregateTwoErrors(constructErr, err), cb);
    };
  } else {
    callUserDestroy(this, err, cb);
  }
  return this;
}

function callUserDestroy(stream, err, cb) {
  let reported = false;
  const onDestroyed = (destroyErr) => {
    if (reported) return;
    reported = true;
    rememberError(stream, destroyErr);
    setOnSides(stream, 'closed', true);
    if (typeof cb === 'function') cb(destroyErr);
    process.nextTick(announceClose, stream, destroyErr);
  };
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

function announceClose(stream, err) {
  if (err) announceError(stream, err);
  setOnSides(stream, 'closeEmitted', true);
  if (anySide(stream, 'emitClose')) stream.emit('close');
}

// 'error' is emitted at most once per stream.
function announceError(stream, err) {
  if (anySide(stream, 'errorEmitted')) return;
  setOnSides(stream, 'errorEmitted', true);
  stream.emit('error', err);
}

// _undestroy(): back to a fresh, constructed state (used by stream
// implementations that reuse objects, e.g. sockets).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  for (const side of sidesOf(this)) {
    side.constructed = true;
    side.destroyed = false;
    side.closed = false;
    side.closeEmitted = false;
    side.errored = null;
    side.errorEmitted = false;
  }
  if (r) {
    const off = r.readable === false;
    r.reading = false;
    r.ended = off;
    r.endEmitted = off;
  }
  if (w) {
    const off = w.writable === false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ending = off;
    w.ended = off;
    w.finished = off;
  }
}

// An error met while operating a stream: autoDestroy streams are destroyed
// with it; the others record it and emit 'error' (on the next tick when
// the caller is still inside user code).
function errorOrDestroy(stream, err, sync) {
  if (anySide(stream, 'destroyed')) return;
  if (anySide(stream, 'autoDestroy')) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  rememberError(stream, err);
  if (sync) process.nextTick(announceError, stream, err);
  else announceError(stream, err);
}

// Starts _construct() (if the class has one) on the next tick; `onReady`
// runs once it has called back without error.
function construct(stream, onReady) {
  if (typeof stream._construct !== 'function') return;
  const existing = stream[kPending];
  if (existing) {
    // A class that runs both the Readable and the Writable constructor:
    // one _construct() call serves both.
    existing.onReady.push(onReady);
    return;
  }
  setOnSides(stream, 'constructed', false);
  // Not enumerable: streams are compared with deepStrictEqual in tests.
  Object.defineProperty(stream, kPending, {
    value: { done: false, onReady: [onReady], onDestroy: null },
    configurable: true,
    writable: true,
  });
  process.nextTick(runConstruct, stream);
}

function runConstruct(stream) {
  let calls = 0;
  const callback = (err) => {
    process.nextTick(constructReported, stream, err, ++calls);
  };
  try {
    stream._construct(callback);
  } catch (err) {
    callback(err);
  }
}

function constructReported(stream, err, call) {
  if (call > 1) {
    errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
    return;
  }
  const pending = stream[kPending];
  pending.done = true;
  setOnSides(stream, 'constructed', true);
  if (anySide(stream, 'destroyed')) {
    if (pending.onDestroy) pending.onDestroy(err);
  } else if (err) {
    errorOrDestroy(stream, err, true);
  } else {
    for (const ready of pending.onReady) ready();
  }
}

// stream.destroy(stream, err): tears down anything stream-like. Something
// that has not finished yet is destroyed with an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  tearDown(stream, err);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

function tearDown(stream, err) {
  // http messages: an incoming request drops its socket reference first;
  // outgoing requests (or responses holding one) are aborted.
  if (isServerRequest(stream)) {
    stream.socket = null;
    return stream.destroy(err);
  }
  const request = isRequest(stream) ? stream : (isRequest(stream.req) ? stream.req : null);
  if (request) return request.abort();
  if (typeof stream.destroy === 'function') return stream.destroy(err);
  if (typeof stream.close === 'function') return stream.close();
  // A bare emitter: the best we can do is announce the outcome.
  process.nextTick(() => {
    if (err) stream.emit('error', err);
    else stream.emit('close');
  });
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};
