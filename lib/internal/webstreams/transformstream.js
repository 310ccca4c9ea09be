'use strict';

// TransformStream and TransformStreamDefaultController (WHATWG Streams,
// "Transform streams"): a writable side whose chunks go through the
// transformer into a readable side.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  attachSlots,
  defineInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromise,
  newDeferred,
  optionalCallback,
  reactTo,
  readStrategy,
  rejectedWith,
  resolvedWith,
  setUpInterface,
  thisSlots,
  upon,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

function strategyArgument(value, name) {
  if (value === undefined) return undefined;
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value;
}

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined,
              readableStrategy = undefined) {
    transformer = strategyArgument(transformer, 'transformer');
    writableStrategy = readStrategy(writableStrategy, 'writableStrategy');
    readableStrategy = readStrategy(readableStrategy, 'readableStrategy');
    const underlying = readTransformer(transformer);
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = newDeferred();
    const stream = attachSlots(this, 'TransformStream', {
      backpressure: undefined,
      backpressureChangePromise: undefined,
      controller: undefined,
      readable: undefined,
      writable: undefined,
    });
    initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM,
                              readableSize);
    setUpControllerFromTransformer(stream, transformer, underlying);
    if (underlying.start !== undefined) {
      startPromise.resolve(Reflect.apply(underlying.start, transformer,
                                         [stream.controller.object]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    return thisSlots(this, 'TransformStream').readable.object;
  }

  get writable() {
    return thisSlots(this, 'TransformStream').writable.object;
  }
}

// The Transformer dictionary; readableType and writableType are reserved.
function readTransformer(transformer) {
  if (transformer === undefined) return {};
  const cancel = optionalCallback(transformer.cancel, 'transformer.cancel');
  const flush = optionalCallback(transformer.flush, 'transformer.flush');
  const readableType = transformer.readableType;
  const start = optionalCallback(transformer.start, 'transformer.start');
  const transform = optionalCallback(transformer.transform, 'transformer.transform');
  const writableType = transformer.writableType;
  if (readableType !== undefined) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
  }
  if (writableType !== undefined) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
  }
  return { cancel, flush, start, transform };
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM,
                                   readableSize) {
  const startAlgorithm = () => startPromise.promise;
  stream.writable = writable.createWritableStream(
    startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    (reason) => sinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  stream.readable = readable.createReadableStream(
    startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  stream.backpressure = undefined;
  stream.backpressureChangePromise = undefined;
  setBackpressure(stream, true);
  stream.controller = undefined;
}

function transformStreamError(stream, error) {
  readable.defaultControllerError(stream.readable.controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream.controller);
  writable.controllerErrorIfNeeded(stream.writable.controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) {
    stream.backpressureChangePromise.resolve(undefined);
  }
  stream.backpressureChangePromise = newDeferred();
  stream.backpressure = backpressure;
}

// --- TransformStreamDefaultController ----------------------------------------------

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const controller = thisSlots(this, 'TransformStreamDefaultController');
    return readable.defaultControllerGetDesiredSize(controller.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(thisSlots(this, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    transformStreamError(thisSlots(this, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    controllerTerminate(thisSlots(this, 'TransformStreamDefaultController'));
  }
}

function setUpController(stream, controller, transformAlgorithm, flushAlgorithm,
                         cancelAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transformAlgorithm;
  controller.flushAlgorithm = flushAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
}

function setUpControllerFromTransformer(stream, transformer, underlying) {
  const controller = attachSlots(new TransformStreamDefaultController(kInternal),
                                 'TransformStreamDefaultController', {
                                   stream: undefined,
                                   finishPromise: undefined,
                                   transformAlgorithm: undefined,
                                   flushAlgorithm: undefined,
                                   cancelAlgorithm: undefined,
                                 });
  const object = controller.object;
  const { transform, flush, cancel } = underlying;
  const transformAlgorithm = transform === undefined ? (chunk) => {
    try {
      controllerEnqueue(controller, chunk);
    } catch (error) {
      return rejectedWith(error);
    }
    return resolvedWith(undefined);
  } : (chunk) => invokePromise(transform, transformer, [chunk, object]);
  const flushAlgorithm = () => invokePromise(flush, transformer, [object]);
  const cancelAlgorithm = (reason) => invokePromise(cancel, transformer, [reason]);
  setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!readable.defaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream.readable.storedError;
  }
  const backpressure = readable.defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) setBackpressure(stream, true);
}

function performTransform(controller, chunk) {
  const transformPromise = controller.transformAlgorithm(chunk);
  return reactTo(transformPromise, undefined, (reason) => {
    transformStreamError(controller.stream, reason);
    throw reason;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  readable.defaultControllerClose(stream.readable.controller);
  errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

// --- the algorithms of the two sides ------------------------------------------------

function sinkWriteAlgorithm(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return reactTo(stream.backpressureChangePromise.promise, () => {
      const dest = stream.writable;
      if (dest.state === 'erroring') throw dest.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbortAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const source = stream.readable;
  const finish = controller.finishPromise = newDeferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  upon(cancelPromise, () => {
    if (source.state === 'errored') {
      finish.reject(source.storedError);
    } else {
      readable.defaultControllerError(source.controller, reason);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.defaultControllerError(source.controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sinkCloseAlgorithm(stream) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const source = stream.readable;
  const finish = controller.finishPromise = newDeferred();
  const flushPromise = controller.flushAlgorithm();
  clearAlgorithms(controller);
  upon(flushPromise, () => {
    if (source.state === 'errored') {
      finish.reject(source.storedError);
    } else {
      readable.defaultControllerClose(source.controller);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.defaultControllerError(source.controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const dest = stream.writable;
  const finish = controller.finishPromise = newDeferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  upon(cancelPromise, () => {
    if (dest.state === 'errored') {
      finish.reject(dest.storedError);
    } else {
      writable.controllerErrorIfNeeded(dest.controller, reason);
      unblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (error) => {
    writable.controllerErrorIfNeeded(dest.controller, error);
    unblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

// --- interface shapes ------------------------------------------------------------

setUpInterface(TransformStream, 'TransformStream', ['readable', 'writable']);
setUpInterface(TransformStreamDefaultController, 'TransformStreamDefaultController',
               ['desiredSize', 'enqueue', 'error', 'terminate']);
defineInspect(TransformStream, 'TransformStream', (stream) => ({
  readable: stream.readable.object,
  writable: stream.writable.object,
  backpressure: stream.backpressure,
}));
defineInspect(TransformStreamDefaultController, 'TransformStreamDefaultController',
              (controller) => ({ stream: controller.stream.object }));

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
};
