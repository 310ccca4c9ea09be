'use strict';

// What the stream helpers (finished, pipeline, compose, Duplex.from, ...)
// accept is decided by duck typing, not instanceof: user code and older
// libraries build stream-likes by hand. This module holds those shape
// tests, the status queries built on them, and a few tiny shared helpers.

// Registered symbols: other realms and hand-made streams use them too.
const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
// Private overrides a stream can set to answer the status queries itself.
const kIsErrored = Symbol('stream.isErrored');
const kIsReadable = Symbol('stream.isReadable');
const kIsWritable = Symbol('stream.isWritable');
// Readable/Writable hang their "construction done" hook on this.
const kOnConstructed = Symbol('stream.onConstructed');

const kEmptyObject = Object.freeze({ __proto__: null });

function nop() {}

function once(fn) {
  let pending = true;
  return function callOnce(...args) {
    if (!pending) return undefined;
    pending = false;
    return Reflect.apply(fn, this, args);
  };
}

// When an operation fails twice (say a write error and then a destroy
// error) both are kept: the later one leads, the earlier one is attached.
function aggregateTwoErrors(inner, outer) {
  if (!inner || !outer || inner === outer) return inner || outer;
  if (Array.isArray(outer.errors)) {
    outer.errors.push(inner);
    return outer;
  }
  const combined = new AggregateError([outer, inner], outer.message);
  combined.code = outer.code;
  return combined;
}

// Runs `fn` once the signal aborts (on a microtask if it already has) and
// returns the function that unsubscribes.
function addAbortListener(signal, fn) {
  if (signal.aborted) {
    queueMicrotask(() => fn());
    return nop;
  }
  const onAbort = () => fn();
  signal.addEventListener('abort', onAbort, { once: true });
  return function detach() { signal.removeEventListener('abort', onAbort); };
}

const isFn = (value) => typeof value === 'function';
const hasEmitter = (obj) => isFn(obj.on);

// ---- shapes ---------------------------------------------------------------

function isReadableNodeStream(obj, strict = false) {
  if (!obj || !isFn(obj.pipe) || !hasEmitter(obj)) return false;
  if (strict && (!isFn(obj.pause) || !isFn(obj.resume))) return false;
  // A duplex counts as readable only while its readable side is enabled.
  if (obj._writableState) {
    const side = obj._readableState;
    return !!side && side.readable !== false;
  }
  return true;
}

function isWritableNodeStream(obj) {
  if (!obj || !isFn(obj.write) || !hasEmitter(obj)) return false;
  if (!obj._readableState) return true;
  const side = obj._writableState;
  return !!side && side.writable !== false;
}

function isDuplexNodeStream(obj) {
  return !!obj && !!obj._readableState && isFn(obj.pipe) && isFn(obj.write) && hasEmitter(obj);
}

function isNodeStream(obj) {
  if (!obj) return false;
  if (obj._readableState || obj._writableState) return true;
  return hasEmitter(obj) && (isFn(obj.write) || isFn(obj.pipe));
}

function isReadableStream(obj) {
  return !!obj && !isNodeStream(obj) &&
    isFn(obj.getReader) && isFn(obj.pipeThrough) && isFn(obj.cancel);
}

function isWritableStream(obj) {
  return !!obj && !isNodeStream(obj) && isFn(obj.getWriter) && isFn(obj.abort);
}

function isTransformStream(obj) {
  return !!obj && !isNodeStream(obj) &&
    typeof obj.readable === 'object' && typeof obj.writable === 'object';
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

// isAsync: true = async iterables only, false = sync only, absent = either.
function isIterable(obj, isAsync) {
  if (obj === null || obj === undefined) return false;
  const asyncOk = isAsync !== false && isFn(obj[Symbol.asyncIterator]);
  const syncOk = isAsync !== true && isFn(obj[Symbol.iterator]);
  return asyncOk || syncOk;
}

// http messages: pipeline/finished treat them specially.
function isOutgoingMessage(obj) {
  return ['_closed', '_defaultKeepAlive', '_removedConnection', '_removedContLen']
    .every((key) => typeof obj[key] === 'boolean');
}

function isServerResponse(obj) {
  return typeof obj._sent100 === 'boolean' && isOutgoingMessage(obj);
}

function isServerRequest(obj) {
  if (typeof obj._consuming !== 'boolean' || typeof obj._dumped !== 'boolean') return false;
  return !obj.req || obj.req.upgradeOrConnect === undefined;
}

function isRequest(obj) {
  return !!obj && !!obj.setHeader && isFn(obj.abort);
}

// ---- status ---------------------------------------------------------------
// Queries answer null when the object does not carry the information.

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.destroyed || stream[kIsDestroyed]) return true;
  const state = stream._writableState || stream._readableState;
  return !!state && !!state.destroyed;
}

// A boolean field of one side's state; an errored side reports false.
function sideFlag(state, field) {
  if (state && state.errored) return false;
  if (!state || typeof state[field] !== 'boolean') return null;
  return state[field];
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  return sideFlag(stream._writableState, 'ended');
}

// `strict === false` also accepts "ended with nothing left to flush".
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  const state = stream._writableState;
  const done = stream.writableFinished === true || sideFlag(state, 'finished');
  if (done !== false || strict !== false || state.errored) return done;
  return state.ended === true && state.length === 0;
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  const state = stream._readableState;
  if (stream.readableEnded === true || !state) return !!state || stream.readableEnded === true;
  return sideFlag(state, 'ended');
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const state = stream._readableState;
  const done = sideFlag(state, 'endEmitted');
  if (done !== false || strict !== false || state.errored) return done;
  return state.ended === true && state.length === 0;
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  const checkReadable = !opts || opts.readable !== false;
  const checkWritable = !opts || opts.writable !== false;
  return !((checkReadable && isReadable(stream)) || (checkWritable && isWritable(stream)));
}

function sideError(stream, publicName, stateName) {
  if (!isNodeStream(stream)) return null;
  if (stream[publicName]) return stream[publicName];
  const state = stream[stateName];
  return (state && state.errored) ?? null;
}

function isWritableErrored(stream) {
  return sideError(stream, 'writableErrored', '_writableState');
}

function isReadableErrored(stream) {
  return sideError(stream, 'readableErrored', '_readableState');
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  const wKnown = !!w && typeof w.closed === 'boolean';
  const rKnown = !!r && typeof r.closed === 'boolean';
  if (wKnown || rKnown) return (w && w.closed) || (r && r.closed);
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

// Whether 'close' can still be expected from this stream.
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  if (!state) return isServerResponse(stream);
  return !!(state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const marked = stream[kIsDisturbed];
  if (marked !== undefined && marked !== null) return !!marked;
  return !!(stream.readableDidRead || stream.readableAborted);
}

// The first of these sources that has an opinion answers.
function isErrored(stream) {
  if (!stream) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  const answers = [
    () => stream[kIsErrored],
    () => stream.readableErrored,
    () => stream.writableErrored,
    () => r && r.errorEmitted,
    () => w && w.errorEmitted,
    () => r && r.errored,
    () => w && w.errored,
  ];
  for (const answer of answers) {
    const value = answer();
    if (value !== undefined && value !== null) return !!value;
  }
  return false;
}

module.exports = {
  kIsDestroyed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsDisturbed,
  kIsClosedPromise,
  kControllerErrorFunction,
  kOnConstructed,
  kEmptyObject,
  nop,
  once,
  aggregateTwoErrors,
  addAbortListener,
  isClosed,
  isDestroyed,
  isDisturbed,
  isDuplexNodeStream,
  isErrored,
  isFinished,
  isIterable,
  isNodeStream,
  isOutgoingMessage,
  isReadable,
  isReadableEnded,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isServerRequest,
  isServerResponse,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableEnded,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  willEmitClose,
};
