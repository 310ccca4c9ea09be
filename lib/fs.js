'use strict';

// node:fs. The operations themselves live in internal/fs/operations: one
// binding call per row of its table, or a job (generator) for the ones of
// several steps. This file turns them into Node's callback and Sync
// functions and adds what has a shape of its own: the argument juggling of
// read/write, the whole-file helpers, watchers, streams and glob.

const pathModule = require('path');
const { Buffer } = require('buffer');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { isArrayBufferView } = require('internal/util/types');
const binding = internalBinding('fs');
const {
  parseFileMode, validateBoolean, validateBuffer, validateEncoding,
  validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const { deprecate, kCustomPromisifyArgsSymbol, kCustomPromisifiedSymbol } =
  require('internal/util');
const {
  constants, Dirent, emitRecursiveRmdirWarning, encodeName, encodeNames,
  getDirents, getOptions, getValidatedFd, getValidatedPath, isUtf8,
  Stats, statsFrom, stringToFlags, toPathIfFileURL, toUnixTimestamp,
  validateCpOptions, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, positionArg, validateRmdirOptions, validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const ops = require('internal/fs/operations');
const {
  checkCallback, request, kAsyncWriteSlice, kIoMaxLength, rows,
  runSync, runWithCallback,
} = ops;

const { F_OK, R_OK, W_OK, X_OK, S_IFMT, S_IFREG, S_IFLNK, S_IFIFO, S_IFSOCK } = constants;

const fs = module.exports;

// The callback flavour's request for a single binding call whose callback
// gets (err) or (err, value).
function reply(callback, shape) {
  return request((err, result) => {
    if (err) callback(err);
    else if (shape) callback(null, shape(result));
    else callback(null);
  });
}

// --- the table: rows become fs.x and fs.xSync ----------------------------------------

for (const name of Object.keys(rows)) {
  if (name === 'realpathNative') continue;
  fs[name] = ops.callbackFromRow(name, rows[name]);
  fs[`${name}Sync`] = ops.syncFromRow(name, rows[name]);
}

// statSync/lstatSync may answer undefined instead of throwing ENOENT.
for (const name of ['stat', 'lstat']) {
  const strict = fs[`${name}Sync`];
  fs[`${name}Sync`] = {
    [`${name}Sync`](path, options = { bigint: false, throwIfNoEntry: true }) {
      path = getValidatedPath(path);
      // bigint is read before throwIfNoEntry, as Node reads them.
      options = { bigint: Boolean(options?.bigint), throwIfNoEntry: options?.throwIfNoEntry };
      if (options.throwIfNoEntry !== false) return strict(path, options);
      let result;
      try {
        result = binding[name](path);
      } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      }
      return statsFrom(result, options);
    },
  }[`${name}Sync`];
}

// close's callback may be left out: an error then becomes an exception.
function throwCloseError(err) {
  if (err != null) throw err;
}

fs.close = function close(fd, callback = throwCloseError) {
  if (callback !== throwCloseError) checkCallback(callback);
  fd = getValidatedFd(fd);
  binding.close(fd, reply(callback));
};

fs.closeSync = function closeSync(fd) {
  binding.close(getValidatedFd(fd));
};

// util.promisify(fs.read) resolves to an object with these two names.
function promisifiesTo(fn, countName, bufferName) {
  Object.defineProperty(fn, kCustomPromisifyArgsSymbol, { value: [countName, bufferName] });
}

// --- read ------------------------------------------------------------------------------

// The part of read's checks all flavours share, once the arguments are
// sorted out. null: nothing to read.
function readRange(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position ??= -1;
  validatePosition(position, 'position', length);
  return { offset, length, position: positionArg(position) };
}

// Fields of a read's options object (or of no object).
function readOptions(options, buffer) {
  const { offset = 0, length = buffer?.byteLength - offset, position = null } = options ?? {};
  return { offset, length, position };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  const count = arguments.length;
  if (count <= 4) {
    // read(fd, cb) / read(fd, buffer | options, cb) / read(fd, buffer, options, cb)
    let options = null;
    if (count === 4) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
      options = offsetOrOptions;
      callback = length;
    } else if (count === 3) {
      callback = offsetOrOptions;
      if (!isArrayBufferView(buffer)) {
        options = buffer;
        validateObject(options, 'options', { nullable: true });
        buffer = options?.buffer === undefined ? Buffer.alloc(16384) : options.buffer;
      }
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset, length, position } = readOptions(options, buffer));
  }
  validateBuffer(buffer);
  callback = checkCallback(callback);
  const range = readRange(buffer, offset, length | 0, position);
  if (range === null) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, buffer, range.offset, range.length, range.position,
               request((err, n) => {
                 if (err) callback(err);
                 else callback(null, n || 0, buffer);
               }));
}
promisifiesTo(read, 'bytesRead', 'buffer');

function readSync(fd, buffer, where, length, position) {
  validateBuffer(buffer);
  let offset = where;
  // readSync(fd, buffer[, options]): the object (or nothing) says it all.
  if (typeof where === 'object' || arguments.length < 4) {
    if (where !== undefined) validateObject(where, 'options', { nullable: true });
    ({ offset, length, position } = readOptions(where, buffer));
  }
  const range = readRange(buffer, offset, length | 0, position);
  fd = getValidatedFd(fd);
  if (range === null) return 0;
  return binding.read(fd, buffer, range.offset, range.length, range.position);
}

function checkBufferList(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => isArrayBufferView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// readv/writev take any non-number position as "the current position".
const vectorPosition = (position) => (typeof position === 'number' ? position : null);

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  checkBufferList(buffers);
  if (typeof position === 'function') [position, callback] = [null, position];
  callback = checkCallback(callback);
  runWithCallback(ops.readvJob(fd, buffers, vectorPosition(position)),
                  (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}
promisifiesTo(readv, 'bytesRead', 'buffers');

function readvSync(fd, buffers, position) {
  checkBufferList(buffers);
  fd = getValidatedFd(fd);
  return runSync(ops.readvJob(fd, buffers, vectorPosition(position)));
}

// --- write -------------------------------------------------------------------------------

// Like Node, a position that is no safe integer (NaN, 1.5, 2 ** 60) means the
// current file position, and an unknown encoding means UTF-8.
const writeAt = (position) => (Number.isSafeInteger(position) ? position : null);
const knownEncoding = (enc) => (typeof enc === 'string' && Buffer.isEncoding(enc) ? enc : 'utf8');

// The fields of write's options object.
function writeOptions(options, buffer) {
  const offset = options?.offset ?? 0;
  return {
    offset,
    length: options?.length ?? buffer.byteLength - offset,
    position: options?.position ?? null,
  };
}

// The (offset, length) of a buffer write, checked.
function bufferSpan(buffer, offset, length, maxOffset) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0, maxOffset);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return { offset, length };
}

// A string write: [bytes or string, encoding] for the binding.
function stringPayload(string, encoding) {
  validateEncoding(string, encoding);
  encoding = knownEncoding(encoding);
  return isUtf8(encoding) ? null : Buffer.from(string, encoding);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const done = (cb) => request((err, n) => cb(err, n || 0, buffer));
  if (isArrayBufferView(buffer)) {
    // The callback is the last argument given, wherever that is.
    callback = checkCallback(callback || position || length || offsetOrOptions);
    let offset = offsetOrOptions;
    if (typeof offset === 'function') {
      offset = 0;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset, length, position } = writeOptions(offset, buffer));
    }
    const span = bufferSpan(buffer, offset, length, kIoMaxLength);
    binding.write(fd, buffer, span.offset, span.length, writeAt(position), done(callback));
    return;
  }
  // write(fd, string[, position[, encoding]], callback)
  validateStringAfterArrayBufferView(buffer, 'buffer');
  let at = offsetOrOptions;
  let encoding = length;
  if (typeof position !== 'function') {
    if (typeof at === 'function') {
      position = at;
      at = null;
    } else {
      position = length;
    }
    encoding = 'utf8';
  }
  const bytes = stringPayload(buffer, encoding);
  callback = checkCallback(position);
  if (bytes === null) binding.writeString(fd, buffer, writeAt(at), done(callback));
  else binding.write(fd, bytes, 0, bytes.byteLength, writeAt(at), done(callback));
}
promisifiesTo(write, 'bytesWritten', 'buffer');

function writeSync(fd, buffer, where, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = where;
    if (typeof where === 'object') ({ offset, length, position } = writeOptions(where, buffer));
    const span = bufferSpan(buffer, offset, length);
    fd = getValidatedFd(fd);
    return binding.write(fd, buffer, span.offset, span.length, writeAt(position ?? null));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const bytes = stringPayload(buffer, length);
  fd = getValidatedFd(fd);
  if (bytes === null) return binding.writeString(fd, buffer, writeAt(where));
  return binding.write(fd, bytes, 0, bytes.byteLength, writeAt(where));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  checkBufferList(buffers);
  if (typeof position === 'function') [position, callback] = [null, position];
  callback = checkCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers, vectorPosition(position),
                 request((err, n) => callback(err, n || 0, buffers)));
}
promisifiesTo(writev, 'bytesWritten', 'buffer');

function writevSync(fd, buffers, position) {
  checkBufferList(buffers);
  fd = getValidatedFd(fd);
  if (buffers.length === 0) return 0;
  return binding.writev(fd, buffers, vectorPosition(position));
}

Object.assign(fs, { read, readSync, readv, readvSync, write, writeSync, writev, writevSync });

// --- whole files ---------------------------------------------------------------------------

// Any int32 stands for a file descriptor (validated as one afterwards).
const looksLikeFd = (path) => (path | 0) === path;

// Where readFile/writeFile work: an fd the caller owns, or a path to open.
function fileTarget(path, flag, mode) {
  if (looksLikeFd(path)) return { fd: getValidatedFd(path) };
  return { path: getValidatedPath(path), flags: stringToFlags(flag), mode };
}

fs.readFile = function readFile(path, options, callback) {
  callback = checkCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = fileTarget(path, options.flag || 'r', 0o666);
  runWithCallback(ops.readFileJob(target, options.encoding, options.signal), callback);
};

fs.readFileSync = function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const { encoding } = options;
  if (!looksLikeFd(path) && (encoding === 'utf8' || encoding === 'utf-8')) {
    // The common case in one binding call: open, read, decode and close.
    return binding.readFileUtf8(getValidatedPath(path), stringToFlags(options.flag || 'r'));
  }
  const target = fileTarget(path, options.flag || 'r', 0o666);
  if (target.path === undefined) {
    return runSync(ops.readFileJob(target, encoding, undefined, Buffer.allocUnsafe));
  }
  // A path: done here without the job driver. readFileSync is hot, and the
  // driver's generator delegation (yield*) costs more than the four system
  // calls of a small file.
  const fd = binding.open(target.path, target.flags, 0o666);
  let bytes;
  try {
    bytes = readOpenFileSync(fd);
  } finally {
    binding.close(fd);
  }
  return encoding ? bytes.toString(encoding) : bytes;
};

function readOpenFileSync(fd) {
  const st = binding.fstat(fd);
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size === 0 || size > kIoMaxLength) {
    // Unknown size, or an error to raise: the job knows how.
    return runSync(ops.readFileJob({ fd }, undefined, undefined, Buffer.allocUnsafe));
  }
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  for (let n; filled < size; filled += n) {
    n = binding.read(fd, bytes, filled, size - filled, -1);
    if (n === 0) return bytes.subarray(0, filled);
  }
  return bytes;
}

// The data of writeFile/appendFile (callback and Sync): bytes or a string.
function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function flushOption(options) {
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return flush;
}

const writeDefaults = { encoding: 'utf8', mode: 0o666, flag: 'w' };
const appendDefaults = { encoding: 'utf8', mode: 0o666, flag: 'a' };

function prepareWrite(path, data, options, defaults, sync) {
  options = getOptions(options, defaults);
  const flush = flushOption(options);
  const bytes = dataBytes(data, options.encoding);
  // Appending to an fd always appends, whatever flag was asked for.
  const flag = defaults === appendDefaults && (looksLikeFd(path) || !options.flag) ?
    'a' : options.flag || defaults.flag;
  let target;
  if (looksLikeFd(path)) {
    // writeFileSync leaves a negative fd to the system (EBADF).
    target = { fd: sync ? path : getValidatedFd(path) };
  } else {
    path = getValidatedPath(path);
    target = { path, mode: parseFileMode(options.mode, 'mode', 0o666), flags: stringToFlags(flag) };
  }
  return { target, bytes, options, flush };
}

function writeFileWith(defaults) {
  return function(path, data, options, callback) {
    callback = checkCallback(callback || options);
    const w = prepareWrite(path, data, options, defaults);
    runWithCallback(ops.writeFileJob(w.target, w.bytes, w.options, w.flush, kAsyncWriteSlice),
                    callback);
  };
}

function writeFileSyncWith(defaults) {
  return function(path, data, options) {
    const w = prepareWrite(path, data, options, defaults, true);
    runSync(ops.writeFileJob(w.target, w.bytes, {}, w.flush, Infinity));
  };
}

fs.writeFile = Object.defineProperty(writeFileWith(writeDefaults), 'name', { value: 'writeFile' });
fs.writeFileSync = Object.defineProperty(writeFileSyncWith(writeDefaults), 'name',
                                         { value: 'writeFileSync' });
fs.appendFile = Object.defineProperty(writeFileWith(appendDefaults), 'name', { value: 'appendFile' });
fs.appendFileSync = Object.defineProperty(writeFileSyncWith(appendDefaults), 'name',
                                          { value: 'appendFileSync' });

// --- directories ----------------------------------------------------------------------------

function readdirPlan(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return { path, options, withTypes: Boolean(options.withFileTypes) };
}

function listing(plan, result) {
  return plan.withTypes ? getDirents(plan.path, result, plan.options.encoding) :
    encodeNames(result, plan.options.encoding);
}

fs.readdir = function readdir(path, options, callback) {
  callback = checkCallback(typeof options === 'function' ? options : callback);
  const plan = readdirPlan(path, options);
  if (plan.options.recursive) {
    runWithCallback(ops.readdirTreeJob(plan.path, plan.withTypes, plan.options.encoding), callback);
    return;
  }
  binding.readdir(plan.path, plan.withTypes, request((err, result) => {
    if (err) return callback(err);
    let entries;
    try {
      entries = listing(plan, result);
    } catch (e) {
      return callback(e);
    }
    callback(null, entries);
  }));
};

fs.readdirSync = function readdirSync(path, options) {
  const plan = readdirPlan(path, options);
  if (plan.options.recursive) {
    return runSync(ops.readdirTreeJob(plan.path, plan.withTypes, plan.options.encoding));
  }
  return listing(plan, binding.readdir(plan.path, plan.withTypes));
};

// mkdir's options: a mode, or { recursive, mode }. Node 22 checks them
// first, then the callback, then the path
// (test/parallel/test-fs-mkdir-validation-order).
function mkdirOptions(options) {
  if (typeof options === 'number' || typeof options === 'string') {
    return { mode: parseFileMode(options, 'mode'), recursive: false };
  }
  const recursive = options?.recursive === undefined ? false : options.recursive;
  validateBoolean(recursive, 'options.recursive');
  const mode = options?.mode === undefined ? 0o777 : parseFileMode(options.mode, 'options.mode');
  return { mode, recursive };
}

fs.mkdir = function mkdir(path, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  const { mode, recursive } = mkdirOptions(options);
  callback = checkCallback(callback);
  path = getValidatedPath(path);
  if (recursive) runWithCallback(ops.mkdirpJob(path, mode), callback);
  else binding.mkdir(path, mode, reply(callback));
};

fs.mkdirSync = function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) return runSync(ops.mkdirpJob(path, mode));
  binding.mkdir(path, mode);
};

const rmDefaults = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

// rm's options, checked in Node's order.
function rmOptions(options) {
  if (options === undefined) return rmDefaults;
  validateObject(options, 'options');
  const checked = validateRmdirOptions(options, rmDefaults);
  validateBoolean(checked.force, 'options.force');
  return checked;
}

fs.rm = function rm(path, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  path = getValidatedPath(path);
  options = rmOptions(options);
  callback = checkCallback(callback);
  runWithCallback(ops.rmJob(path, options), callback);
};

fs.rmSync = function rmSync(path, options) {
  path = getValidatedPath(path);
  runSync(ops.rmJob(path, rmOptions(options)));
};

fs.rmdir = function rmdir(path, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  callback = checkCallback(callback);
  path = getValidatedPath(path);
  const recursive = options?.recursive;
  if (recursive) emitRecursiveRmdirWarning();
  validateRmdirOptions(options);
  if (recursive) runWithCallback(ops.rmdirRecursiveJob(path), callback);
  else binding.rmdir(path, reply(callback));
};

fs.rmdirSync = function rmdirSync(path, options) {
  path = getValidatedPath(path);
  const recursive = options?.recursive;
  if (recursive) emitRecursiveRmdirWarning();
  validateRmdirOptions(options);
  if (recursive) runSync(ops.rmdirRecursiveJob(path));
  else binding.rmdir(path);
};

fs.opendir = function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
};

fs.opendirSync = function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
};

// --- truncate ----------------------------------------------------------------------------------

const warnTruncateFd = deprecate(() => {},
                                 'Using fs.truncate with a file descriptor is deprecated.' +
                                 ' Please use fs.ftruncate with a file descriptor instead.',
                                 'DEP0081');

fs.truncate = function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') [len, callback] = [0, len];
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  callback = checkCallback(callback);
  path = getValidatedPath(path);
  runWithCallback(ops.truncatePathJob(path, Math.max(0, len)), callback);
};

fs.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return fs.ftruncateSync(path, len);
  }
  // Through the exports, so that both can be observed.
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len ?? 0);
  } finally {
    binding.close(fd);
  }
};

// --- exists --------------------------------------------------------------------------------------

fs.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    fs.access(path, F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
};
Object.defineProperty(fs.exists, kCustomPromisifiedSymbol, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

fs.existsSync = function existsSync(path) {
  try {
    binding.access(getValidatedPath(path), F_OK);
    return true;
  } catch {
    return false;
  }
};

// --- realpath -----------------------------------------------------------------------------------

// Node's realpath is a walk in JS: for a path that does not resolve, its
// error is the lstat of the first component that is missing.
function missingComponentError(path, fallback) {
  let prefix = '';
  for (const part of pathModule.resolve(path).split('/')) {
    if (part === '') continue;
    prefix += `/${part}`;
    try {
      binding.lstat(prefix);
    } catch (err) {
      return err;
    }
  }
  return fallback;
}

// That walk also goes through links to pipes and sockets where realpath(3)
// fails (/dev/stdin on a pipe becomes /proc/PID/fd/pipe:[N]): after such a
// link it stops at the first component it has already seen. Only tried once
// realpath(3) failed; undefined when the walk ends anywhere else.
function walkThroughSpecialLinks(path) {
  const settled = new Set();
  let todo = pathModule.resolve(path).split('/').filter(Boolean);
  let done = '/';
  let afterSpecial = false;
  for (let hops = 0; todo.length > 0 && hops < 40;) {
    const next = pathModule.join(done, todo[0]);
    if (settled.has(next)) {
      if (afterSpecial) return pathModule.join(done, ...todo);
      done = next;
      todo = todo.slice(1);
      continue;
    }
    let target;
    try {
      afterSpecial = false;
      if ((binding.lstat(next)[1] & S_IFMT) !== S_IFLNK) {
        settled.add(next);
        done = next;
        todo = todo.slice(1);
        continue;
      }
      const kind = binding.stat(next)[1] & S_IFMT;
      afterSpecial = kind === S_IFIFO || kind === S_IFSOCK;
      target = binding.readlink(next);
    } catch {
      return undefined;
    }
    hops++;
    todo = pathModule.resolve(done, target, ...todo.slice(1)).split('/').filter(Boolean);
    done = '/';
  }
  return undefined;
}

// The JS realpath turns whatever it gets (Buffers too) into a string first,
// and resolves '' to the current directory.
function realpathArgument(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  p = getValidatedPath(p);
  return p === '' ? '.' : p;
}

fs.realpathSync = function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathArgument(p);
  let resolved;
  try {
    resolved = binding.realpath(p);
  } catch (err) {
    resolved = walkThroughSpecialLinks(p);
    if (resolved === undefined) throw missingComponentError(p, err);
  }
  return encodeName(resolved, options.encoding);
};
fs.realpathSync.native = ops.syncFromRow('native', rows.realpathNative);

fs.realpath = function realpath(p, options, callback) {
  callback = checkCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = realpathArgument(p);
  binding.realpath(p, request((err, resolved) => {
    if (err) {
      resolved = walkThroughSpecialLinks(p);
      if (resolved === undefined) {
        let reported = err;
        try {
          reported = missingComponentError(p, err);
        } catch {
          // Keep realpath(3)'s error.
        }
        return callback(reported);
      }
    }
    callback(null, encodeName(resolved, options.encoding));
  }));
};
fs.realpath.native = function native(path, options, callback) {
  callback = checkCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, reply(callback, (r) => encodeName(r, options.encoding)));
};

// --- cp -------------------------------------------------------------------------------------------

fs.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  callback = checkCallback(callback);
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpFn(src, dest, options).then(() => callback(null), callback);
};

fs.cpSync = function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  require('internal/fs/cp').cpSyncFn(src, dest, options);
};

// --- watching ----------------------------------------------------------------------------------------

fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  const path = getValidatedPath(filename);
  if (options.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  const persistent = options.persistent !== false;
  let watcher;
  if (options.recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher(pathModule.resolve(path), persistent);
    watcher.start();
  } else {
    const { FSWatcher } = require('internal/fs/watchers');
    watcher = new FSWatcher();
    watcher.start(path, persistent, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal?.aborted) {
    process.nextTick(() => watcher.close());
  } else if (signal) {
    const stop = () => watcher.close();
    signal.addEventListener('abort', stop, { once: true });
    watcher.once('close', () => signal.removeEventListener('abort', stop));
  }
  return watcher;
};

// One StatWatcher per resolved path, shared by every listener of it.
const pollers = new Map();

fs.watchFile = function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  let settings = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') settings = { ...settings, ...options };
  else listener = options;
  validateFunction(listener, 'listener');
  let poller = pollers.get(filename);
  if (poller === undefined) {
    const { StatWatcher } = require('internal/fs/watchers');
    poller = new StatWatcher(settings.bigint);
    poller.start(filename, settings.persistent, settings.interval);
    pollers.set(filename, poller);
  } else {
    poller.ref();
  }
  poller.addListener('change', listener);
  return poller;
};

fs.unwatchFile = function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const poller = pollers.get(filename);
  if (poller === undefined) return;
  if (typeof listener === 'function') poller.removeListener('change', listener);
  else poller.removeAllListeners('change');
  if (poller.listenerCount('change') === 0) {
    poller.stop();
    pollers.delete(filename);
  }
};

// --- streams, glob, blobs ---------------------------------------------------------------------------------

let streamClasses;
const fileStreams = () => (streamClasses ??= require('internal/fs/streams'));

fs.createReadStream = function createReadStream(path, options) {
  return new (fileStreams().ReadStream)(path, options);
};

fs.createWriteStream = function createWriteStream(path, options) {
  return new (fileStreams().WriteStream)(path, options);
};

fs.glob = function glob(pattern, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  callback = checkCallback(callback);
  const { globSync } = require('internal/fs/glob');
  let found;
  try {
    found = globSync(pattern, options);
  } catch (err) {
    // Bad arguments throw; only the walk's errors go to the callback.
    if (err.code?.startsWith('ERR_')) throw err;
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, found);
};

fs.globSync = function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
};

fs.openAsBlob = function openAsBlob(path, options = { __proto__: null }) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = getValidatedPath(path);
  // The content is read now, not when the Blob is read.
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([runSync(ops.readFileJob({ path, flags: 0 }))], { type }));
};

// --- the rest of the module object -------------------------------------------------------------------------

fs.lchmod = undefined;
fs.lchmodSync = undefined;
fs.Dirent = Dirent;
fs.Stats = Stats;
// For tests, as in Node.
fs._toUnixTimestamp = toUnixTimestamp;

// The stream classes load on first use; assigning one replaces the getter.
function lazyClass(name, pick) {
  Object.defineProperty(fs, name, {
    enumerable: true,
    configurable: true,
    get: () => pick(fileStreams()),
    set(value) {
      Object.defineProperty(fs, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
lazyClass('ReadStream', (m) => m.ReadStream);
lazyClass('WriteStream', (m) => m.WriteStream);
lazyClass('FileReadStream', (m) => m.ReadStream);
lazyClass('FileWriteStream', (m) => m.WriteStream);

Object.defineProperty(fs, 'Dir', {
  enumerable: true,
  configurable: true,
  get: () => require('internal/fs/dir').Dir,
});

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK || 0 },
  R_OK: { enumerable: true, value: R_OK || 0 },
  W_OK: { enumerable: true, value: W_OK || 0 },
  X_OK: { enumerable: true, value: X_OK || 0 },
  constants: { enumerable: true, configurable: false, value: constants },
  promises: {
    enumerable: true,
    configurable: true,
    get: () => require('internal/fs/promises').exports,
  },
});

// Node's order of the module's keys, which Object.keys(fs) shows.
for (const key of [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod',
  'chmodSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'createReadStream', 'createWriteStream', 'exists', 'existsSync', 'fchown', 'fchownSync',
  'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync',
  'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'glob', 'globSync',
  'lchown', 'lchownSync', 'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat', 'lstatSync',
  'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync',
  'openAsBlob', 'readdir', 'readdirSync', 'read', 'readSync', 'readv', 'readvSync', 'readFile',
  'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename', 'renameSync',
  'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync', 'statfsSync', 'symlink',
  'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes',
  'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write', 'writeSync',
  'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream', 'WriteStream', 'FileReadStream',
  'FileWriteStream', '_toUnixTimestamp', 'Dir', 'opendir', 'opendirSync', 'F_OK', 'R_OK',
  'W_OK', 'X_OK', 'constants', 'promises',
]) {
  const descriptor = Object.getOwnPropertyDescriptor(fs, key);
  if (descriptor === undefined || !descriptor.configurable) continue;
  delete fs[key];
  Object.defineProperty(fs, key, descriptor);
}
