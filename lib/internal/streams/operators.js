'use strict';

// Readable.prototype iterator helpers: map, filter, flatMap, drop, take,
// asIndexedPairs, compose (return streams) and forEach, toArray, some,
// every, find, reduce (return promises).

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { addAbortListener, isNodeStream, isWritable } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name) {
  if (typeof fn !== 'function') {
    // Node 22 words it as plain "function" (async functions are functions).
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
  }
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function signalOf(options) {
  return options != null ? options.signal : undefined;
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);

  // How many fn calls may run at once, and how many results may wait
  // (on top of those) for the consumer.
  const concurrency = Math.floor(options?.concurrency ?? 1);
  const extraBuffered = Math.floor(options?.highWaterMark ?? concurrency - 1);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(extraBuffered, 'options.highWaterMark', 0);
  const highWaterMark = extraBuffered + concurrency;

  return async function* map() {
    const stream = this;
    const outer = signalOf(options);
    // The signal handed to fn follows the caller's signal.
    const ac = new AbortController();
    const signal = ac.signal;
    let detach = null;
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else detach = addAbortListener(outer, () => ac.abort(outer.reason));
    }
    const fnOptions = { signal };

    // Results in input order: promises, then kEof at the end.
    const results = [];
    let inFlight = 0;
    let stopped = false;
    let wakeConsumer = null;
    let wakeProducer = null;

    function notifyConsumer() {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    }
    function maybeResumeProducer() {
      if (wakeProducer && !stopped && inFlight < concurrency && results.length < highWaterMark) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    }
    function settled() {
      inFlight--;
      maybeResumeProducer();
    }
    function failed() {
      stopped = true;
      settled();
    }
    const onAbort = () => notifyConsumer();
    signal.addEventListener('abort', onAbort);

    async function produce() {
      try {
        for await (const item of stream) {
          if (stopped) return;
          if (signal.aborted) throw new AbortError();
          let result;
          try {
            result = fn(item, fnOptions);
            if (result === kEmpty) continue;
            result = Promise.resolve(result);
          } catch (err) {
            result = Promise.reject(err);
          }
          inFlight++;
          result.then(settled, failed);
          results.push(result);
          notifyConsumer();
          if (!stopped && (results.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        results.push(kEof);
      } catch (err) {
        const result = Promise.reject(err);
        result.then(settled, failed);
        results.push(result);
      } finally {
        stopped = true;
        notifyConsumer();
      }
    }

    produce();

    try {
      for (;;) {
        while (results.length > 0) {
          const value = await results[0];
          if (value === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (value !== kEmpty) yield value;
          results.shift();
          maybeResumeProducer();
        }
        if (signal.aborted) throw new AbortError();
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      stopped = true;
      signal.removeEventListener('abort', onAbort);
      if (detach) detach();
      if (wakeProducer) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    }
  }.call(this);
}

let warnedIndexedPairs = false;
function asIndexedPairs(options = undefined) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
                        'DeprecationWarning');
  }
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    const signal = signalOf(options);
    for await (const val of this) {
      if (signal && signal.aborted) throw abortedError(signal);
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function emptyReduceError() {
  const err = new ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = signalOf(options);
  if (outer && outer.aborted) {
    const err = abortedError(outer);
    this.once('error', () => {});
    const eos = require('internal/streams/end-of-stream');
    await eos.finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  let detach = null;
  if (outer) detach = addAbortListener(outer, () => ac.abort(outer.reason));
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (outer && outer.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw emptyReduceError();
  } finally {
    ac.abort();
    if (detach) detach();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const signal = signalOf(options);
  const result = [];
  for await (const val of this) {
    if (signal && signal.aborted) throw abortedError(signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another value once enough were taken.
      if (number <= 0) return;
    }
  }.call(this);
}

function composeOp(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const staticCompose = require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  const signal = signalOf(options);
  if (signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(signal, composed);
  }
  return composed;
}

const streamReturningOperators = {
  asIndexedPairs, drop, filter, flatMap, map, take, compose: composeOp,
};
const promiseReturningOperators = {
  every, forEach, reduce, toArray, some, find,
};

function install(Readable) {
  for (const key of Object.keys(streamReturningOperators)) {
    const op = streamReturningOperators[key];
    const wrapped = function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(Reflect.apply(op, this, args));
    };
    Object.defineProperty(wrapped, 'name', { value: key === 'compose' ? 'compose' : op.name });
    Object.defineProperty(wrapped, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: wrapped, enumerable: false, configurable: true, writable: true,
    });
  }
  for (const key of Object.keys(promiseReturningOperators)) {
    const op = promiseReturningOperators[key];
    const wrapped = function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    };
    Object.defineProperty(wrapped, 'name', { value: op.name });
    Object.defineProperty(wrapped, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: wrapped, enumerable: false, configurable: true, writable: true,
    });
  }
}

module.exports = { install, streamReturningOperators, promiseReturningOperators };
