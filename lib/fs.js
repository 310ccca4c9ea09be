'use strict';

// node:fs — the synchronous, callback and promise file system API on top of
// internalBinding('fs'). A call without a request object is synchronous; a
// call with one runs on libuv's thread pool and reports to req.oncomplete.

const binding = internalBinding('fs');
const { Buffer, kMaxLength } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const { validateBoolean, validateFunction, validateInteger,
  validateObject, validateEncoding, validateBuffer, parseFileMode,
} = require('internal/validators');
const { kEmptyObject, deprecate, kCustomPromisifyArgsSymbol, kCustomPromisifiedSymbol } =
  require('internal/util');
const { constants, copyObject, Dirent, emitRecursiveRmdirWarning, encodeName,
  encodeNames, getDirents, getOptions, getStatFsFromBinding, getValidatedFd,
  getValidatedPath, getValidMode, isUtf8, kMaxUserId, makeCallback, positionArg, Stats, statsFrom, stringToFlags, stringToSymlinkType,
  toPathIfFileURL, toUnixTimestamp, validateCpOptions, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateRmdirOptions, validateRmOptionsSync,
  validateStringAfterArrayBufferView, warnOnNonPortableTemplate,
} = require('internal/fs/utils');

const {
  F_OK, R_OK, W_OK, X_OK, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kReadFileUnknownBufferLength = 64 * 1024;

const { bind: bindAsyncContext } = require('internal/async_context');

// A request in flight (named as Node names it: getActiveResourcesInfo
// reports 'FSReqCallback').
class FSReqCallback {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}

function req(oncomplete) {
  // The callback runs in the async context of the call (AsyncLocalStorage).
  return new FSReqCallback(bindAsyncContext(oncomplete));
}

function checkAborted(signal, callback) {
  if (signal && signal.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// --- open / close ----------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, req(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.close(fd, req((err) => callback(err || null)));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// --- read ----------------------------------------------------------------------

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = makeCallback(callback);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(function tick() { callback(null, 0, buffer); });
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, positionArg(position),
               req((err, bytesRead) => {
                 if (err) return callback(err);
                 callback(null, bytesRead || 0, buffer);
               }));
}
Object.defineProperty(read, kCustomPromisifyArgsSymbol,
                      { value: ['bytesRead', 'buffer'], enumerable: false });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.read(fd, buffer, offset, length, positionArg(position));
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

// readv in JS: one read per buffer, each continuing where the last ended.
function readvSyncImpl(fd, buffers, position) {
  let total = 0;
  for (const buf of buffers) {
    if (buf.byteLength === 0) continue;
    const n = binding.read(fd, buf, 0, buf.byteLength, position == null ? null : position + total);
    total += n;
    if (n < buf.byteLength) break;
  }
  return total;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  if (typeof position !== 'number') position = null;
  let total = 0;
  let i = 0;
  const next = () => {
    while (i < buffers.length && buffers[i].byteLength === 0) i++;
    if (i >= buffers.length) return callback(null, total, buffers);
    const buf = buffers[i++];
    binding.read(fd, buf, 0, buf.byteLength, position == null ? null : position + total,
                 req((err, n) => {
                   if (err) return callback(err);
                   total += n;
                   if (n < buf.byteLength) return callback(null, total, buffers);
                   next();
                 }));
  };
  next();
}
Object.defineProperty(readv, kCustomPromisifyArgsSymbol,
                      { value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return readvSyncImpl(fd, buffers, position);
}

// --- write ---------------------------------------------------------------------

// The position of a write: like Node, any number that is not a safe integer
// (NaN, 1.5, 2 ** 60...) means the current file position.
function writePosition(position) {
  return Number.isSafeInteger(position) ? position : null;
}

// Like Node, a string written with an encoding it does not know is UTF-8.
function writeEncoding(encoding) {
  return typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'function') {
      offset = 0;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0, kIoMaxLength);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    position = writePosition(position);
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, position, req(wrapper));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  length = writeEncoding(length);
  callback = makeCallback(position);
  const pos = writePosition(offset);
  if (isUtf8(length)) {
    binding.writeString(fd, str, pos, req(wrapper));
  } else {
    const b = Buffer.from(str, length);
    binding.write(fd, b, 0, b.byteLength, pos, req(wrapper));
  }
}
Object.defineProperty(write, kCustomPromisifyArgsSymbol,
                      { value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer, offset, length, writePosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  length = writeEncoding(length);
  const pos = writePosition(offset);
  if (isUtf8(length)) return binding.writeString(fd, buffer, pos);
  const b = Buffer.from(buffer, length);
  return binding.write(fd, b, 0, b.byteLength, pos);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writev(fd, buffers, position, req((err, written) => {
    callback(err, written || 0, buffers);
  }));
}
Object.defineProperty(writev, kCustomPromisifyArgsSymbol,
                      { value: ['bytesWritten', 'buffer'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, buffers, position);
}

// --- readFile / writeFile / appendFile ----------------------------------------------

// Like Node, any int32 is taken for a file descriptor (and then validated).
function isFd(path) {
  return (path | 0) === path;
}

function decodeResult(buffer, encoding) {
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  const encoding = options.encoding;
  const fromFd = isFd(path);
  if (!fromFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'r');
  if (checkAborted(signal, callback)) return;

  let fd;
  const finish = (err, result) => {
    const done = (e) => (e ? callback(e) : callback(null, result));
    if (fromFd) return done(err);
    binding.close(fd, req((closeErr) => done(err || closeErr)));
  };
  const readAll = () => {
    binding.fstat(fd, req((err, st) => {
      if (err) return finish(err);
      if (checkAborted(signal, finish)) return;
      const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
      if (size > kIoMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(size));
      if (size === 0) return readUnknown();
      const buffer = Buffer.allocUnsafeSlow(size);
      let pos = 0;
      const step = () => {
        binding.read(fd, buffer, pos, size - pos, -1, req((err, n) => {
          if (err) return finish(err);
          if (checkAborted(signal, finish)) return;
          pos += n;
          if (n === 0 || pos === size) {
            const out = pos < size ? buffer.subarray(0, pos) : buffer;
            let result;
            try {
              result = decodeResult(out, encoding);
            } catch (e) {
              return finish(e);
            }
            return finish(null, result);
          }
          step();
        }));
      };
      step();
    }));
  };
  const readUnknown = () => {
    const chunks = [];
    let total = 0;
    const step = () => {
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      binding.read(fd, chunk, 0, chunk.length, -1, req((err, n) => {
        if (err) return finish(err);
        if (checkAborted(signal, finish)) return;
        if (n === 0) {
          let result;
          try {
            result = decodeResult(Buffer.concat(chunks, total), encoding);
          } catch (e) {
            return finish(e);
          }
          return finish(null, result);
        }
        chunks.push(n < chunk.length ? chunk.subarray(0, n) : chunk);
        total += n;
        if (total > kMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(total));
        step();
      }));
    };
    step();
  };
  if (fromFd) {
    fd = path;
    readAll();
    return;
  }
  binding.open(path, flags, 0o666, req((err, result) => {
    if (err) return callback(err);
    fd = result;
    if (checkAborted(signal, finish)) return;
    readAll();
  }));
}

function tryReadSync(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let pos = 0;
  while (pos < size) {
    const n = binding.read(fd, buffer, pos, size - pos, -1);
    if (n === 0) break;
    pos += n;
  }
  return pos < size ? buffer.subarray(0, pos) : buffer;
}

function readAllSync(fd) {
  const st = binding.fstat(fd);
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  if (size !== 0) return tryReadSync(fd, size);
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
    const n = binding.read(fd, chunk, 0, chunk.length, -1);
    if (n === 0) break;
    chunks.push(n < chunk.length ? chunk.subarray(0, n) : chunk);
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const flags = stringToFlags(options.flag || 'r');
  if (!isFd(path)) {
    path = getValidatedPath(path);
    if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(path, flags);
    const fd = binding.open(path, flags, 0o666);
    let buffer;
    try {
      buffer = readAllSync(fd);
    } finally {
      binding.close(fd);
    }
    return decodeResult(buffer, encoding);
  }
  return decodeResult(readAllSync(getValidatedFd(path)), encoding);
}

function validateWriteData(data, encoding) {
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, encoding || 'utf8');
  }
  return data;
}

function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  if (checkAborted(signal, (err) => finishWrite(fd, isUserFd, err, callback))) return;
  if (length === 0) {
    if (!flush) return finishWrite(fd, isUserFd, null, callback);
    // Through the exports, as Node does, so that fs.fsync can be observed.
    return fs.fsync(fd, (err) => finishWrite(fd, isUserFd, err, callback));
  }
  binding.write(fd, buffer, offset, length, null, req((err, written) => {
    if (err) return finishWrite(fd, isUserFd, err, callback);
    writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
  }));
}

// The `flush` option of writeFile and appendFile: fsync before closing.
function getFlush(options) {
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return flush;
}

function finishWrite(fd, isUserFd, err, callback) {
  if (isUserFd) return callback(err);
  binding.close(fd, req((closeErr) => callback(err || closeErr || null)));
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const flush = getFlush(options);
  data = validateWriteData(data, options.encoding);
  const buffer = data;
  const view = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isFd(path)) {
    writeAll(getValidatedFd(path), true, view, 0, view.byteLength, options.signal, flush, callback);
    return;
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(flag);
  if (checkAborted(options.signal, callback)) return;
  binding.open(path, flags, mode, req((err, fd) => {
    if (err) return callback(err);
    writeAll(fd, false, view, 0, view.byteLength, options.signal, flush, callback);
  }));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const flush = getFlush(options);
  data = validateWriteData(data, options.encoding);
  const isUserFd = isFd(path);
  let fd = path;
  if (!isUserFd) {
    path = getValidatedPath(path);
    fd = binding.open(path, stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666));
  }
  try {
    let offset = 0;
    let length = data.byteLength;
    while (length > 0) {
      const written = binding.write(fd, data, offset, length, null);
      offset += written;
      length -= written;
    }
    if (flush) fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// --- stat family ---------------------------------------------------------------

function statCallback(callback, options) {
  return req((err, array) => {
    if (err) return callback(err);
    callback(null, statsFrom(array, options));
  });
}

function normalizeStatArgs(options, callback) {
  if (typeof options === 'function') return [{ bigint: false }, options];
  return [options ?? { bigint: false }, callback];
}

function stat(path, options, callback) {
  [options, callback] = normalizeStatArgs(options, callback);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, statCallback(callback, options));
}

function lstat(path, options, callback) {
  [options, callback] = normalizeStatArgs(options, callback);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, statCallback(callback, options));
}

function fstat(fd, options, callback) {
  [options, callback] = normalizeStatArgs(options, callback);
  callback = makeCallback(callback);
  const bigint = !!options.bigint;
  fd = getValidatedFd(fd);
  binding.fstat(fd, statCallback(callback, { bigint }));
}

function statSyncImpl(fn, path, options) {
  const bigint = options != null && !!options.bigint;
  const throwIfNoEntry = options == null || options.throwIfNoEntry !== false;
  let array;
  try {
    array = fn(path);
  } catch (err) {
    if (!throwIfNoEntry && err.code === 'ENOENT') return undefined;
    throw err;
  }
  return statsFrom(array, { bigint });
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(binding.stat, getValidatedPath(path), options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(binding.lstat, getValidatedPath(path), options);
}

function fstatSync(fd, options = { bigint: false }) {
  const bigint = !!options.bigint;
  return statsFrom(binding.fstat(getValidatedFd(fd)), { bigint });
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, req((err, result) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(result, options && options.bigint));
  }));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path)), options && options.bigint);
}

// --- readdir ---------------------------------------------------------------------

function readdirRecursiveSync(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const out = [];
  const queue = [basePath];
  while (queue.length > 0) {
    const dir = queue.shift();
    const result = binding.readdir(dir, true);
    const dirents = getDirents(dir, result);
    for (const d of dirents) {
      const full = pathModule.join(dir, d.name);
      if (withFileTypes) {
        d.name = encodeName(d.name, encoding);
        out.push(d);
      } else {
        out.push(encodeName(pathModule.relative(basePath, full), encoding));
      }
      if (d.isDirectory()) queue.push(full);
    }
  }
  return out;
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const out = [];
  const queue = [basePath];
  const next = () => {
    if (queue.length === 0) return callback(null, out);
    const dir = queue.shift();
    binding.readdir(dir, true, req((err, result) => {
      if (err) return callback(err);
      let dirents;
      try {
        dirents = getDirents(dir, result);
      } catch (e) {
        return callback(e);
      }
      for (const d of dirents) {
        const full = pathModule.join(dir, d.name);
        if (withFileTypes) {
          d.name = encodeName(d.name, encoding);
          out.push(d);
        } else {
          out.push(encodeName(pathModule.relative(basePath, full), encoding));
        }
        if (d.isDirectory()) queue.push(full);
      }
      next();
    }));
  };
  next();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirRecursive(path, options, callback);
    return;
  }
  const withTypes = Boolean(options.withFileTypes);
  binding.readdir(path, withTypes, req((err, result) => {
    if (err) return callback(err);
    let out;
    try {
      out = withTypes ? getDirents(path, result, options.encoding) :
        encodeNames(result, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  }));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  const withTypes = Boolean(options.withFileTypes);
  const result = binding.readdir(path, withTypes);
  return withTypes ? getDirents(path, result, options.encoding) :
    encodeNames(result, options.encoding);
}

// --- mkdir / mkdtemp ---------------------------------------------------------------

function isDirectorySync(path) {
  try {
    return (binding.stat(path)[1] & S_IFMT) === S_IFDIR;
  } catch {
    return false;
  }
}

// Returns the first directory created, or undefined when it already existed.
function mkdirpSync(path, mode) {
  try {
    binding.mkdir(path, mode);
    return path;
  } catch (err) {
    if (err.code === 'EEXIST') {
      if (isDirectorySync(path)) return undefined;
      throw err;
    }
    if (err.code !== 'ENOENT') throw err;
    const parent = pathModule.dirname(path);
    if (parent === path) throw err;
    const first = mkdirpSync(parent, mode);
    try {
      binding.mkdir(path, mode);
    } catch (err2) {
      if (err2.code === 'EEXIST' && isDirectorySync(path)) return first;
      throw err2;
    }
    return first ?? path;
  }
}

function mkdirp(path, mode, callback) {
  binding.mkdir(path, mode, req((err) => {
    if (!err) return callback(null, path);
    if (err.code === 'EEXIST') {
      return binding.stat(path, req((e2, st) => {
        if (!e2 && (st[1] & S_IFMT) === S_IFDIR) return callback(null, undefined);
        callback(err);
      }));
    }
    if (err.code !== 'ENOENT') return callback(err);
    const parent = pathModule.dirname(path);
    if (parent === path) return callback(err);
    mkdirp(parent, mode, (perr, first) => {
      if (perr) return callback(perr);
      binding.mkdir(path, mode, req((err2) => {
        if (!err2) return callback(null, first ?? path);
        if (err2.code === 'EEXIST') {
          return binding.stat(path, req((e3, st) => {
            if (!e3 && (st[1] & S_IFMT) === S_IFDIR) return callback(null, first);
            callback(err2);
          }));
        }
        callback(err2);
      }));
    });
  }));
}

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    validateBoolean(recursive, 'options.recursive');
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = parseMkdirOptions(options);
  if (recursive) {
    mkdirp(pathModule.toNamespacedPath ? path : path, mode, callback);
    return;
  }
  binding.mkdir(path, mode, req((err) => callback(err || null)));
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = parseMkdirOptions(options);
  if (recursive) return mkdirpSync(path, mode);
  binding.mkdir(path, mode);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  }));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

// --- rm / rmdir / unlink / rename --------------------------------------------------

function rimrafSync(path) {
  let st;
  try {
    st = binding.lstat(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR) {
    for (const name of binding.readdir(path, false)) rimrafSync(pathModule.join(path, name));
    binding.rmdir(path);
  } else {
    binding.unlink(path);
  }
}

function rimraf(path, callback) {
  binding.lstat(path, req((err, st) => {
    if (err) return callback(err.code === 'ENOENT' ? null : err);
    if ((st[1] & S_IFMT) !== S_IFDIR) {
      binding.unlink(path, req((e) => callback(e && e.code !== 'ENOENT' ? e : null)));
      return;
    }
    binding.readdir(path, false, req((e, names) => {
      if (e) return callback(e);
      let pending = names.length;
      let failed = null;
      const done = () => {
        if (failed) return callback(failed);
        binding.rmdir(path, req((e2) => callback(e2 && e2.code !== 'ENOENT' ? e2 : null)));
      };
      if (pending === 0) return done();
      for (const name of names) {
        rimraf(pathModule.join(path, name), (e3) => {
          if (e3 && !failed) failed = e3;
          if (--pending === 0) done();
        });
      }
    }));
  }));
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  let opts;
  try {
    opts = validateRmOptionsSync(path, options, false);
  } catch (err) {
    if (err.code === 'ERR_FS_EISDIR' || err.errno !== undefined) {
      process.nextTick(callback, err);
      return;
    }
    throw err;
  }
  rimraf(path, (err) => {
    if (err && err.code === 'ENOENT' && opts.force) err = null;
    callback(err);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmOptionsSync(path, options, false);
  if (!opts.recursive) {
    try {
      binding.unlink(path);
    } catch (err) {
      if (opts.force && err.code === 'ENOENT') return;
      throw err;
    }
    return;
  }
  rimrafSync(path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmdirOptions(options);
    binding.stat(path, req((err, st) => {
      if (err) return callback(err);
      if ((st[1] & S_IFMT) !== S_IFDIR) {
        const e = require('internal/errors').uvException({
          errno: -20, syscall: 'rmdir', path,
        });
        return callback(e);
      }
      rimraf(path, callback);
    }));
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, req((err) => callback(err || null)));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmdirOptions(options);
    if ((binding.stat(path)[1] & S_IFMT) !== S_IFDIR) {
      throw require('internal/errors').uvException({ errno: -20, syscall: 'rmdir', path });
    }
    rimrafSync(path);
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), req((err) => callback(err || null)));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, req((err) => callback(err || null)));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

// --- copyFile / cp --------------------------------------------------------------------

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, req((err) => callback(err || null)));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpFn(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  require('internal/fs/cp').cpSyncFn(src, dest, options);
}

// --- access / exists ---------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, req((err) => callback(err || null)));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
  } catch {
    return false;
  }
  return true;
}

// --- links and realpath --------------------------------------------------------------

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  }));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  binding.symlink(target, path, flags, req((err) => callback(err || null)));
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, req((err) => callback(err || null)));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'),
               getValidatedPath(newPath, 'newPath'));
}

// The error Node's JS realpath gives: the lstat of the first missing part.
function realpathError(path, original) {
  const resolved = pathModule.resolve(path);
  const parts = resolved.split('/').filter(Boolean);
  let current = '';
  for (const part of parts) {
    current += `/${part}`;
    try {
      binding.lstat(current);
    } catch (err) {
      return err;
    }
  }
  return original;
}

// Node's realpath walks the path in JS, and a link to a pipe or a socket
// makes it stop at the next component it has seen before (its stat buffer
// still holds that link's type): /dev/stdin on a pipe gives
// /proc/PID/fd/pipe:[N], where realpath(3) fails. Tried only once
// realpath(3) has failed; undefined when the walk ends anywhere else.
function realpathThroughPipe(path) {
  const knownHard = new Set();
  let rest = pathModule.resolve(path).split('/').filter(Boolean);
  let resolved = '/';
  let lastWasPipe = false;
  for (let links = 0; rest.length > 0 && links < 40;) {
    const base = pathModule.join(resolved, rest[0]);
    if (knownHard.has(base)) {
      if (lastWasPipe) return pathModule.join(resolved, ...rest);
      resolved = base;
      rest = rest.slice(1);
      continue;
    }
    let target;
    try {
      lastWasPipe = false;
      if ((binding.lstat(base)[1] & S_IFMT) !== S_IFLNK) {
        knownHard.add(base);
        resolved = base;
        rest = rest.slice(1);
        continue;
      }
      const targetMode = binding.stat(base)[1] & S_IFMT;
      lastWasPipe = targetMode === S_IFIFO || targetMode === S_IFSOCK;
      target = binding.readlink(base);
    } catch {
      return undefined;
    }
    links++;
    rest = pathModule.resolve(resolved, target, ...rest.slice(1)).split('/').filter(Boolean);
    resolved = '/';
  }
  return undefined;
}

// Node's JS realpath turns any path that is not a string (Buffers included)
// into one with `+= ''` before validating it.
function coerceRealpathArg(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  p = getValidatedPath(p);
  return p === '' ? '.' : p; // Node resolves the path first: '' is the cwd
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = coerceRealpathArg(p);
  let result;
  try {
    result = binding.realpath(p);
  } catch (err) {
    result = realpathThroughPipe(p);
    if (result === undefined) throw realpathError(p, err);
  }
  return encodeName(result, options.encoding);
}

realpathSync.native = function native(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path), options.encoding);
};

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = coerceRealpathArg(p);
  binding.realpath(p, req((err, result) => {
    if (err) result = realpathThroughPipe(p);
    if (err && result === undefined) {
      let e;
      try {
        e = realpathError(p, err);
      } catch {
        e = err;
      }
      return callback(e);
    }
    callback(null, encodeName(result, options.encoding));
  }));
}

realpath.native = function native(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  }));
};

// --- permissions, owners and times ------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, req((err) => callback(err || null)));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}

// As in Node, the fd of the f* functions is validated after the other arguments.
function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fchmod(fd, mode, req((err) => callback(err || null)));
}

function fchmodSync(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(getValidatedFd(fd), mode);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, req((err) => callback(err || null)));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, req((err) => callback(err || null)));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  validateIds(uid, gid);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fchown(fd, uid, gid, req((err) => callback(err || null)));
}

function fchownSync(fd, uid, gid) {
  validateIds(uid, gid);
  fd = getValidatedFd(fd);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 req((err) => callback(err || null)));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.futimes(fd, atime, mtime, req((err) => callback(err || null)));
}

function futimesSync(fd, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(getValidatedFd(fd), atime, mtime);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  req((err) => callback(err || null)));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// --- truncate / sync ----------------------------------------------------------------

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    deprecate(() => {}, 'Using fs.truncate with a file descriptor is deprecated.' +
              ' Please use fs.ftruncate with a file descriptor instead.', 'DEP0081')();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, O_WRONLY, 0o666, req((err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, req((err2) => {
      binding.close(fd, req((err3) => callback(err2 || err3 || null)));
    }));
  }));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    deprecate(() => {}, 'Using fs.truncate with a file descriptor is deprecated.' +
              ' Please use fs.ftruncate with a file descriptor instead.', 'DEP0081')();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, len, req((err) => callback(err || null)));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fsync(fd, req((err) => callback(err || null)));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, req((err) => callback(err || null)));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// --- opendir ---------------------------------------------------------------------

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

// --- watch / watchFile ---------------------------------------------------------------

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  if (options.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  const path = getValidatedPath(filename, 'filename');
  let watcher;
  if (options.recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher(pathModule.resolve(path), options.persistent !== false);
    watcher.start();
  } else {
    const { FSWatcher } = require('internal/fs/watchers');
    watcher = new FSWatcher();
    watcher.start(path, options.persistent !== false, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename, 'filename'));
  let defaults = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    defaults = { ...defaults, ...options };
  } else {
    listener = options;
  }
  validateFunction(listener, 'listener');
  const { StatWatcher } = require('internal/fs/watchers');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(defaults.bigint);
    watcher.start(filename, defaults.persistent, defaults.interval);
    statWatchers.set(filename, watcher);
  } else {
    watcher.ref();
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename, 'filename'));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    watcher.removeListener('change', listener);
  } else {
    watcher.removeAllListeners('change');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// --- streams --------------------------------------------------------------------------

let streamsModule;
function lazyStreams() {
  if (streamsModule === undefined) streamsModule = require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

// --- the module -------------------------------------------------------------------------

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  opendir,
  opendirSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get Dir() {
    return require('internal/fs/dir').Dir;
  },

  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(fs, 'ReadStream', { value: val, writable: true, configurable: true, enumerable: true });
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(fs, 'WriteStream', { value: val, writable: true, configurable: true, enumerable: true });
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    Object.defineProperty(fs, 'FileReadStream', { value: val, writable: true, configurable: true, enumerable: true });
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    Object.defineProperty(fs, 'FileWriteStream', { value: val, writable: true, configurable: true, enumerable: true });
  },

  // For tests.
  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK || 0 },
  R_OK: { enumerable: true, value: R_OK || 0 },
  W_OK: { enumerable: true, value: W_OK || 0 },
  X_OK: { enumerable: true, value: X_OK || 0 },
  constants: {
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/fs/promises').exports;
    },
  },
});
