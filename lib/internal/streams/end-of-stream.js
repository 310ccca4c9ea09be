'use strict';

// stream.finished(stream[, options], callback)
//
// Reports, exactly once, how a stream's life ended: normally (the sides the
// caller cares about ended/finished), with an error, or prematurely (closed
// before that). Streams that will emit 'close' are reported on 'close', so
// that the callback sees a fully torn-down stream.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const u = require('internal/streams/utils');

const { kEmptyObject, nop, once } = u;

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options === null || options === undefined) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  if (u.isReadableStream(stream) || u.isWritableStream(stream)) {
    return watchWebStream(stream, options, once(callback));
  }
  if (!u.isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return watchNodeStream(stream, options, once(callback));
}

function watchNodeStream(stream, options, report) {
  const wantReadable = options.readable ?? u.isReadableNodeStream(stream);
  const wantWritable = options.writable ?? u.isWritableNodeStream(stream);

  // Progress of the two sides, as far as the caller is interested.
  let readDone = !!u.isReadableFinished(stream, false);
  let writeDone = !!u.isWritableFinished(stream, false);
  // Only wait for 'close' when the caller watches the stream's real sides.
  let awaitClose = !!u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === wantReadable &&
    u.isWritableNodeStream(stream) === wantWritable;

  const succeed = () => report.call(stream);
  const fail = (err) => report.call(stream, err);

  const recordedError = () => {
    const err = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    return err && typeof err !== 'boolean' ? err : null;
  };

  function onFinish() {
    writeDone = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (wantReadable || !stream.readable)) return;
    if (readDone || !wantReadable) succeed();
  }

  function onEnd() {
    readDone = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (wantWritable || !stream.writable)) return;
    if (writeDone || !wantWritable) succeed();
  }

  function onError(err) {
    fail(err);
  }

  // 'close' arrived: anything the caller waited for that has not happened
  // by now never will.
  function onClose() {
    const err = recordedError();
    if (err) return fail(err);
    if (wantReadable && !readDone && u.isReadableNodeStream(stream, true) &&
        !u.isReadableFinished(stream, false)) {
      return fail(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (wantWritable && !writeDone && !u.isWritableFinished(stream, false)) {
      return fail(new ERR_STREAM_PREMATURE_CLOSE());
    }
    succeed();
  }

  // The stream was already done before we started watching.
  function onAlreadyDone() {
    const err = recordedError();
    if (err) fail(err);
    else succeed();
  }

  // Old-style writables have no state: 'end'/'close' with writable false
  // means they are done.
  function onLegacyDone() {
    if (!stream.writable) onFinish();
  }

  function onRequest() {
    stream.req.on('finish', onFinish);
  }

  const subscriptions = [];
  const listen = (event, fn) => {
    stream.on(event, fn);
    subscriptions.push([event, fn]);
  };

  if (u.isRequest(stream)) {
    listen('complete', onFinish);
    if (!awaitClose) listen('abort', onClose);
    if (stream.req) onRequest();
    else listen('request', onRequest);
  } else if (wantWritable && !stream._writableState) {
    listen('end', onLegacyDone);
    listen('close', onLegacyDone);
  }
  if (!awaitClose && typeof stream.aborted === 'boolean') listen('aborted', onClose);

  listen('end', onEnd);
  listen('finish', onFinish);
  if (options.error !== false) listen('error', onError);
  listen('close', onClose);

  const closedAlready = u.isClosed(stream);
  const rState = stream._readableState;
  const wState = stream._writableState;
  if (closedAlready) {
    process.nextTick(onClose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!awaitClose) process.nextTick(onAlreadyDone);
  } else if (!wantReadable && (!awaitClose || u.isReadable(stream)) &&
             (writeDone || u.isWritable(stream) === false)) {
    process.nextTick(onAlreadyDone);
  } else if (!wantWritable && (!awaitClose || u.isWritable(stream)) &&
             (readDone || u.isReadable(stream) === false)) {
    process.nextTick(onAlreadyDone);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onAlreadyDone);
  }

  function stopWatching() {
    report = nop;
    for (const [event, fn] of subscriptions) stream.removeListener(event, fn);
    if (stream.req) stream.req.removeListener('finish', onFinish);
  }

  const signal = options.signal;
  if (signal && !closedAlready) {
    const onAbort = () => {
      const last = report;
      stopWatching();
      last.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      const detach = u.addAbortListener(signal, onAbort);
      const inner = report;
      report = once(function reportAndDetach(...args) {
        detach();
        Reflect.apply(inner, stream, args);
      });
    }
  }

  return stopWatching;
}

// Web streams carry a promise that settles when they close.
function watchWebStream(stream, options, report) {
  let aborted = false;
  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      aborted = true;
      report.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      const detach = u.addAbortListener(signal, onAbort);
      const inner = report;
      report = once(function reportAndDetach(...args) {
        detach();
        Reflect.apply(inner, stream, args);
      });
    }
  }
  const settle = (...args) => {
    if (aborted) return;
    process.nextTick(() => Reflect.apply(report, stream, args));
  };
  const holder = stream[u.kIsClosedPromise];
  const closed = holder && holder.promise;
  if (closed && typeof closed.then === 'function') closed.then(settle, settle);
  return nop;
}

// The promise form (also stream/promises.finished). options.cleanup
// removes the listeners once it settles.
function finished(stream, opts) {
  if (opts === null) opts = kEmptyObject;
  let removeAfter = false;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    removeAfter = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const stop = eos(stream, opts, (err) => {
      if (removeAfter) stop();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;

module.exports = eos;
