'use strict';

// stream.pipeline(...stages, callback)
//
// Connects stages left to right. A stage can be a node stream, an
// (async) iterable, or a function: the first stage's function is called
// with ({ signal }) and returns the source; later functions get the
// previous stage as an async iterable and return an async iterable (middle
// stages) or a promise/async iterable (the last stage). When any stage
// fails, every stage is destroyed and the callback gets the first error
// that is more telling than a premature close.

const errors = require('internal/errors');
const validators = require('internal/validators');
const u = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');

const { AbortError, notImplemented } = errors;
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
  ERR_STREAM_DESTROYED, ERR_STREAM_PREMATURE_CLOSE,
} = errors.codes;

let PassThrough;
let Readable;

const isPrematureClose = (err) => !!err && err.code === 'ERR_STREAM_PREMATURE_CLOSE';
const webUnsupported = () => notImplemented('stream.pipeline with web streams');

function pipeline(...stages) {
  validators.validateFunction(stages[stages.length - 1], 'streams[stream.length - 1]');
  const callback = stages.pop();
  return pipelineImpl(stages, u.once(callback));
}

function pipelineImpl(stages, callback, opts) {
  if (stages.length === 1 && Array.isArray(stages[0])) stages = stages[0];
  if (stages.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts && opts.signal;
  validators.validateAbortSignal(outerSignal, 'options.signal');
  // Handed to function stages; aborted once the pipeline is over.
  const controller = new AbortController();

  const run = {
    error: undefined,
    value: undefined,
    // Completions still expected before the pipeline is done.
    pending: 0,
    // How to destroy each stage when the pipeline fails.
    teardowns: [],
    // Listeners left on a readable last stage are removed on success only,
    // so the caller can keep using that stream.
    onSuccess: [],
    stopOuter: null,
  };

  function conclude(err, last) {
    if (err && (!run.error || isPrematureClose(run.error))) run.error = err;
    if (!run.error && !last) return;
    while (run.teardowns.length > 0) run.teardowns.shift()(run.error);
    if (run.stopOuter) run.stopOuter();
    controller.abort();
    if (!last) return;
    if (!run.error) for (const fn of run.onSuccess) fn();
    process.nextTick(callback, run.error, run.value);
  }
  const stageDone = (err) => conclude(err, --run.pending === 0);
  const abortAll = () => {
    conclude(new AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  };
  if (outerSignal) run.stopOuter = u.addAbortListener(outerSignal, abortAll);

  let previous;
  const lastIndex = stages.length - 1;
  stages.forEach((stage, i) => {
    const feedsNext = i < lastIndex;
    const isLast = i === lastIndex;
    const endsStage = feedsNext || !opts || opts.end !== false;

    if (u.isNodeStream(stage)) {
      watchNodeStage(run, stage, { feedsNext, takesInput: i > 0, endsStage, isLast, stageDone });
    }

    if (i === 0) {
      previous = openSource(stage, controller.signal);
    } else if (typeof stage === 'function') {
      previous = callTransform(run, stage, previous, {
        index: i, feedsNext, endsStage, isLast, signal: controller.signal, stageDone,
      });
    } else if (u.isNodeStream(stage)) {
      connectInto(run, previous, stage, { endsStage, isLast, stageDone });
      previous = stage;
    } else if (u.isWebStream(stage)) {
      throw webUnsupported();
    } else {
      previous = Duplex.from(stage);
    }
  });

  if (controller.signal.aborted || (outerSignal && outerSignal.aborted)) {
    process.nextTick(abortAll);
  }
  return previous;
}

function watchNodeStage(run, stage, { feedsNext, takesInput, endsStage, isLast, stageDone }) {
  const keepAfter = isLast && u.isReadable(stage);
  if (endsStage) {
    const guard = guardStage(stage, feedsNext, takesInput);
    run.teardowns.push(guard.destroy);
    if (keepAfter) run.onSuccess.push(guard.stopWatching);
  }
  // Errors reach the callback through the pipeline, not as unhandled
  // 'error' events. Aborts and premature closes are reported elsewhere.
  const onError = (err) => {
    if (err && err.name !== 'AbortError' && !isPrematureClose(err)) stageDone(err);
  };
  stage.on('error', onError);
  if (keepAfter) run.onSuccess.push(() => stage.removeListener('error', onError));
}

// Destroys the stage on failure, unless it already completed or closed.
function guardStage(stage, reading, writing) {
  let settled = false;
  stage.on('close', () => { settled = true; });
  const stopWatching = eos(stage, { readable: reading, writable: writing }, (err) => {
    settled = !err;
  });
  return {
    stopWatching,
    destroy(err) {
      if (settled) return;
      settled = true;
      destroyer(stage, err || new ERR_STREAM_DESTROYED('pipe'));
    },
  };
}

function openSource(stage, signal) {
  if (typeof stage === 'function') {
    const source = stage({ signal });
    if (!u.isIterable(source)) {
      throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', source);
    }
    return source;
  }
  if (u.isIterable(stage) || u.isReadableNodeStream(stage) || u.isTransformStream(stage)) {
    return stage;
  }
  return Duplex.from(stage);
}

function callTransform(run, fn, previous, ctx) {
  const input = asAsyncIterable(u.isTransformStream(previous) ? previous.readable : previous);
  const output = fn(input, { signal: ctx.signal });

  if (ctx.feedsNext) {
    if (!u.isIterable(output, true)) {
      throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${ctx.index - 1}]`, output);
    }
    return output;
  }

  // The last stage is a function: what it produces flows into a
  // PassThrough, which becomes the pipeline's result stream.
  PassThrough ??= require('internal/streams/passthrough');
  const sink = new PassThrough({ objectMode: true });

  if (output && typeof output.then === 'function') {
    run.pending++;
    Reflect.apply(output.then, output, [
      (value) => {
        run.value = value;
        if (value !== null && value !== undefined) sink.write(value);
        if (ctx.endsStage) sink.end();
        process.nextTick(ctx.stageDone);
      },
      (err) => {
        sink.destroy(err);
        process.nextTick(ctx.stageDone, err);
      },
    ]);
  } else if (u.isIterable(output, true)) {
    run.pending++;
    pumpIntoWritable(output, sink, ctx.stageDone, ctx.endsStage);
  } else if (u.isReadableStream(output) || u.isTransformStream(output)) {
    throw webUnsupported();
  } else {
    throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', output);
  }

  const guard = guardStage(sink, false, true);
  run.teardowns.push(guard.destroy);
  if (ctx.isLast) run.onSuccess.push(guard.stopWatching);
  return sink;
}

function asAsyncIterable(value) {
  if (u.isIterable(value)) return value;
  if (u.isReadableNodeStream(value)) return readableChunks(value);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], value);
}

async function* readableChunks(stream) {
  Readable ??= require('internal/streams/readable');
  yield* Readable.prototype[Symbol.asyncIterator].call(stream);
}

// Feeds the previous stage into a node stream stage.
function connectInto(run, previous, stage, { endsStage, isLast, stageDone }) {
  if (u.isReadableNodeStream(previous)) {
    run.pending += 2;
    const stop = pipeStreams(previous, stage, stageDone, endsStage);
    if (isLast && u.isReadable(stage)) run.onSuccess.push(stop);
  } else if (u.isTransformStream(previous) || u.isReadableStream(previous)) {
    throw webUnsupported();
  } else if (u.isIterable(previous)) {
    run.pending++;
    pumpIntoWritable(previous, stage, stageDone, endsStage);
  } else {
    throw new ERR_INVALID_ARG_TYPE(
      'val',
      ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'],
      previous);
  }
}

// src.pipe(dst) with completion reporting: `done` is called once for the
// source and once for the destination.
function pipeStreams(src, dst, done, endDst) {
  let srcEnded = false;
  dst.on('close', () => {
    // The destination went away while the source still had data.
    if (!srcEnded) done(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  if (endDst) {
    const endDestination = () => {
      srcEnded = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) process.nextTick(endDestination);
    else src.once('end', endDestination);
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const state = src._readableState;
    const endedCleanly = state && state.ended && !state.errored && !state.errorEmitted;
    if (isPrematureClose(err) && endedCleanly) {
      // 'close' overtook a pending 'end': wait for the real outcome.
      src.once('end', done).once('error', done);
    } else {
      done(err);
    }
  });

  if (!endDst) {
    // The destination stays open, so it is done as soon as it is fed.
    done();
    return u.nop;
  }
  return eos(dst, { readable: false, writable: true }, done);
}

// Writes an (async) iterable into a node Writable, waiting for 'drain'
// whenever write() says the buffer is full.
async function pumpIntoWritable(iterable, writable, done, endWritable) {
  let failure;
  let wake = null;

  const signalled = (err) => {
    if (err) failure = err;
    const resume = wake;
    wake = null;
    if (resume) resume();
  };
  const nextSignal = () => new Promise((resolve, reject) => {
    if (failure) {
      reject(failure);
      return;
    }
    wake = () => (failure ? reject(failure) : resolve());
  });

  writable.on('drain', signalled);
  const stopWatching = eos(writable, { readable: false }, signalled);
  try {
    if (writable.writableNeedDrain) await nextSignal();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await nextSignal();
    }
    if (endWritable) {
      writable.end();
      await nextSignal();
    }
    done();
  } catch (err) {
    done(failure !== err ? u.aggregateTwoErrors(failure, err) : err);
  } finally {
    stopWatching();
    writable.off('drain', signalled);
  }
}

module.exports = { pipelineImpl, pipeline };
