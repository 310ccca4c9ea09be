'use strict';

// ReadableStream, its readers and controllers (WHATWG Streams, "Readable
// streams"): default and byte streams, tee, pipeTo/pipeThrough, async
// iteration and ReadableStream.from. Functions are named after the
// standard's abstract operations and work on the slot objects of util.js.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  Queue,
  attachSlots,
  canTransferArrayBuffer,
  cloneAsUint8Array,
  defineInspect,
  dequeueValue,
  elementSize,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromise,
  isDetached,
  markHandled,
  newDeferred,
  optionalCallback,
  optionalDictionary,
  optionalObject,
  reactTo,
  readStrategy,
  rejectDeferred,
  rejectedWith,
  resetQueue,
  resolvedWith,
  setUpInterface,
  slotsOf,
  thisSlots,
  transferArrayBuffer,
  upon,
} = require('internal/webstreams/util');
const writable = require('internal/webstreams/writablestream');
const {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');

const kInternal = Symbol('kInternal');

function stateError(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

function viewTypeError(name, value) {
  return new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
}

let isAbortSignal;
function checkSignal(signal) {
  if (isAbortSignal === undefined) isAbortSignal = require('internal/abort_controller').isAbortSignal;
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
}

// --- ReadableStream --------------------------------------------------------------

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === kInternal) {
      initializeReadableStream(this);
      return;
    }
    strategy = readStrategy(strategy);
    source = optionalObject(source, 'source');
    const underlying = readUnderlyingSource(source);
    const stream = initializeReadableStream(this);
    if (underlying.type === 'bytes') {
      const size = strategy === undefined ? undefined : strategy.size;
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      const highWaterMark = extractHighWaterMark(strategy, 0);
      setUpByteControllerFromUnderlyingSource(stream, source, underlying, highWaterMark);
    } else {
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      const highWaterMark = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromUnderlyingSource(stream, source, underlying, highWaterMark,
                                                 sizeAlgorithm);
    }
  }

  get locked() {
    return isReadableStreamLocked(thisSlots(this, 'ReadableStream'));
  }

  cancel(reason = undefined) {
    const stream = slotsOf(this, 'ReadableStream');
    if (stream === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(stream)) return rejectedWith(stateError('ReadableStream is locked'));
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = thisSlots(this, 'ReadableStream');
    options = optionalDictionary(options, 'options');
    const mode = options === undefined ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(stream.object);
  }

  pipeThrough(transform, options = undefined) {
    const stream = thisSlots(this, 'ReadableStream');
    const readable = transform === undefined || transform === null ? undefined : transform.readable;
    if (slotsOf(readable, 'ReadableStream') === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform.writable;
    const destSlots = slotsOf(dest, 'WritableStream');
    if (destSlots === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(stream)) throw stateError('The ReadableStream is locked');
    if (writable.isWritableStreamLocked(destSlots)) throw stateError('The WritableStream is locked');
    const promise = readableStreamPipeTo(stream, destSlots, preventClose, preventAbort,
                                         preventCancel, signal);
    markHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      const stream = thisSlots(this, 'ReadableStream');
      const dest = slotsOf(destination, 'WritableStream');
      if (dest === undefined) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(stream)) throw stateError('The ReadableStream is locked');
      if (writable.isWritableStreamLocked(dest)) throw stateError('The WritableStream is locked');
      return readableStreamPipeTo(stream, dest, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return rejectedWith(error);
    }
  }

  tee() {
    const stream = thisSlots(this, 'ReadableStream');
    if (isReadableStreamLocked(stream)) throw stateError('ReadableStream is locked');
    const [branch1, branch2] = readableStreamTee(stream);
    return [branch1.object, branch2.object];
  }

  values(options = undefined) {
    const stream = thisSlots(this, 'ReadableStream');
    options = optionalDictionary(options, 'options');
    const preventCancel = options === undefined ? false : !!options.preventCancel;
    return createAsyncIterator(stream, preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).object;
  }
}

// The StreamPipeOptions dictionary.
function readPipeOptions(options) {
  options = optionalDictionary(options, 'options');
  if (options === undefined) {
    return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined) checkSignal(signal);
  return { preventAbort, preventCancel, preventClose, signal };
}

// The UnderlyingSource dictionary (members in the standard's order).
function readUnderlyingSource(source) {
  if (source === undefined) return {};
  const rawChunkSize = source.autoAllocateChunkSize;
  const cancel = optionalCallback(source.cancel, 'source.cancel');
  const pull = optionalCallback(source.pull, 'source.pull');
  const start = optionalCallback(source.start, 'source.start');
  let type = source.type;
  if (type !== undefined) {
    if (`${type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
    type = 'bytes';
  }
  let autoAllocateChunkSize;
  if (rawChunkSize !== undefined) {
    // [EnforceRange] unsigned long long, and not 0.
    const size = +rawChunkSize;
    if (!Number.isFinite(size) || size < 1 || size > Number.MAX_SAFE_INTEGER) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', rawChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(size);
  }
  return { autoAllocateChunkSize, cancel, pull, start, type };
}

function initializeReadableStream(object) {
  const stream = attachSlots(object, 'ReadableStream', {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    // For node's stream helpers (finished(), addAbortSignal()): settles
    // when the stream closes or errors.
    isClosed: newDeferred(),
  });
  markHandled(stream.isClosed.promise);
  hidden(object, kIsClosedPromise, stream.isClosed);
  hidden(object, kControllerErrorFunction, (error) => {
    if (isByteController(stream.controller)) byteControllerError(stream.controller, error);
    else defaultControllerError(stream.controller, error);
  });
  return stream;
}

function hidden(object, key, value) {
  Object.defineProperty(object, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// CreateReadableStream, for the other stream classes.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = slotsOf(new ReadableStream(kInternal), 'ReadableStream');
  const controller = newDefaultControllerSlots();
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// CreateReadableByteStream
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = slotsOf(new ReadableStream(kInternal), 'ReadableStream');
  const controller = newByteControllerSlots();
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

function isByteController(controller) {
  return controller.type === 'ReadableByteStreamController';
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return resolvedWith(undefined);
  if (stream.state === 'errored') return rejectedWith(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.type === 'ReadableStreamBYOBReader') {
    for (const request of reader.readIntoRequests.drain()) request.closeSteps(undefined);
  }
  const sourceCancelPromise = stream.controller.cancelSteps(reason);
  return reactTo(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  stream.isClosed.resolve(undefined);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closedPromise.resolve(undefined);
  if (reader.type === 'ReadableStreamDefaultReader') {
    for (const request of reader.readRequests.drain()) request.closeSteps();
  }
}

function readableStreamError(stream, error) {
  stream.state = 'errored';
  stream.storedError = error;
  stream.isClosed.reject(error);
  const reader = stream.reader;
  if (reader === undefined) return;
  rejectDeferred(reader.closedPromise, error);
  if (reader.type === 'ReadableStreamDefaultReader') {
    errorReadRequests(reader, error);
  } else {
    errorReadIntoRequests(reader, error);
  }
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream.reader.readRequests.shift();
  if (done) request.closeSteps();
  else request.chunkSteps(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream.reader.readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function numReadRequests(stream) {
  return stream.reader.readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

function hasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.type === 'ReadableStreamDefaultReader';
}

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.type === 'ReadableStreamBYOBReader';
}

// --- readers -------------------------------------------------------------------

// ReadableStreamReaderGenericInitialize
function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  reader.closedPromise = newDeferred();
  if (stream.state === 'closed') {
    reader.closedPromise.resolve(undefined);
  } else if (stream.state === 'errored') {
    rejectDeferred(reader.closedPromise, stream.storedError);
  }
}

// ReadableStreamReaderGenericRelease
function readerGenericRelease(reader) {
  const stream = reader.stream;
  const error = stateError('Reader released');
  if (stream.state === 'readable') {
    rejectDeferred(reader.closedPromise, error);
  } else {
    reader.closedPromise = newDeferred();
    rejectDeferred(reader.closedPromise, error);
  }
  stream.controller.releaseSteps();
  stream.reader = undefined;
  reader.stream = undefined;
}

function errorReadRequests(reader, error) {
  for (const request of reader.readRequests.drain()) request.errorSteps(error);
}

function errorReadIntoRequests(reader, error) {
  for (const request of reader.readIntoRequests.drain()) request.errorSteps(error);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, stateError('Releasing reader'));
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadIntoRequests(reader, stateError('Releasing reader'));
}

function defaultReaderRead(reader, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') request.closeSteps();
  else if (stream.state === 'errored') request.errorSteps(stream.storedError);
  else stream.controller.pullSteps(request);
}

function byobReaderRead(reader, view, min, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') request.errorSteps(stream.storedError);
  else byteControllerPullInto(stream.controller, view, min, request);
}

function acquireDefaultReader(stream) {
  return slotsOf(new ReadableStreamDefaultReader(stream.object), 'ReadableStreamDefaultReader');
}

function acquireBYOBReader(stream) {
  return slotsOf(new ReadableStreamBYOBReader(stream.object), 'ReadableStreamBYOBReader');
}

function detachedReader() {
  return stateError('The reader is not attached to a stream');
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    const streamSlots = slotsOf(stream, 'ReadableStream');
    if (streamSlots === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(streamSlots)) throw stateError('ReadableStream is locked');
    const reader = attachSlots(this, 'ReadableStreamDefaultReader', {
      stream: undefined,
      closedPromise: undefined,
      readRequests: new Queue(),
    });
    readerGenericInitialize(reader, streamSlots);
  }

  read() {
    const reader = slotsOf(this, 'ReadableStreamDefaultReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (reader.stream === undefined) return rejectedWith(detachedReader());
    const deferred = newDeferred();
    defaultReaderRead(reader, {
      chunkSteps: (chunk) => deferred.resolve({ value: chunk, done: false }),
      closeSteps: () => deferred.resolve({ value: undefined, done: true }),
      errorSteps: (error) => deferred.reject(error),
    });
    return deferred.promise;
  }

  releaseLock() {
    const reader = thisSlots(this, 'ReadableStreamDefaultReader');
    if (reader.stream === undefined) return;
    defaultReaderRelease(reader);
  }

  get closed() {
    const reader = slotsOf(this, 'ReadableStreamDefaultReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    return reader.closedPromise.promise;
  }

  cancel(reason = undefined) {
    const reader = slotsOf(this, 'ReadableStreamDefaultReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (reader.stream === undefined) return rejectedWith(detachedReader());
    return readableStreamCancel(reader.stream, reason);
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    const streamSlots = slotsOf(stream, 'ReadableStream');
    if (streamSlots === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(streamSlots)) throw stateError('ReadableStream is locked');
    if (!isByteController(streamSlots.controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    const reader = attachSlots(this, 'ReadableStreamBYOBReader', {
      stream: undefined,
      closedPromise: undefined,
      readIntoRequests: new Queue(),
    });
    readerGenericInitialize(reader, streamSlots);
  }

  read(view, options = undefined) {
    const reader = slotsOf(this, 'ReadableStreamBYOBReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) return rejectedWith(viewTypeError('view', view));
    if (view.byteLength === 0 || isDetached(view.buffer) || view.buffer.byteLength === 0) {
      return rejectedWith(stateError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    try {
      options = optionalDictionary(options, 'options');
      if (options !== undefined && options.min !== undefined) min = toMin(options.min);
    } catch (error) {
      return rejectedWith(error);
    }
    if (min === 0) {
      return rejectedWith(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    }
    if (view.BYTES_PER_ELEMENT !== undefined) {
      if (min > view.length) {
        return rejectedWith(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      }
    } else if (min > view.byteLength) {
      return rejectedWith(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    }
    if (reader.stream === undefined) return rejectedWith(detachedReader());
    const deferred = newDeferred();
    byobReaderRead(reader, view, min, {
      chunkSteps: (chunk) => deferred.resolve({ value: chunk, done: false }),
      closeSteps: (chunk) => deferred.resolve({ value: chunk, done: true }),
      errorSteps: (error) => deferred.reject(error),
    });
    return deferred.promise;
  }

  releaseLock() {
    const reader = thisSlots(this, 'ReadableStreamBYOBReader');
    if (reader.stream === undefined) return;
    byobReaderRelease(reader);
  }

  get closed() {
    const reader = slotsOf(this, 'ReadableStreamBYOBReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return reader.closedPromise.promise;
  }

  cancel(reason = undefined) {
    const reader = slotsOf(this, 'ReadableStreamBYOBReader');
    if (reader === undefined) return rejectedWith(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (reader.stream === undefined) return rejectedWith(detachedReader());
    return readableStreamCancel(reader.stream, reason);
  }
}

// [EnforceRange] unsigned long long for ReadableStreamBYOBReaderReadOptions.min.
function toMin(value) {
  const number = +value;
  if (!Number.isFinite(number) || number < 0 || number > Number.MAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE('options.min', value);
  }
  return Math.trunc(number);
}

// --- ReadableStreamDefaultController ------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return defaultControllerGetDesiredSize(thisSlots(this, 'ReadableStreamDefaultController'));
  }

  close() {
    const controller = thisSlots(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(controller)) {
      throw stateError('Controller is already closed');
    }
    defaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    const controller = thisSlots(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(controller)) {
      throw stateError('Controller is already closed');
    }
    defaultControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    defaultControllerError(thisSlots(this, 'ReadableStreamDefaultController'), error);
  }
}

function newDefaultControllerSlots() {
  return attachSlots(new ReadableStreamDefaultController(kInternal),
                     'ReadableStreamDefaultController', {
                       stream: undefined,
                       queue: undefined,
                       queueTotalSize: 0,
                       started: false,
                       closeRequested: false,
                       pullAgain: false,
                       pulling: false,
                       strategySizeAlgorithm: undefined,
                       strategyHWM: 0,
                       pullAlgorithm: undefined,
                       cancelAlgorithm: undefined,
                       cancelSteps: undefined,
                       pullSteps: undefined,
                       releaseSteps: undefined,
                     });
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller.stream = stream;
  resetQueue(controller);
  controller.started = false;
  controller.closeRequested = false;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.cancelSteps = (reason) => {
    resetQueue(controller);
    const result = controller.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(controller);
    return result;
  };
  controller.pullSteps = (request) => defaultControllerPullSteps(controller, request);
  controller.releaseSteps = () => {};
  stream.controller = controller;
  const startResult = startAlgorithm();
  upon(resolvedWith(startResult), () => {
    controller.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (reason) => defaultControllerError(controller, reason));
}

function setUpDefaultControllerFromUnderlyingSource(stream, source, underlying, highWaterMark,
                                                    sizeAlgorithm) {
  const controller = newDefaultControllerSlots();
  const object = controller.object;
  const { start, pull, cancel } = underlying;
  const startAlgorithm = start === undefined ? () => undefined :
    () => Reflect.apply(start, source, [object]);
  const pullAlgorithm = () => invokePromise(pull, source, [object]);
  const cancelAlgorithm = (reason) => invokePromise(cancel, source, [reason]);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

function defaultControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queue.length > 0) {
    const chunk = dequeueValue(controller);
    if (controller.closeRequested && controller.queue.length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    request.chunkSteps(chunk);
  } else {
    stream.reader.readRequests.push(request);
    defaultControllerCallPullIfNeeded(controller);
  }
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  upon(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => defaultControllerError(controller, error));
}

function defaultControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller.started) return false;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller.strategySizeAlgorithm(chunk);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  resetQueue(controller);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

// --- ReadableByteStreamController ----------------------------------------------------

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    const request = byteControllerGetBYOBRequest(thisSlots(this, 'ReadableByteStreamController'));
    return request === null ? null : request.object;
  }

  get desiredSize() {
    return byteControllerGetDesiredSize(thisSlots(this, 'ReadableByteStreamController'));
  }

  close() {
    const controller = thisSlots(this, 'ReadableByteStreamController');
    checkByteControllerOpen(controller);
    byteControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = thisSlots(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw viewTypeError('buffer', chunk);
    if (chunk.byteLength === 0 || isDetached(chunk.buffer) || chunk.buffer.byteLength === 0) {
      throw stateError('chunk ArrayBuffer is zero-length or detached');
    }
    checkByteControllerOpen(controller);
    byteControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    byteControllerError(thisSlots(this, 'ReadableByteStreamController'), error);
  }
}

function checkByteControllerOpen(controller) {
  if (controller.closeRequested) throw stateError('Controller is already closed');
  if (controller.stream.state !== 'readable') throw stateError('ReadableStream is already closed');
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return thisSlots(this, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const request = thisSlots(this, 'ReadableStreamBYOBRequest');
    const written = toBytesWritten(bytesWritten);
    if (request.controller === undefined) {
      throw stateError('This BYOB request has been invalidated');
    }
    if (isDetached(request.view.buffer)) {
      throw stateError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(request.controller, written);
  }

  respondWithNewView(view) {
    const request = thisSlots(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) throw viewTypeError('view', view);
    if (request.controller === undefined) {
      throw stateError('This BYOB request has been invalidated');
    }
    if (isDetached(view.buffer)) throw stateError('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(request.controller, view);
  }
}

// [EnforceRange] unsigned long long for respond()'s bytesWritten.
function toBytesWritten(value) {
  const number = +value;
  if (!Number.isFinite(number) || number < 0 || number > Number.MAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE('bytesWritten', value);
  }
  return Math.trunc(number);
}

function newByteControllerSlots() {
  return attachSlots(new ReadableByteStreamController(kInternal),
                     'ReadableByteStreamController', {
                       stream: undefined,
                       autoAllocateChunkSize: undefined,
                       byobRequest: null,
                       cancelAlgorithm: undefined,
                       closeRequested: false,
                       pullAgain: false,
                       pulling: false,
                       pullAlgorithm: undefined,
                       pendingPullIntos: new Queue(),
                       queue: undefined,
                       queueTotalSize: 0,
                       started: false,
                       strategyHWM: 0,
                       cancelSteps: undefined,
                       pullSteps: undefined,
                       releaseSteps: undefined,
                     });
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller.stream = stream;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.byobRequest = null;
  resetQueue(controller);
  controller.closeRequested = false;
  controller.started = false;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  controller.pendingPullIntos = new Queue();
  controller.cancelSteps = (reason) => {
    byteControllerClearPendingPullIntos(controller);
    resetQueue(controller);
    const result = controller.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(controller);
    return result;
  };
  controller.pullSteps = (request) => byteControllerPullSteps(controller, request);
  controller.releaseSteps = () => {
    if (controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      first.readerType = 'none';
      controller.pendingPullIntos = new Queue();
      controller.pendingPullIntos.push(first);
    }
  };
  stream.controller = controller;
  const startResult = startAlgorithm();
  upon(resolvedWith(startResult), () => {
    controller.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (reason) => byteControllerError(controller, reason));
}

function setUpByteControllerFromUnderlyingSource(stream, source, underlying, highWaterMark) {
  const controller = newByteControllerSlots();
  const object = controller.object;
  const { start, pull, cancel, autoAllocateChunkSize } = underlying;
  const startAlgorithm = start === undefined ? () => undefined :
    () => Reflect.apply(start, source, [object]);
  const pullAlgorithm = () => invokePromise(pull, source, [object]);
  const cancelAlgorithm = (reason) => invokePromise(cancel, source, [reason]);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
}

function byteControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(controller, request);
    return;
  }
  const autoAllocateChunkSize = controller.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (error) {
      request.errorSteps(error);
      return;
    }
    controller.pendingPullIntos.push({
      buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default',
    });
  }
  stream.reader.readRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  upon(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (error) => byteControllerError(controller, error));
}

function byteControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return false;
  if (controller.closeRequested) return false;
  if (!controller.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = new Queue();
}

function byteControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = stateError('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerCommitPullIntoDescriptor(stream, descriptor) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerConvertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize: size } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  const Ctor = descriptor.viewConstructor;
  return new Ctor(buffer, descriptor.byteOffset, bytesFilled / size);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw stateError('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    if (isDetached(first.buffer)) {
      throw stateError('The BYOB request\'s buffer has been detached');
    }
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
      fulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    byteControllerError(controller, error);
    throw error;
  }
  byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset,
                                            descriptor.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % descriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= descriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    new Uint8Array(descriptor.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, descriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos.peek();
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    controller.byobRequest = attachSlots(new ReadableStreamBYOBRequest(kInternal),
                                         'ReadableStreamBYOBRequest', { controller, view });
  }
  return controller.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function byteControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerInvalidateBYOBRequest(controller) {
  const request = controller.byobRequest;
  if (request === null) return;
  request.controller = undefined;
  request.view = null;
  controller.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const descriptor = controller.pendingPullIntos.peek();
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      byteControllerShiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.readRequests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(controller, reader.readRequests.shift());
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const stream = controller.stream;
  let size = 1;
  let Ctor = DataView;
  if (view.BYTES_PER_ELEMENT !== undefined) {
    size = elementSize(view);
    Ctor = view.constructor;
    // A subclass (Buffer) reads back as its base typed array.
    while (Ctor !== undefined && Object.getPrototypeOf(Ctor) !== TypedArray) {
      Ctor = Object.getPrototypeOf(Ctor);
    }
  }
  const minimumFill = min * size;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    request.errorSteps(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize: size,
    viewConstructor: Ctor,
    readerType: 'byob',
  };
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(descriptor);
    stream.reader.readIntoRequests.push(request);
    return;
  }
  if (stream.state === 'closed') {
    request.closeSteps(new Ctor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
      byteControllerHandleQueueDrain(controller);
      request.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = stateError('Partial read');
      byteControllerError(controller, error);
      request.errorSteps(error);
      return;
    }
  }
  controller.pendingPullIntos.push(descriptor);
  stream.reader.readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

const TypedArray = Object.getPrototypeOf(Uint8Array);

function byteControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos.peek();
  const state = controller.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
  const stream = controller.stream;
  if (hasBYOBReader(stream)) {
    while (numReadIntoRequests(stream) > 0) {
      byteControllerCommitPullIntoDescriptor(stream, byteControllerShiftPendingPullInto(controller));
    }
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, descriptor) {
  byteControllerFillHeadPullIntoDescriptor(controller, bytesWritten, descriptor);
  const stream = controller.stream;
  if (descriptor.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const each of filled) byteControllerCommitPullIntoDescriptor(stream, each);
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  byteControllerShiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainderSize,
                                            remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(stream, descriptor);
  for (const each of filled) byteControllerCommitPullIntoDescriptor(stream, each);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos.peek();
  byteControllerInvalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') {
    byteControllerRespondInClosedState(controller, first);
  } else {
    byteControllerRespondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos.peek();
  const state = controller.stream.state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE('view', view);
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.bufferByteLength !== view.buffer.byteLength ||
      first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

function byteControllerShiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

function byteControllerFillHeadPullIntoDescriptor(controller, size, descriptor) {
  descriptor.bytesFilled += size;
}

function byteControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

// --- tee -------------------------------------------------------------------------

function readableStreamTee(stream) {
  if (isByteController(stream.controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream);
}

function readableStreamDefaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = newDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolvedWith(undefined);
    }
    reading = true;
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueue(branch1.controller, chunk);
          if (!canceled2) defaultControllerEnqueue(branch2.controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1.controller);
        if (!canceled2) defaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
    return resolvedWith(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);
  upon(reader.closedPromise.promise, undefined, (error) => {
    defaultControllerError(branch1.controller, error);
    defaultControllerError(branch2.controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = newDeferred();

  function forwardReaderError(thisReader) {
    upon(thisReader.closedPromise.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1.controller, error);
      byteControllerError(branch2.controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function errorBothAndCancel(error) {
    byteControllerError(branch1.controller, error);
    byteControllerError(branch2.controller, error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function pullAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (reader.type === 'ReadableStreamBYOBReader') {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBothAndCancel(error);
              return;
            }
          }
          if (!canceled1) byteControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) byteControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          pullAgain();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) byteControllerClose(branch1.controller);
        if (!canceled2) byteControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) {
          byteControllerRespond(branch1.controller, 0);
        }
        if (branch2.controller.pendingPullIntos.length > 0) {
          byteControllerRespond(branch2.controller, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (reader.type === 'ReadableStreamDefaultReader') {
      defaultReaderRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBothAndCancel(error);
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
            byteControllerEnqueue(otherBranch.controller, cloned);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          reading = false;
          pullAgain();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteControllerClose(byobBranch.controller);
        if (!otherCanceled) byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return resolvedWith(undefined);
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch1.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, false);
    return resolvedWith(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return resolvedWith(undefined);
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch2.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, true);
    return resolvedWith(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// --- pipeTo ----------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolvedWith(undefined);
  const result = newDeferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writable.writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return reactTo(currentWrite, () => (oldCurrentWrite !== currentWrite ?
      waitForWritesToFinish() : undefined));
  }

  function destNeedsWait() {
    return dest.state === 'writable' && !writable.closeQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      upon(action(), () => finalize(originalIsError, originalError),
              (newError) => finalize(true, newError));
    };
    if (destNeedsWait()) upon(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destNeedsWait()) upon(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest.state === 'writable' ?
          writable.writableStreamAbort(dest, error) : resolvedWith(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (source.state === 'readable' ?
          readableStreamCancel(source, error) : resolvedWith(undefined)));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return resolvedWith(true);
    return reactTo(writer.readyPromise.promise, () => {
      const step = newDeferred();
      defaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = reactTo(writable.writerWrite(writer, chunk), undefined, () => {});
          step.resolve(false);
        },
        closeSteps: () => step.resolve(true),
        errorSteps: (error) => step.reject(error),
      });
      return step.promise;
    });
  }

  function pipeLoop() {
    const loop = newDeferred();
    const next = (done) => {
      if (done) loop.resolve(undefined);
      else upon(pipeStep(), next, loop.reject);
    };
    next(false);
    return loop.promise;
  }

  // Errors go forward, then backward; closing goes forward, then backward.
  const onSourceError = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writable.writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (source.state === 'errored') onSourceError(source.storedError);
  else upon(reader.closedPromise.promise, undefined, onSourceError);

  const onDestError = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (dest.state === 'errored') onDestError(dest.storedError);
  else upon(writer.closedPromise.promise, undefined, onDestError);

  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => writable.writerCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };
  if (source.state === 'closed') onSourceClosed();
  else upon(reader.closedPromise.promise, onSourceClosed, undefined);

  if (writable.closeQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = stateError('The destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  markHandled(pipeLoop());
  return result.promise;
}

// --- async iteration -------------------------------------------------------------

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const kIterator = Symbol('kIterator');

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function next() {
      const iterator = this === null || typeof this !== 'object' ? undefined : this[kIterator];
      if (iterator === undefined) {
        return rejectedWith(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const nextSteps = () => iteratorNextSteps(iterator);
      iterator.ongoing = iterator.ongoing === undefined ? nextSteps() :
        reactTo(iterator.ongoing, nextSteps, nextSteps);
      return iterator.ongoing;
    },
  },
  return: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function(value = undefined) {
      const iterator = this === null || typeof this !== 'object' ? undefined : this[kIterator];
      if (iterator === undefined) {
        return rejectedWith(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const returnSteps = () => iteratorReturnSteps(iterator, value);
      iterator.ongoing = iterator.ongoing === undefined ? returnSteps() :
        reactTo(iterator.ongoing, returnSteps, returnSteps);
      return iterator.ongoing;
    },
  },
  [Symbol.toStringTag]: {
    __proto__: null,
    value: 'ReadableStream AsyncIterator',
    writable: false,
    enumerable: false,
    configurable: true,
  },
});

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireDefaultReader(stream);
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kIterator, {
    __proto__: null,
    value: { reader, preventCancel, ongoing: undefined, finished: false },
  });
  return iterator;
}

function iteratorNextSteps(iterator) {
  if (iterator.finished) {
    iterator.ongoing = undefined;
    return resolvedWith({ value: undefined, done: true });
  }
  const reader = iterator.reader;
  if (reader.stream === undefined) {
    iterator.ongoing = undefined;
    return rejectedWith(detachedReader());
  }
  const deferred = newDeferred();
  defaultReaderRead(reader, {
    chunkSteps: (chunk) => deferred.resolve({ value: chunk, done: false }),
    closeSteps: () => {
      defaultReaderRelease(reader);
      deferred.resolve(undefined);
    },
    errorSteps: (error) => {
      defaultReaderRelease(reader);
      deferred.reject(error);
    },
  });
  return reactTo(deferred.promise, (result) => {
    iterator.ongoing = undefined;
    if (result === undefined) {
      iterator.finished = true;
      return { value: undefined, done: true };
    }
    return result;
  }, (error) => {
    iterator.ongoing = undefined;
    iterator.finished = true;
    throw error;
  });
}

function iteratorReturnSteps(iterator, value) {
  if (iterator.finished) {
    iterator.ongoing = undefined;
    return resolvedWith({ value, done: true });
  }
  iterator.finished = true;
  const reader = iterator.reader;
  let promise;
  if (reader.stream === undefined) {
    iterator.ongoing = undefined;
    return rejectedWith(detachedReader());
  } else if (!iterator.preventCancel) {
    promise = readableStreamCancel(reader.stream, value);
    defaultReaderRelease(reader);
  } else {
    defaultReaderRelease(reader);
    promise = resolvedWith(undefined);
  }
  return reactTo(promise, () => {
    iterator.ongoing = undefined;
    return { value, done: true };
  });
}

// --- ReadableStream.from -------------------------------------------------------------

// GetIterator(obj, async): a sync iterator is wrapped as the standard's
// CreateAsyncFromSyncIterator does.
function getAsyncIterator(obj) {
  if (obj === null || obj === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
  let method = obj[Symbol.asyncIterator];
  if (method === undefined || method === null) {
    const syncMethod = obj[Symbol.iterator];
    if (syncMethod === undefined || syncMethod === null) throw new ERR_ARG_NOT_ITERABLE(obj);
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
    const syncIterator = Reflect.apply(syncMethod, obj, []);
    if (syncIterator === null || (typeof syncIterator !== 'object' && typeof syncIterator !== 'function')) {
      throw stateError('The iterator method must return an object');
    }
    return asyncFromSyncIterator(syncIterator, syncIterator.next);
  }
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
  const iterator = Reflect.apply(method, obj, []);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw stateError('The iterator method must return an object');
  }
  return { iterator, nextMethod: iterator.next };
}

function asyncFromSyncIterator(syncIterator, syncNext) {
  // Each result's value is awaited; a rejected value closes the iterator.
  const continuation = (result) => {
    if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
      throw new TypeError('The iterator result must be an object');
    }
    const done = !!result.done;
    return reactTo(resolvedWith(result.value), (value) => ({ value, done }), (error) => {
      if (!done) {
        const returnMethod = syncIterator.return;
        if (returnMethod !== undefined && returnMethod !== null) {
          Reflect.apply(returnMethod, syncIterator, []);
        }
      }
      throw error;
    });
  };
  const iterator = {
    next(value) {
      try {
        return continuation(Reflect.apply(syncNext, syncIterator, [value]));
      } catch (error) {
        return rejectedWith(error);
      }
    },
    return(value) {
      try {
        const returnMethod = syncIterator.return;
        if (returnMethod === undefined || returnMethod === null) {
          return resolvedWith({ value, done: true });
        }
        return continuation(Reflect.apply(returnMethod, syncIterator, [value]));
      } catch (error) {
        return rejectedWith(error);
      }
    },
  };
  return { iterator, nextMethod: iterator.next };
}

function readableStreamFromIterable(asyncIterable) {
  const record = getAsyncIterator(asyncIterable);
  let stream;
  const startAlgorithm = () => undefined;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(record.nextMethod, record.iterator, []);
    } catch (error) {
      return rejectedWith(error);
    }
    return reactTo(resolvedWith(nextResult), (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' && typeof iterResult !== 'function')) {
        throw stateError('The promise returned by the iterator.next() method must fulfill ' +
                         'with an object');
      }
      if (iterResult.done) {
        defaultControllerClose(stream.controller);
      } else {
        defaultControllerEnqueue(stream.controller, iterResult.value);
      }
    });
  };
  const cancelAlgorithm = (reason) => {
    const iterator = record.iterator;
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod === undefined || returnMethod === null) return resolvedWith(undefined);
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (error) {
      return rejectedWith(error);
    }
    return reactTo(resolvedWith(returnResult), (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' && typeof iterResult !== 'function')) {
        throw stateError('The promise returned by the iterator.return() method must fulfill ' +
                         'with an object');
      }
    });
  };
  stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// --- interface shapes ------------------------------------------------------------

setUpInterface(ReadableStream, 'ReadableStream',
               ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
// What node's stream helpers ask a stream (stream.isDisturbed() ...).
Object.defineProperties(ReadableStream.prototype, {
  [kIsDisturbed]: {
    __proto__: null,
    configurable: true,
    get() { return thisSlots(this, 'ReadableStream').disturbed; },
  },
  [kIsErrored]: {
    __proto__: null,
    configurable: true,
    get() { return thisSlots(this, 'ReadableStream').state === 'errored'; },
  },
  [kIsReadable]: {
    __proto__: null,
    configurable: true,
    get() { return thisSlots(this, 'ReadableStream').state === 'readable'; },
  },
});
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
setUpInterface(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader',
               ['read', 'releaseLock', 'closed', 'cancel']);
setUpInterface(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader',
               ['read', 'releaseLock', 'closed', 'cancel']);
setUpInterface(ReadableStreamDefaultController, 'ReadableStreamDefaultController',
               ['desiredSize', 'close', 'enqueue', 'error']);
setUpInterface(ReadableByteStreamController, 'ReadableByteStreamController',
               ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
setUpInterface(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest',
               ['view', 'respond', 'respondWithNewView']);

defineInspect(ReadableStream, 'ReadableStream', (stream) => ({
  locked: isReadableStreamLocked(stream),
  state: stream.state,
  supportsBYOB: isByteController(stream.controller),
}));
defineInspect(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', (reader) => ({
  stream: reader.stream === undefined ? undefined : reader.stream.object,
  readRequests: reader.readRequests.length,
  close: reader.closedPromise.promise,
}));
defineInspect(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', (reader) => ({
  stream: reader.stream === undefined ? undefined : reader.stream.object,
  readIntoRequests: reader.readIntoRequests.length,
  close: reader.closedPromise.promise,
}));
defineInspect(ReadableStreamDefaultController, 'ReadableStreamDefaultController', () => ({}));
defineInspect(ReadableByteStreamController, 'ReadableByteStreamController', () => ({}));
defineInspect(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest', (request) => ({
  view: request.view,
  controller: request.controller === undefined ? undefined : request.controller.object,
}));

module.exports = {
  // The interface objects.
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest, ReadableByteStreamController, ReadableStreamDefaultController,
  // What the transform streams use.
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
};
