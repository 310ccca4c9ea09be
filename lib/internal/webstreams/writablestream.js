'use strict';

// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (WHATWG Streams, "Writable streams").
// The functions below follow the standard's abstract operations, named
// after them; they work on the slot objects of util.js.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  Queue,
  attachSlots,
  defineInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromise,
  markHandled,
  newDeferred,
  optionalCallback,
  optionalObject,
  peekQueueValue,
  reactTo,
  readStrategy,
  rejectDeferred,
  rejectedWith,
  resetQueue,
  resolvedWith,
  setUpInterface,
  slotsOf,
  thisSlots,
  upon,
} = require('internal/webstreams/util');

// The keys node's stream helpers (finished(), addAbortSignal() ...) read.
const streamKeys = require('internal/streams/utils');
const { kControllerErrorFunction, kIsClosedPromise, kIsErrored, kIsWritable } = streamKeys;

const kInternal = Symbol('kInternal');
const closeSentinel = Symbol('close sentinel');

let AbortControllerCtor;
function newAbortController() {
  if (AbortControllerCtor === undefined) {
    AbortControllerCtor = require('internal/abort_controller').AbortController;
  }
  return new AbortControllerCtor();
}

function stateError(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// --- WritableStream -------------------------------------------------------------

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    // A stream made by the other modules (TransformStream ...) has its
    // controller set up by them.
    if (sink === kInternal) {
      initializeWritableStream(this);
      return;
    }
    strategy = readStrategy(strategy);
    sink = optionalObject(sink, 'sink');
    const underlying = readUnderlyingSink(sink);
    const stream = initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpControllerFromUnderlyingSink(stream, sink, underlying, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    return isWritableStreamLocked(thisSlots(this, 'WritableStream'));
  }

  abort(reason = undefined) {
    const stream = slotsOf(this, 'WritableStream');
    if (stream === undefined) return rejectedWith(invalidThis('WritableStream'));
    if (isWritableStreamLocked(stream)) return rejectedWith(stateError('WritableStream is locked'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    const stream = slotsOf(this, 'WritableStream');
    if (stream === undefined) return rejectedWith(invalidThis('WritableStream'));
    if (isWritableStreamLocked(stream)) return rejectedWith(stateError('WritableStream is locked'));
    if (closeQueuedOrInFlight(stream)) {
      return rejectedWith(stateError('Failure closing WritableStream'));
    }
    return writableStreamClose(stream);
  }

  getWriter() {
    const stream = thisSlots(this, 'WritableStream');
    return new WritableStreamDefaultWriter(stream.object);
  }
}

function invalidThis(type) {
  return new ERR_INVALID_THIS(type);
}

// The UnderlyingSink dictionary: callbacks checked, `type` refused.
function readUnderlyingSink(sink) {
  if (sink === undefined) return {};
  const abort = optionalCallback(sink.abort, 'sink.abort');
  const close = optionalCallback(sink.close, 'sink.close');
  const start = optionalCallback(sink.start, 'sink.start');
  const type = sink.type;
  const write = optionalCallback(sink.write, 'sink.write');
  if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
  return { abort, close, start, write };
}

function initializeWritableStream(object) {
  const stream = attachSlots(object, 'WritableStream', {
    // For node's stream helpers (finished(), addAbortSignal()): settles
    // when the stream is closed or errored.
    isClosed: newDeferred(),
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: new Queue(),
    backpressure: false,
  });
  markHandled(stream.isClosed.promise);
  hidden(object, kIsClosedPromise, stream.isClosed);
  hidden(object, kControllerErrorFunction,
         (error) => controllerErrorIfNeeded(stream.controller, error));
  return stream;
}

function hidden(object, key, value) {
  Object.defineProperty(object, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// CreateWritableStream, for the other stream classes.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const object = new WritableStream(kInternal);
  const stream = slotsOf(object, 'WritableStream');
  const controller = newControllerSlots();
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark,
                                       sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return resolvedWith(undefined);
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return resolvedWith(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = newDeferred();
  stream.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed') return rejectedWith(stateError('WritableStream is closed'));
  if (state === 'errored') return rejectedWith(stream.storedError);
  const deferred = newDeferred();
  stream.closeRequest = deferred;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') {
    writer.readyPromise.resolve(undefined);
  }
  writableStreamDefaultControllerClose(stream.controller);
  return deferred.promise;
}

function writableStreamAddWriteRequest(stream) {
  const deferred = newDeferred();
  stream.writeRequests.push(deferred);
  return deferred.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller.started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  stream.state = 'errored';
  stream.isClosed.reject(stream.storedError);
  const controller = stream.controller;
  resetQueue(controller);  // [[ErrorSteps]]
  const storedError = stream.storedError;
  for (const request of stream.writeRequests.drain()) rejectDeferred(request, storedError, false);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  // [[AbortSteps]]
  const promise = controller.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(controller);
  upon(promise, () => {
    abortRequest.deferred.resolve(undefined);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.deferred.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  stream.isClosed.resolve(undefined);
  const writer = stream.writer;
  if (writer !== undefined) writer.closedPromise.resolve(undefined);
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.deferred.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) rejectDeferred(writer.closedPromise, stream.storedError);
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.readyPromise = newDeferred();
    else writer.readyPromise.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// --- WritableStreamDefaultWriter --------------------------------------------------

// A settled deferred, for the writer's promises when they start settled.
function settledDeferred(rejected, value) {
  const deferred = newDeferred();
  if (rejected) rejectDeferred(deferred, value);
  else deferred.resolve(value);
  return deferred;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    const streamSlots = slotsOf(stream, 'WritableStream');
    if (streamSlots === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(streamSlots)) throw stateError('WritableStream is locked');
    const writer = attachSlots(this, 'WritableStreamDefaultWriter', {
      stream: undefined,
      readyPromise: undefined,
      closedPromise: undefined,
    });
    writer.stream = streamSlots;
    streamSlots.writer = writer;
    const state = streamSlots.state;
    if (state === 'writable') {
      writer.readyPromise = !closeQueuedOrInFlight(streamSlots) && streamSlots.backpressure ?
        newDeferred() : settledDeferred(false, undefined);
      writer.closedPromise = newDeferred();
    } else if (state === 'erroring') {
      writer.readyPromise = settledDeferred(true, streamSlots.storedError);
      writer.closedPromise = newDeferred();
    } else if (state === 'closed') {
      writer.readyPromise = settledDeferred(false, undefined);
      writer.closedPromise = settledDeferred(false, undefined);
    } else {
      writer.readyPromise = settledDeferred(true, streamSlots.storedError);
      writer.closedPromise = settledDeferred(true, streamSlots.storedError);
    }
  }

  get closed() {
    const writer = slotsOf(this, 'WritableStreamDefaultWriter');
    if (writer === undefined) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    return writer.closedPromise.promise;
  }

  get desiredSize() {
    const writer = thisSlots(this, 'WritableStreamDefaultWriter');
    if (writer.stream === undefined) throw stateError('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(writer);
  }

  get ready() {
    const writer = slotsOf(this, 'WritableStreamDefaultWriter');
    if (writer === undefined) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    return writer.readyPromise.promise;
  }

  abort(reason = undefined) {
    const writer = slotsOf(this, 'WritableStreamDefaultWriter');
    if (writer === undefined) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    if (writer.stream === undefined) return rejectedWith(unboundWriter());
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    const writer = slotsOf(this, 'WritableStreamDefaultWriter');
    if (writer === undefined) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    const stream = writer.stream;
    if (stream === undefined) return rejectedWith(unboundWriter());
    if (closeQueuedOrInFlight(stream)) {
      return rejectedWith(stateError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const writer = thisSlots(this, 'WritableStreamDefaultWriter');
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    const writer = slotsOf(this, 'WritableStreamDefaultWriter');
    if (writer === undefined) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    if (writer.stream === undefined) return rejectedWith(unboundWriter());
    return writerWrite(writer, chunk);
  }
}

function unboundWriter() {
  return stateError('Writer is not bound to a WritableStream');
}

// AcquireWritableStreamDefaultWriter
function acquireWriter(stream) {
  return slotsOf(new WritableStreamDefaultWriter(stream.object), 'WritableStreamDefaultWriter');
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return resolvedWith(undefined);
  if (state === 'errored') return rejectedWith(stream.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  ensureRejected(writer, 'closedPromise', error);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  ensureRejected(writer, 'readyPromise', error);
}

// Rejects writer[key] if still pending, else replaces it by a rejected one.
function ensureRejected(writer, key, error) {
  const deferred = writer[key];
  if (!deferred.settled) {
    rejectDeferred(deferred, error);
  } else {
    writer[key] = settledDeferred(true, error);
  }
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = stateError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) return rejectedWith(unboundWriter());
  const state = stream.state;
  if (state === 'errored') return rejectedWith(stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return rejectedWith(stateError('WritableStream is closed'));
  }
  if (state === 'erroring') return rejectedWith(stream.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

// --- WritableStreamDefaultController ------------------------------------------------

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return thisSlots(this, 'WritableStreamDefaultController').abortController.signal;
  }

  error(error = undefined) {
    const controller = thisSlots(this, 'WritableStreamDefaultController');
    if (controller.stream.state !== 'writable') return;
    controllerError(controller, error);
  }
}

function newControllerSlots() {
  return attachSlots(new WritableStreamDefaultController(kInternal),
                     'WritableStreamDefaultController', {
                       stream: undefined,
                       queue: undefined,
                       queueTotalSize: 0,
                       abortController: undefined,
                       started: false,
                       strategySizeAlgorithm: undefined,
                       strategyHWM: 0,
                       writeAlgorithm: undefined,
                       closeAlgorithm: undefined,
                       abortAlgorithm: undefined,
                     });
}

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  resetQueue(controller);
  controller.abortController = newAbortController();
  controller.started = false;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  upon(resolvedWith(startResult), () => {
    controller.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller.started = true;
    writableStreamDealWithRejection(stream, reason);
  });
}

function setUpControllerFromUnderlyingSink(stream, sink, underlying, highWaterMark, sizeAlgorithm) {
  const controller = newControllerSlots();
  const { start, write, close, abort } = underlying;
  const object = controller.object;
  const startAlgorithm = start === undefined ? () => undefined :
    () => Reflect.apply(start, sink, [object]);
  const writeAlgorithm = (chunk) => invokePromise(write, sink, [chunk, object]);
  const closeAlgorithm = () => invokePromise(close, sink, []);
  const abortAlgorithm = (reason) => invokePromise(abort, sink, [reason]);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark,
                                       sizeAlgorithm);
}

function clearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, closeSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) return 1;
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === closeSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function controllerProcessClose(controller) {
  const stream = controller.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  clearAlgorithms(controller);
  upon(sinkClosePromise,
          () => finishInFlightClose(stream),
          (reason) => finishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  const sinkWritePromise = controller.writeAlgorithm(chunk);
  upon(sinkWritePromise, () => {
    finishInFlightWrite(stream);
    const state = stream.state;
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream.state === 'writable') clearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerError(controller, error) {
  const stream = controller.stream;
  clearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

// --- interface shapes ------------------------------------------------------------

setUpInterface(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);
setUpInterface(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
               ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
setUpInterface(WritableStreamDefaultController, 'WritableStreamDefaultController',
               ['signal', 'error']);

// What node's stream helpers ask a stream.
Object.defineProperties(WritableStream.prototype, {
  [kIsErrored]: {
    __proto__: null,
    configurable: true,
    get() { return thisSlots(this, 'WritableStream').state === 'errored'; },
  },
  [kIsWritable]: {
    __proto__: null,
    configurable: true,
    get() { return thisSlots(this, 'WritableStream').state === 'writable'; },
  },
});

function describeStream(stream) {
  return { locked: isWritableStreamLocked(stream), state: stream.state };
}

defineInspect(WritableStream, 'WritableStream', describeStream);
defineInspect(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter', (writer) => ({
  stream: writer.stream === undefined ? undefined : writer.stream.object,
  close: writer.closedPromise.promise,
  ready: writer.readyPromise.promise,
  desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
}));
defineInspect(WritableStreamDefaultController, 'WritableStreamDefaultController',
              (controller) => ({ stream: controller.stream.object }));

module.exports = {
  // The interface objects.
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  // What the readable and transform streams use.
  acquireWriter,
  closeQueuedOrInFlight,
  controllerError,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
};
