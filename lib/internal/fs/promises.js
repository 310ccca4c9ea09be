'use strict';

// fs/promises: the promise API and FileHandle, on the binding's
// request-object calls.

const binding = internalBinding('fs');
const { Buffer, kMaxLength } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  notImplemented,
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const { validateAbortSignal, validateBoolean, validateBuffer, validateEncoding,
  validateInteger, validateObject, parseFileMode,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  constants, copyObject, encodeName, encodeNames, getDirents, getOptions,
  getStatFsFromBinding, getValidatedPath, getValidMode, isUtf8, kMaxUserId,
  statsFrom, stringToFlags, stringToSymlinkType, toUnixTimestamp, validateCpOptions,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, validateRmdirOptions,
  validateRmOptionsSync, validateStringAfterArrayBufferView, positionArg,
  emitRecursiveRmdirWarning, warnOnNonPortableTemplate,
} = require('internal/fs/utils');

const { F_OK, S_IFMT, S_IFREG, S_IFDIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');

// Runs binding[name](...args, req) and settles with its result.
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    binding[name](...args, {
      oncomplete(err, result) {
        if (err) reject(err);
        else resolve(result);
      },
    });
  });
}

function checkAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// --- FileHandle -------------------------------------------------------------------------

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, appendOptions(options));
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = call('close', fd).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  readableWebStream() {
    throw notImplemented('FileHandle.readableWebStream');
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}
if (Symbol.asyncDispose === undefined) delete FileHandle.prototype[undefined];

async function fsCall(fn, handle, ...args) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRefs]++;
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kCloseResolve]) {
      const fd = handle[kFd];
      handle[kFd] = -1;
      call('close', fd).then(handle[kCloseResolve], handle[kCloseReject]);
    }
  }
}

function handleFd(handle) {
  return handle[kFd];
}

// --- FileHandle operations ---------------------------------------------------------------

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call('fchmod', handleFd(handle), mode);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', handleFd(handle), uid, gid);
}

async function fdatasync(handle) {
  return call('fdatasync', handleFd(handle));
}

async function fsync(handle) {
  return call('fsync', handleFd(handle));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', { nullable: true });
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const bytesRead = (await call('read', handleFd(handle), buffer, offset, length,
                                positionArg(position))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  let total = 0;
  for (const buf of buffers) {
    if (buf.byteLength === 0) continue;
    const n = await call('read', handleFd(handle), buf, 0, buf.byteLength,
                         position == null ? null : position + total);
    total += n;
    if (n < buf.byteLength) break;
  }
  return { __proto__: null, bytesRead: total, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  return statsFrom(await call('fstat', handleFd(handle)), options);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call('ftruncate', handleFd(handle), len);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futimes', handleFd(handle), atime, mtime);
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call('write', handleFd(handle), buffer, offset, length,
                                     position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const pos = typeof offset === 'number' ? offset : null;
  let bytesWritten;
  if (isUtf8(length)) {
    bytesWritten = (await call('writeString', handleFd(handle), buffer, pos)) || 0;
  } else {
    const b = Buffer.from(buffer, length);
    bytesWritten = (await call('write', handleFd(handle), b, 0, b.byteLength, pos)) || 0;
  }
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call('writev', handleFd(handle), buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function readAllFd(fd, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const st = await call('fstat', fd);
  checkAborted(signal);
  let size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  let buffer;
  if (size === 0) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      const n = await call('read', fd, chunk, 0, chunk.length, -1);
      checkAborted(signal);
      if (n === 0) break;
      chunks.push(n < chunk.length ? chunk.subarray(0, n) : chunk);
      total += n;
      if (total > kMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
    }
    buffer = Buffer.concat(chunks, total);
  } else {
    buffer = Buffer.allocUnsafeSlow(size);
    let pos = 0;
    while (pos < size) {
      const n = await call('read', fd, buffer, pos, Math.min(size - pos, kIoMaxLength), -1);
      checkAborted(signal);
      if (n === 0) break;
      pos += n;
    }
    if (pos < size) buffer = buffer.subarray(0, pos);
  }
  return encoding ? buffer.toString(encoding) : buffer;
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  return readAllFd(handleFd(handle), options);
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' ||
                         typeof obj[Symbol.asyncIterator] === 'function');
}

async function writeAllFd(fd, data, signal) {
  let offset = 0;
  let remaining = data.byteLength;
  if (remaining === 0) return;
  while (remaining > 0) {
    checkAborted(signal);
    const n = await call('write', fd, data, offset, Math.min(remaining, kWriteFileMaxChunkSize),
                         null);
    offset += n;
    remaining -= n;
  }
}

async function writeDataFd(fd, data, options) {
  const signal = options.signal;
  const encoding = options.encoding;
  checkAborted(signal);
  if (isArrayBufferView(data) || typeof data === 'string') {
    const buf = typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    checkAborted(signal);
    return writeAllFd(fd, buf, signal);
  }
  for await (const chunk of data) {
    checkAborted(signal);
    let buf;
    if (typeof chunk === 'string') {
      buf = Buffer.from(chunk, encoding || 'utf8');
    } else if (isArrayBufferView(chunk)) {
      buf = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else {
      throw new ERR_INVALID_ARG_TYPE('data',
                                     ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    await writeAllFd(fd, buf, signal);
  }
}

function validateWriteFileData(data) {
  if (typeof data !== 'string' && !isArrayBufferView(data) && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateWriteFileData(data);
  return writeDataFd(handleFd(handle), data, options);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return options;
}

// --- path-based API ---------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call('access', path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call('copyFile', src, dest, mode);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return require('internal/fs/cp').cpFn(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function opendir(path, options) {
  const { opendir: opendirCb } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCb(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleTruncate(fd, len);
}

async function handleTruncate(fh, len) {
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rimraf(path) {
  let st;
  try {
    st = await call('lstat', path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR) {
    const names = await call('readdir', path, false);
    await Promise.all(names.map((name) => rimraf(pathModule.join(path, name))));
    await call('rmdir', path);
  } else {
    await call('unlink', path);
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmOptionsSync(path, options, false);
  if (!opts.recursive) {
    try {
      await call('unlink', path);
    } catch (err) {
      if (opts.force && err.code === 'ENOENT') return;
      throw err;
    }
    return;
  }
  return rimraf(path);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const st = await call('stat', path);
    if ((st[1] & S_IFMT) !== S_IFDIR) {
      throw require('internal/errors').uvException({ errno: -20, syscall: 'rmdir', path });
    }
    return rimraf(path);
  }
  return call('rmdir', path);
}

async function mkdirp(path, mode) {
  try {
    await call('mkdir', path, mode);
    return path;
  } catch (err) {
    if (err.code === 'EEXIST') {
      let isDir = false;
      try {
        isDir = ((await call('stat', path))[1] & S_IFMT) === S_IFDIR;
      } catch {
        // Not a directory.
      }
      if (isDir) return undefined;
      throw err;
    }
    if (err.code !== 'ENOENT') throw err;
    const parent = pathModule.dirname(path);
    if (parent === path) throw err;
    const first = await mkdirp(parent, mode);
    try {
      await call('mkdir', path, mode);
    } catch (err2) {
      if (err2.code === 'EEXIST' &&
          ((await call('stat', path))[1] & S_IFMT) === S_IFDIR) {
        return first;
      }
      throw err2;
    }
    return first ?? path;
  }
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const m = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return mkdirp(path, m);
  return call('mkdir', path, m);
}

async function readdirRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const out = [];
  const queue = [basePath];
  while (queue.length > 0) {
    const dir = queue.shift();
    const dirents = getDirents(dir, await call('readdir', dir, true));
    for (const d of dirents) {
      const full = pathModule.join(dir, d.name);
      if (withFileTypes) {
        d.name = encodeName(d.name, options.encoding);
        out.push(d);
      } else {
        out.push(encodeName(pathModule.relative(basePath, full), options.encoding));
      }
      if (d.isDirectory()) queue.push(full);
    }
  }
  return out;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options);
  const withTypes = Boolean(options.withFileTypes);
  const result = await call('readdir', path, withTypes);
  return withTypes ? getDirents(path, result, options.encoding) :
    encodeNames(result, options.encoding);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call('readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return call('symlink', target, path, stringToSymlinkType(type));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return statsFrom(await call('lstat', path), options);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return statsFrom(await call('stat', path), options);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call('statfs', path), options && options.bigint);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath);
}

async function unlink(path) {
  return call('unlink', getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call('chmod', path, mode);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call('realpath', path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(await call('mkdtemp', prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateWriteFileData(data);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const fd = await call('open', path, stringToFlags(flag),
                        parseFileMode(options.mode, 'mode', 0o666));
  await usingFd(fd, async () => {
    await writeDataFd(fd, data, options);
    if (flush) await call('fsync', fd);
  });
}

// Runs `body`, then closes `fd` whatever happened; the first error wins.
async function usingFd(fd, body) {
  let result;
  let err = null;
  try {
    result = await body();
  } catch (e) {
    err = e;
  }
  try {
    await call('close', fd);
  } catch (e) {
    err ??= e;
  }
  if (err) throw err;
  return result;
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOptions(options));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const fd = await call('open', path, stringToFlags(flag), 0o666);
  return usingFd(fd, () => readAllFd(fd, options));
}

// fsPromises.watch: the events of fs.watch as an async iterator.
async function* watch(filename, options = kEmptyObject) {
  getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8' } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(options.signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding)) {
    // Node's argument order, which puts the value where the name goes.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  const fs = require('fs');
  const queue = [];
  let wake = null;
  let error = null;
  let closed = false;
  const { signal } = options;
  if (signal && signal.aborted) {
    throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
  }
  const watcher = fs.watch(filename, { ...options, signal: undefined }, (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) wake();
  });
  watcher.on('error', (err) => {
    error = err;
    if (wake) wake();
  });
  const onAbort = () => {
    closed = true;
    if (wake) wake();
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift();
      if (error) throw error;
      if (closed) {
        throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
      }
      await new Promise((resolve) => { wake = resolve; });
      wake = null;
    }
  } finally {
    watcher.close();
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const exports_ = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};
module.exports = { exports: exports_, FileHandle };
