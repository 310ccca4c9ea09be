'use strict';

// Readable.from(iterable[, options]) (and Duplex.from for iterables): a
// stream in object mode that pulls one value per push from a sync or
// async iterator, stopping while the consumer is not asking for more.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

function from(StreamClass, iterable, opts) {
  // Strings and Buffers are one value, not a sequence of characters/bytes.
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new StreamClass({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  const source = openIterator(iterable);
  const stream = new StreamClass({ objectMode: true, highWaterMark: 1, ...opts });
  let pulling = false;

  stream._read = function _read() {
    if (pulling) return;
    pulling = true;
    pullUntilFull();
  };

  // Pushes values until the stream says it is full; the next _read()
  // resumes. Ends the stream when the iterator is exhausted, destroys it
  // when the iterator (or a value's promise) fails.
  async function pullUntilFull() {
    try {
      let more = true;
      while (more) {
        const step = source.async ? await source.iterator.next() : source.iterator.next();
        if (step.done) {
          stream.push(null);
          return;
        }
        let value = step.value;
        if (value && typeof value.then === 'function') value = await value;
        if (value === null) {
          pulling = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        more = stream.push(value);
      }
      pulling = false;
    } catch (err) {
      stream.destroy(err);
    }
  }

  // Destroying the stream closes the iterator: an error is thrown into it
  // (when it can take one) so generator cleanup code sees it.
  stream._destroy = function _destroy(error, callback) {
    closeIterator(source.iterator, error).then(
      () => process.nextTick(callback, error),
      (closeErr) => process.nextTick(callback, closeErr || error));
  };

  return stream;
}

function openIterator(iterable) {
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    return { async: true, iterator: iterable[Symbol.asyncIterator]() };
  }
  if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    return { async: false, iterator: iterable[Symbol.iterator]() };
  }
  throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
}

async function closeIterator(iterator, error) {
  if (error !== null && error !== undefined && typeof iterator.throw === 'function') {
    const outcome = await iterator.throw(error);
    await outcome.value;
    if (outcome.done) return;
  }
  if (typeof iterator.return === 'function') {
    const outcome = await iterator.return();
    await outcome.value;
  }
}

module.exports = from;
