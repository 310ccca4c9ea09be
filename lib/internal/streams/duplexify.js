'use strict';

// Duplex.from(body): adapts whatever `body` is (a stream, an iterable, an
// async generator function, a promise, a Blob, or a { readable, writable }
// pair) into one Duplex. The adapters for "a writable sink and/or a
// readable source behind one Duplex" are shared with compose().

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
  notImplemented,
} = require('internal/errors');
const u = require('internal/streams/utils');
const Duplex = require('internal/streams/duplex');
const whenDone = require('internal/streams/end-of-stream');
const Readable = require('internal/streams/readable');
const { destroyer } = require('internal/streams/destroy');
const from = require('internal/streams/from');

// Its own class so that instances are recognisable when debugging.
class Duplexify extends Duplex {}

const kAcceptedBodies = [
  'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
  'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise',
];

function duplexify(body, name) {
  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return fromPair({ readable: body });
  if (u.isWritableNodeStream(body)) return fromPair({ writable: body });
  if (u.isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (u.isReadableStream(body) || u.isWritableStream(body)) {
    throw notImplemented('stream.Duplex.from(web stream)');
  }
  if (typeof body === 'function') return fromFunction(body, name);
  if (typeof Blob === 'function' && body instanceof Blob) {
    return duplexify(body.arrayBuffer(), name);
  }
  if (u.isIterable(body)) {
    return from(Duplexify, body, { objectMode: true, writable: false });
  }
  if (body && (typeof body.readable === 'object' || typeof body.writable === 'object')) {
    return fromPair({
      readable: asSide(body.readable, u.isReadableNodeStream),
      writable: asSide(body.writable, u.isWritableNodeStream),
    });
  }
  if (isThenable(body)) return fromPromise(body);
  throw new ERR_INVALID_ARG_TYPE(name, kAcceptedBodies, body);
}

const isThenable = (value) => !!value && typeof value.then === 'function';

function asSide(value, isNodeSide) {
  if (!value) return undefined;
  return isNodeSide(value) ? value : duplexify(value);
}

// A promise: read-only, yields the resolved value (if any) then ends.
function fromPromise(promise) {
  const d = new Duplexify({ objectMode: true, writable: false, read() {} });
  Reflect.apply(promise.then, promise, [
    (value) => {
      if (value !== null && value !== undefined) d.push(value);
      d.push(null);
    },
    (err) => destroyer(d, err),
  ]);
  return d;
}

// fn(source, { signal }) where `source` yields what is written to the
// Duplex. If fn returns an iterable, that is the readable side; if it
// returns a promise, the Duplex is write-only and finishes when it settles.
function fromFunction(fn, name) {
  const feed = writesAsIterable();
  const result = fn(feed.iterable, { signal: feed.signal });

  if (u.isIterable(result)) {
    return from(Duplexify, result, {
      objectMode: true,
      write: feed.write,
      final: feed.final,
      destroy: feed.destroy,
    });
  }

  if (isThenable(result)) {
    let d;
    const settled = Reflect.apply(result.then, result, [
      (value) => {
        if (value !== null && value !== undefined) {
          throw new ERR_INVALID_RETURN_VALUE('nully', 'body', value);
        }
      },
      (err) => destroyer(d, err),
    ]);
    d = new Duplexify({
      objectMode: true,
      readable: false,
      write: feed.write,
      final(callback) {
        feed.final(async () => {
          try {
            await settled;
            process.nextTick(callback, null);
          } catch (err) {
            process.nextTick(callback, err);
          }
        });
      },
      destroy: feed.destroy,
    });
    return d;
  }

  throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, result);
}

// Turns _write()/_final() calls into an async iterable: each write hands
// over one { chunk, callback } through a one-shot promise, and the write
// completes when the consumer asks for the next value.
function writesAsIterable() {
  const controller = new AbortController();
  const signal = controller.signal;
  let handOver;
  let nextItem = new Promise((resolve) => { handOver = resolve; });

  const deliver = (item) => {
    const resolve = handOver;
    handOver = null;
    resolve(item);
  };

  async function* iterable() {
    for (;;) {
      const waiting = nextItem;
      nextItem = null;
      const item = await waiting;
      process.nextTick(item.callback);
      if (item.last) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      nextItem = new Promise((resolve) => { handOver = resolve; });
      yield item.chunk;
    }
  }

  return {
    iterable: iterable(),
    signal,
    write(chunk, encoding, callback) {
      deliver({ chunk, callback, last: false });
    },
    final(callback) {
      deliver({ callback, last: true });
    },
    destroy(err, callback) {
      controller.abort();
      callback(err);
    },
  };
}

// Plumbing between a Duplex and the stream(s) standing behind it.
// `waits` holds the Duplex callbacks parked until the inner stream is
// ready: drain (a write), finish (end()), readable (a read).
function newWaits() {
  return { drain: null, finish: null, readable: null };
}

function release(waits, slot) {
  const callback = waits[slot];
  if (!callback) return;
  waits[slot] = null;
  callback();
}

// Writes to `d` go to `sink`; `d` finishes once `finisher` emits 'finish'.
function forwardWrites(d, waits, sink, finisher) {
  d._write = function forwardWrite(chunk, encoding, callback) {
    if (sink.write(chunk, encoding)) callback();
    else waits.drain = callback;
  };
  d._final = function forwardEnd(callback) {
    sink.end();
    waits.finish = callback;
  };
  sink.on('drain', () => release(waits, 'drain'));
  finisher.on('finish', () => release(waits, 'finish'));
}

// Reads from `d` come from `source`.
function forwardReads(d, waits, source) {
  source.on('readable', () => release(waits, 'readable'));
  source.on('end', () => d.push(null));
  d._read = function pullFromSource() {
    for (;;) {
      const chunk = source.read();
      if (chunk === null) {
        waits.readable = pullFromSource;
        return;
      }
      if (!d.push(chunk)) return;
    }
  };
}

// Coordinates the Duplex's _destroy() with the inner streams' completion.
// `settle(err)` is called when the inner streams are done; `destroyInner`
// tears them down when the Duplex is destroyed first.
function closeCoordinator(d, waits, destroyInner, onIdleSettle) {
  // undefined: running; null: inner streams done; a function: _destroy
  // waiting for the inner streams to report.
  let closing;

  function settle(err) {
    const waiting = closing;
    closing = null;
    if (waiting) waiting(err);
    else if (err) d.destroy(err);
    else if (onIdleSettle) onIdleSettle();
  }

  d._destroy = function destroyInnerToo(err, callback) {
    if (!err && closing !== null) err = new AbortError();
    waits.drain = waits.finish = waits.readable = null;
    if (closing === null) {
      callback(err);
      return;
    }
    closing = callback;
    destroyInner(err);
  };

  return settle;
}

// A Duplex over a separate readable and/or writable.
function fromPair(pair) {
  let source = pair.readable;
  if (source && typeof source.read !== 'function') source = Readable.wrap(source);
  const sink = pair.writable;

  let readable = !!u.isReadable(source);
  let writable = !!u.isWritable(sink);

  const d = new Duplexify({
    readableObjectMode: !!(source && source.readableObjectMode),
    writableObjectMode: !!(sink && sink.writableObjectMode),
    readable,
    writable,
  });
  const waits = newWaits();
  const settle = closeCoordinator(d, waits, (err) => {
    destroyer(sink, err);
    destroyer(source, err);
  }, null);

  if (writable) {
    whenDone(sink, (err) => {
      writable = false;
      if (err) destroyer(source, err);
      settle(err);
    });
    forwardWrites(d, waits, sink, sink);
  }
  if (readable) {
    whenDone(source, (err) => {
      readable = false;
      if (err) destroyer(source, err);
      settle(err);
    });
    forwardReads(d, waits, source);
  }
  return d;
}

duplexify.Duplexify = Duplexify;
duplexify.newWaits = newWaits;
duplexify.forwardWrites = forwardWrites;
duplexify.forwardReads = forwardReads;
duplexify.closeCoordinator = closeCoordinator;

module.exports = duplexify;
