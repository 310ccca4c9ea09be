'use strict';

// Bridges between node streams and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb.
//
// - A web stream made from a node stream reads it in flowing mode, pausing
//   while the web stream's queue is full, and ends or errors when
//   finished() reports the node stream done (a premature close is an
//   AbortError). Canceling/aborting the web stream destroys the node one.
// - A node stream made from a web stream holds its reader or writer; it
//   reads or writes one chunk at a time and cancels/aborts the web stream
//   when destroyed before the web stream closed.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const streamUtils = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
// This module loads when a program first calls toWeb()/fromWeb(): the node
// stream classes are complete by then.
const NodeReadable = require('internal/streams/readable');
const NodeWritable = require('internal/streams/writable');
const NodeDuplex = require('internal/streams/duplex');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { isType, markHandled, newDeferred } = require('internal/webstreams/util');

// finished()'s premature close reads as an abort on the web side.
function toAbortError(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

function destroyNodeStream(stream, error) {
  if (!stream.destroyed) stream.destroy(error);
}

// Runs `fn` (a callback handed to user-visible code) so that an exception
// it throws becomes uncaught instead of disappearing into a promise.
function callLater(fn, ...args) {
  try {
    fn(...args);
  } catch (error) {
    process.nextTick(() => { throw error; });
  }
}

function checkEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    // node names the value and the option the other way round.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// --- node Readable -> ReadableStream ---------------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = undefined) {
  if (!streamUtils.isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const strategy = options !== null && typeof options === 'object' ? options.strategy : undefined;
  if (strategy !== undefined) validateObject(strategy, 'strategy');
  return readableFromNode(streamReadable, strategy);
}

function readableFromNode(streamReadable, strategy) {
  const objectMode = !!streamReadable.readableObjectMode;
  const highWaterMark = strategy !== undefined && strategy.highWaterMark !== undefined ?
    strategy.highWaterMark : streamReadable.readableHighWaterMark;
  const size = strategy !== undefined && strategy.size !== undefined ? strategy.size : undefined;
  const queuing = size === undefined ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark, size };

  let controller;
  let done = false;

  function onData(chunk) {
    if (done) return;
    // Buffers travel as plain Uint8Arrays.
    if (!objectMode && Buffer.isBuffer(chunk)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    try {
      controller.enqueue(chunk);
    } catch (error) {
      // The web stream was errored from its side (addAbortSignal ...).
      done = true;
      streamReadable.removeListener('data', onData);
      destroyNodeStream(streamReadable, error);
      return;
    }
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    if (done) return;
    done = true;
    streamReadable.removeListener('data', onData);
    if (error) {
      controller.error(toAbortError(error));
    } else {
      controller.close();
    }
  }

  return new ReadableStream({
    start(c) {
      controller = c;
      eos(streamReadable, { writable: false }, onFinished);
      streamReadable.on('data', onData);
      streamReadable.pause();
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      done = true;
      streamReadable.removeListener('data', onData);
      destroyNodeStream(streamReadable, reason);
    },
  }, queuing);
}

// --- ReadableStream -> node Readable ------------------------------------------------

function readOptions(options, defaults) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const result = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (options[key] !== undefined) result[key] = options[key];
  }
  return result;
}

function newStreamReadableFromReadableStream(readableStream, options = undefined) {
  if (!isType(readableStream, 'ReadableStream')) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode, signal } = readOptions(options, {
    highWaterMark: undefined, encoding: undefined, objectMode: false, signal: undefined,
  });
  checkEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new NodeReadable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => destroyNodeStream(readable, error));
    },
    destroy(error, callback) {
      const finish = () => callLater(callback, error);
      if (!closed) {
        reader.cancel(error).then(finish, finish);
        return;
      }
      finish();
    },
  });

  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyNodeStream(readable, error);
  });
  return readable;
}

// --- node Writable -> WritableStream ----------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!streamUtils.isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  return writableFromNode(streamWritable);
}

function writableFromNode(streamWritable) {
  let controller;
  let drain;         // deferred while a write waits for 'drain'
  let closing;       // deferred of close()
  let finished = false;

  function onDrain() {
    if (drain !== undefined) {
      const waiting = drain;
      drain = undefined;
      waiting.resolve(undefined);
    }
  }

  function onFinished(error) {
    finished = true;
    streamWritable.removeListener('drain', onDrain);
    error = toAbortError(error);
    if (error) {
      if (drain !== undefined) drain.reject(error);
      if (closing !== undefined) closing.reject(error);
      try {
        controller.error(error);
      } catch {
        // The web side is already done.
      }
      return;
    }
    if (drain !== undefined) drain.resolve(undefined);
    if (closing !== undefined) {
      closing.resolve(undefined);
    } else {
      // Ended from the node side: nothing more can be written.
      controller.error(new ERR_STREAM_PREMATURE_CLOSE());
    }
  }

  return new WritableStream({
    start(c) {
      controller = c;
      eos(streamWritable, { readable: false }, onFinished);
      streamWritable.on('drain', onDrain);
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        drain = newDeferred();
        markHandled(drain.promise);
        return drain.promise;
      }
      return undefined;
    },
    close() {
      if (finished) return undefined;
      closing = newDeferred();
      streamWritable.end();
      return closing.promise;
    },
    abort(reason) {
      destroyNodeStream(streamWritable, reason);
    },
  }, new CountQueuingStrategy({ highWaterMark: streamWritable.writableHighWaterMark }));
}

// --- WritableStream -> node Writable ------------------------------------------------

// write/final/destroy for a node stream writing into `writer`.
function writerMethods(writer, isClosed) {
  return {
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      if (isClosed()) {
        callback();
        return;
      }
      writer.close().then(() => callback(), callback);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = undefined) {
  if (!isType(writableStream, 'WritableStream')) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings, objectMode, signal } = readOptions(options, {
    highWaterMark: undefined, decodeStrings: true, objectMode: false, signal: undefined,
  });
  for (const [value, name] of [[objectMode, 'options.objectMode'],
                               [decodeStrings, 'options.decodeStrings']]) {
    validateBoolean(value, name);
  }
  const writer = writableStream.getWriter();
  let closed = false;
  const { write, final } = writerMethods(writer, () => closed);

  const writable = new NodeWritable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write,
    final,
    destroy(error, callback) {
      const finish = () => callLater(callback, error);
      if (!closed) {
        writer.abort(error).then(finish, finish);
        return;
      }
      finish();
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!streamUtils.isWritableEnded(writable)) destroyNodeStream(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyNodeStream(writable, error);
  });
  return writable;
}

// --- Duplex ---------------------------------------------------------------------------

function newReadableWritablePairFromDuplex(duplex) {
  if (!streamUtils.isDuplexNodeStream(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    writable: writableFromNode(duplex),
    readable: readableFromNode(duplex, undefined),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = undefined, options = undefined) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isType(readableStream, 'ReadableStream')) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isType(writableStream, 'WritableStream')) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const {
    allowHalfOpen, decodeStrings, encoding, highWaterMark, objectMode, signal,
  } = readOptions(options, {
    allowHalfOpen: false, decodeStrings: true, encoding: undefined, highWaterMark: undefined,
    objectMode: false, signal: undefined,
  });
  validateBoolean(objectMode, 'options.objectMode');
  checkEncoding(encoding);
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const { write, final } = writerMethods(writer, () => writableClosed);

  const duplex = new NodeDuplex({
    allowHalfOpen,
    decodeStrings,
    encoding,
    highWaterMark,
    objectMode,
    signal,
    write,
    final,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) duplex.push(null);
        else duplex.push(value);
      }, (error) => destroyNodeStream(duplex, error));
    },
    destroy(error, callback) {
      const finish = () => callLater(callback, error);
      const pending = [];
      if (!writableClosed) pending.push(writer.abort(error));
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        finish();
        return;
      }
      Promise.all(pending).then(finish, finish);
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!streamUtils.isWritableEnded(duplex)) destroyNodeStream(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyNodeStream(duplex, error);
  });
  reader.closed.then(() => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyNodeStream(duplex, error);
  });
  return duplex;
}

// Named as node's own tests know them.
module.exports = {
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};
