'use strict';

// node:zlib: zlib's deflate family, brotli and zstd as Transform streams,
// with one-shot helpers (callback, promisify-able, and *Sync) on top.
//
// Every stream owns one native context (internalBinding('zlib').Zlib). A
// written chunk is fed to it in steps: a step hands the context the unread
// part of the chunk and the free part of the output slab (chunkSize bytes)
// and learns, in the stream's `_writeState`, how much of each is left. A
// step that fills the slab is followed by another one; a step that leaves
// input unread while room was left means the compressed data ended before
// the input did, and the readable side ends there. Streams run their steps
// on libuv's thread pool; the *Sync helpers run them inline.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const { deprecate } = require('internal/util');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_TRAILING_JUNK_AFTER_STREAM_END,
    ERR_ZLIB_INITIALIZATION_FAILED,
    ERR_ZSTD_INVALID_PARAM,
  },
} = require('internal/errors');

const binding = internalBinding('zlib');

// zlib.constants: read-only, with the libraries' own values.
const constants = { __proto__: null };
for (const name of Object.keys(binding.constants)) {
  Object.defineProperty(constants, name, {
    __proto__: null, value: binding.constants[name], enumerable: true,
    writable: false, configurable: false,
  });
}

const {
  Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_ENCODE, BROTLI_DECODE, ZSTD_COMPRESS, ZSTD_DECOMPRESS,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA, BROTLI_PARAM_NDIRECT,
  ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end, ZSTD_c_overlapLog, ZSTD_d_windowLogMax,
} = constants;

// zlib.codes: zlib's return codes, by name and by number.
const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
  'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

// Flush requests travel through the writable side as these empty buffers,
// one per flush kind, so that they queue up behind earlier writes.
const flushMarkers = [];
for (let kind = 0; kind <= Z_BLOCK; kind++) flushMarkers.push(Buffer.alloc(0));

// How far a flush kind goes, in zlib's order (Z_BLOCK sits just above
// Z_NO_FLUSH). brotli's and zstd's kinds are ordered by number, as here.
function flushStrength(kind) {
  return kind === Z_BLOCK ? 1 : kind * 2;
}

const kStep = Symbol('kStep');         // the chunk being fed, or null
const kBusy = Symbol('kBusy');         // a step is on the thread pool
const kResume = Symbol('kResume');     // a step waiting for the reader
const kResetPending = Symbol('kResetPending');
const kOwner = Symbol('kOwner');       // handle -> stream
const kParams = Symbol('kParams');     // on a params() marker: [level, strategy]

// --- option checks ---------------------------------------------------------

// True for a finite number; false for undefined and NaN (use the default).
function isFiniteOption(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function rangedOption(value, name, lower, upper, fallback) {
  if (!isFiniteOption(value, name)) return fallback;
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function zlibError(message, errno, code) {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

// --- ZlibBase: the stream shared by every engine ---------------------------

// `defaults`: [flush, finishFlush, fullFlush, largest flush kind].
function ZlibBase(opts, handle, defaults) {
  const [, , fullFlush, maxFlush] = defaults;
  let [flush, finishFlush] = defaults;
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    if (isFiniteOption(opts.chunkSize, 'options.chunkSize')) {
      chunkSize = opts.chunkSize;
      if (chunkSize < Z_MIN_CHUNK) {
        throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
      }
    }
    flush = rangedOption(opts.flush, 'options.flush', 0, maxFlush, flush);
    finishFlush = rangedOption(opts.finishFlush, 'options.finishFlush', 0, maxFlush, finishFlush);
    maxOutputLength = rangedOption(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                   kMaxLength, kMaxLength);
    // The writable side takes bytes only.
    if (opts.objectMode || opts.writableObjectMode || opts.encoding) {
      opts = { ...opts, objectMode: false, writableObjectMode: false, encoding: null };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.oncomplete = onStepDone;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  // Input after the end of the compressed data is an error, not ignored
  // (web DecompressionStream).
  this._rejectGarbageAfterEnd = Boolean(opts && opts.rejectGarbageAfterEnd);
  this[kStep] = null;
  this[kBusy] = false;
  this[kResume] = null;
  this[kResetPending] = false;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

const bytesReadMessage = 'zlib.bytesRead is deprecated and will change its meaning in the ' +
  'future. Use zlib.bytesWritten instead.';
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get: deprecate(function() { return this.bytesWritten; }, bytesReadMessage, 'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; }, bytesReadMessage, 'DEP0108'),
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  // The context is not touched while a step runs on the thread pool.
  if (this[kBusy]) {
    this[kResetPending] = true;
    return;
  }
  resetHandle(this);
};

function resetHandle(stream) {
  const failure = stream._handle.reset();
  if (failure !== undefined) {
    stream.destroy(zlibError(failure, constants.Z_STREAM_ERROR, 'Z_STREAM_ERROR'));
  }
}

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushMarkers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) eos(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._read = function _read(size) {
  const resume = this[kResume];
  if (resume !== null) {
    this[kResume] = null;
    resume(this);
  }
  Transform.prototype._read.call(this, size);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  // Once the compressed data has ended, later input is ignored.
  if (this._readableState.ended) {
    callback();
    return;
  }
  let flushFlag = this._defaultFlushFlag;
  const marker = flushMarkers.indexOf(chunk);
  if (marker !== -1) flushFlag = marker;
  const params = chunk[kParams];
  if (params !== undefined) {
    // What was written before params() is flushed with the old settings.
    this._processChunk(chunk, Z_SYNC_FLUSH, () => {
      if (this._handle) applyParams(this, params[0], params[1]);
      callback();
    });
    return;
  }
  // The last chunk of the input finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength &&
      flushStrength(this._finishFlushFlag) > flushStrength(flushFlag)) {
    flushFlag = this._finishFlushFlag;
  }
  this._processChunk(chunk, flushFlag, callback);
};

// With a callback: feeds `chunk` on the thread pool and calls back when it
// is all consumed. Without: feeds it now and returns the output.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback !== 'function') return processChunkSync(this, chunk, flushFlag);
  if (!this._handle) {
    process.nextTick(callback);
    return;
  }
  this[kStep] = {
    chunk, flushFlag, callback, inOffset: 0, inLeft: chunk.byteLength, outLeft: 0,
  };
  startStep(this);
};

function startStep(stream) {
  const step = stream[kStep];
  step.outLeft = stream._chunkSize - stream._outOffset;
  stream[kBusy] = true;
  stream._handle.write(step.flushFlag, step.chunk, step.inOffset, step.inLeft,
                       stream._outBuffer, stream._outOffset, step.outLeft);
}

// The handle's oncomplete: `this` is the handle.
function onStepDone(message, errno, code) {
  const stream = this[kOwner];
  const step = stream[kStep];
  stream[kBusy] = false;
  if (stream.destroyed || step === null) return;
  if (stream[kResetPending]) {
    stream[kResetPending] = false;
    resetHandle(stream);
    if (stream.destroyed) return;
  }
  if (message !== undefined) {
    stream[kStep] = null;
    stream.destroy(zlibError(message, errno, code));
    return;
  }
  const availOut = stream._writeState[0];
  const availIn = stream._writeState[1];
  const consumed = step.inLeft - availIn;
  const produced = step.outLeft - availOut;
  stream.bytesWritten += consumed;
  let room = true;
  if (produced > 0) {
    const start = stream._outOffset;
    stream._outOffset += produced;
    room = stream.push(stream._outBuffer.slice(start, start + produced));
    if (stream.destroyed) return;  // a 'data' listener closed it
  }
  if (availOut === 0 || stream._outOffset >= stream._chunkSize) {
    stream._outBuffer = Buffer.allocUnsafe(stream._chunkSize);
    stream._outOffset = 0;
  }
  if (availOut === 0) {
    // The slab filled up: more output may come from the same input.
    step.inOffset += consumed;
    step.inLeft = availIn;
    if (room) {
      startStep(stream);
    } else {
      stream[kResume] = startStep;  // until the reader makes room
    }
    return;
  }
  stream[kStep] = null;
  // Room to spare and input left over: the compressed data ended.
  if (availIn > 0) {
    if (stream._rejectGarbageAfterEnd) {
      stream.destroy(new ERR_TRAILING_JUNK_AFTER_STREAM_END());
      return;
    }
    stream.push(null);
  }
  step.callback();
}

function processChunkSync(stream, chunk, flushFlag) {
  const handle = stream._handle;
  if (!handle) throw new Error('zlib binding closed');
  const state = stream._writeState;
  const chunkSize = stream._chunkSize;
  const buffers = [];
  let total = 0;
  let inOffset = 0;
  let inLeft = chunk.byteLength;
  let out = stream._outBuffer;
  let outOffset = stream._outOffset;
  for (;;) {
    const outLeft = chunkSize - outOffset;
    const failure = handle.writeSync(flushFlag, chunk, inOffset, inLeft, out, outOffset, outLeft);
    if (failure !== undefined) {
      closeHandle(stream);
      throw zlibError(failure[0], failure[1], failure[2]);
    }
    const availOut = state[0];
    const availIn = state[1];
    inOffset += inLeft - availIn;
    inLeft = availIn;
    const produced = outLeft - availOut;
    if (produced > 0) {
      buffers.push(out.slice(outOffset, outOffset + produced));
      total += produced;
      outOffset += produced;
      if (total > stream._maxOutputLength) {
        closeHandle(stream);
        throw new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength);
      }
    }
    if (availOut === 0 || outOffset >= chunkSize) {
      out = Buffer.allocUnsafe(chunkSize);
      outOffset = 0;
    }
    if (availOut !== 0) break;
  }
  stream.bytesWritten = inOffset;
  closeHandle(stream);
  return Buffer.concat(buffers, total);
}

function closeHandle(stream) {
  const handle = stream._handle;
  if (!handle) return;
  stream._handle = null;
  handle.close();
}

function newHandle(stream, mode) {
  stream._writeState = new Float64Array(2);
  return new binding.Zlib(mode, stream._writeState);
}

// --- zlib's deflate family -------------------------------------------------

const zlibDefaults = [Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH, Z_BLOCK];

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // Decompressors take 0 (or null): the window size the header names.
    const readsHeader = mode === INFLATE || mode === GUNZIP || mode === UNZIP;
    if (readsHeader && (opts.windowBits === 0 || opts.windowBits === null)) {
      windowBits = 0;
    } else {
      windowBits = rangedOption(opts.windowBits, 'options.windowBits',
                                mode === GZIP ? 9 : Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
                                Z_DEFAULT_WINDOWBITS);
    }
    level = rangedOption(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                         Z_DEFAULT_COMPRESSION);
    memLevel = rangedOption(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                            Z_DEFAULT_MEMLEVEL);
    strategy = rangedOption(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                            Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (!isAnyArrayBuffer(dictionary)) {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
      dictionary = Buffer.from(dictionary);
    }
  }
  const handle = newHandle(this, mode);
  const failure = handle.init(windowBits, level, memLevel, strategy, dictionary);
  if (failure !== undefined) throw new ERR_ZLIB_INITIALIZATION_FAILED(failure);
  ZlibBase.call(this, opts, handle, zlibDefaults);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  level = rangedOption(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  strategy = rangedOption(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    // Queued behind what was written so far, like a flush.
    const marker = Buffer.alloc(0);
    marker[kParams] = [level, strategy];
    this.write(marker, '', callback);
  }
};

function applyParams(stream, level, strategy) {
  const failure = stream._handle.params(level, strategy);
  if (failure !== undefined) {
    stream.destroy(zlibError(failure, constants.Z_STREAM_ERROR, 'Z_STREAM_ERROR'));
    return;
  }
  stream._level = level;
  stream._strategy = strategy;
}

function defineZlibClass(name, mode) {
  const cls = {
    [name]: function(opts) {
      if (!new.target && !(this instanceof cls)) return new cls(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, Zlib.prototype);
  Object.setPrototypeOf(cls, Zlib);
  return cls;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
const DeflateRaw = defineZlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);

// --- brotli and zstd: numbered parameters ----------------------------------

// Reads options.params ({ [id]: value }) for ids 0..maxId; calls
// add(id, value) for each. Each id at most once.
function readParams(opts, maxId, InvalidParam, add) {
  if (!opts || !opts.params) return;
  const seen = new Set();
  for (const key of Object.keys(opts.params)) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0 || id > maxId || seen.has(id)) {
      throw new InvalidParam(key);
    }
    seen.add(id);
    const value = opts.params[key];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
    }
    add(id, value);
  }
}

const brotliDefaults = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_EMIT_METADATA];

function Brotli(opts, mode) {
  // One slot per parameter id; all ones leaves the library's default.
  const params = new Uint32Array(BROTLI_PARAM_NDIRECT + 1).fill(0xFFFFFFFF);
  readParams(opts, BROTLI_PARAM_NDIRECT, ERR_BROTLI_INVALID_PARAM, (id, value) => {
    params[id] = value;
  });
  const handle = newHandle(this, mode);
  const failure = handle.init(params);
  if (failure !== undefined) throw new ERR_ZLIB_INITIALIZATION_FAILED(failure);
  ZlibBase.call(this, opts, handle, brotliDefaults);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function BrotliCompress(opts) {
  if (!new.target && !(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!new.target && !(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

const zstdDefaults = [ZSTD_e_continue, ZSTD_e_end, ZSTD_e_flush, ZSTD_e_end];

function Zstd(opts, mode, maxParam) {
  const pairs = [];
  readParams(opts, maxParam, ERR_ZSTD_INVALID_PARAM, (id, value) => pairs.push(id, value));
  let pledgedSrcSize;
  let dictionary;
  if (opts) {
    if (typeof opts.pledgedSrcSize === 'number') {
      if (opts.pledgedSrcSize < 0) {
        const err = new ERR_INVALID_ARG_VALUE('options.pledgedSrcSize', opts.pledgedSrcSize);
        err.message = 'pledgedSrcSize may not be negative';
        throw err;
      }
      pledgedSrcSize = opts.pledgedSrcSize;
    }
    if (isArrayBufferView(opts.dictionary) || isAnyArrayBuffer(opts.dictionary)) {
      dictionary = opts.dictionary;
    }
  }
  const handle = newHandle(this, mode);
  const failure = handle.init(new Int32Array(pairs), pledgedSrcSize, dictionary);
  if (failure !== undefined) throw new ERR_ZLIB_INITIALIZATION_FAILED(failure);
  ZlibBase.call(this, opts, handle, zstdDefaults);
}
Object.setPrototypeOf(Zstd.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zstd, ZlibBase);

function ZstdCompress(opts) {
  if (!new.target && !(this instanceof ZstdCompress)) return new ZstdCompress(opts);
  Zstd.call(this, opts, ZSTD_COMPRESS, ZSTD_c_overlapLog);
}
Object.setPrototypeOf(ZstdCompress.prototype, Zstd.prototype);
Object.setPrototypeOf(ZstdCompress, Zstd);

function ZstdDecompress(opts) {
  if (!new.target && !(this instanceof ZstdDecompress)) return new ZstdDecompress(opts);
  Zstd.call(this, opts, ZSTD_DECOMPRESS, ZSTD_d_windowLogMax);
}
Object.setPrototypeOf(ZstdDecompress.prototype, Zstd.prototype);
Object.setPrototypeOf(ZstdDecompress, Zstd);

// --- one-shot helpers -------------------------------------------------------

// The input of a one-shot helper as bytes the stream accepts.
function inputBytes(buffer) {
  if (typeof buffer === 'string' || isUint8Array(buffer)) return buffer;
  if (isArrayBufferView(buffer)) {
    return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  return undefined;
}

function runOnce(engine, buffer, callback) {
  const bytes = inputBytes(buffer);
  const chunks = [];
  let total = 0;
  const done = (err, result) => {
    engine.removeListener('data', onData);
    engine.removeListener('error', onError);
    engine.removeListener('end', onEnd);
    if (err) callback(err);
    else callback(null, result);
  };
  function onData(chunk) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > engine._maxOutputLength) {
      engine.destroy();
      done(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  }
  function onError(err) {
    done(err);
  }
  function onEnd() {
    const result = Buffer.concat(chunks, total);
    engine.close();
    done(null, engine._info ? { buffer: result, engine } : result);
  }
  engine.on('data', onData);
  engine.on('error', onError);
  engine.on('end', onEnd);
  engine.end(bytes === undefined ? buffer : bytes);
}

function runOnceSync(engine, buffer) {
  let bytes = inputBytes(buffer);
  if (bytes === undefined) {
    throw new ERR_INVALID_ARG_TYPE('buffer',
                                   ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                   buffer);
  }
  if (typeof bytes === 'string') bytes = Buffer.from(bytes);
  const result = processChunkSync(engine, bytes, engine._finishFlushFlag);
  return engine._info ? { buffer: result, engine } : result;
}

function oneShot(Engine) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    runOnce(new Engine(opts), buffer, callback);
  };
}

function oneShotSync(Engine) {
  return function syncBufferWrapper(buffer, opts) {
    return runOnceSync(new Engine(opts), buffer);
  };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

// --- exports ---------------------------------------------------------------

const engines = [
  ['Deflate', Deflate, 'deflate'],
  ['Inflate', Inflate, 'inflate'],
  ['Gzip', Gzip, 'gzip'],
  ['Gunzip', Gunzip, 'gunzip'],
  ['DeflateRaw', DeflateRaw, 'deflateRaw'],
  ['InflateRaw', InflateRaw, 'inflateRaw'],
  ['Unzip', Unzip, 'unzip'],
  ['BrotliCompress', BrotliCompress, 'brotliCompress'],
  ['BrotliDecompress', BrotliDecompress, 'brotliDecompress'],
  ['ZstdCompress', ZstdCompress, 'zstdCompress'],
  ['ZstdDecompress', ZstdDecompress, 'zstdDecompress'],
];

module.exports = { crc32 };
for (const [name, Engine] of engines) module.exports[name] = Engine;
for (const name of ['deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip',
  'inflateRaw', 'brotliCompress', 'brotliDecompress', 'zstdCompress', 'zstdDecompress']) {
  const Engine = engines.find((e) => e[2] === name)[1];
  module.exports[name] = oneShot(Engine);
  module.exports[`${name}Sync`] = oneShotSync(Engine);
}
for (const [name, Engine] of engines) {
  Object.defineProperty(module.exports, `create${name}`, {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: { value(options) { return new Engine(options); } }.value,
  });
}
Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false, value: constants,
  },
  codes: {
    __proto__: null, configurable: false, enumerable: true, writable: false, value: codes,
  },
});
// The constants' old home, kept for compatibility (not brotli's).
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: false, enumerable: false, writable: false,
    value: constants[name],
  });
}
