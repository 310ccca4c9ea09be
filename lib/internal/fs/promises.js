'use strict';

// fs/promises and FileHandle. The operations are those of fs itself
// (internal/fs/operations): single binding calls come from its table, the
// others are its jobs run by the promise driver. What is particular to this
// flavour is here: FileHandle, with its reference count that makes close()
// wait for the operations still running, and writeFile's iterables.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { AbortError, notImplemented, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED } = codes;
const { isArrayBufferView } = require('internal/util/types');
const {
  parseFileMode, validateAbortSignal, validateBoolean, validateBuffer, validateEncoding,
  validateInteger, validateObject, validateOneOf,
} = require('internal/validators');
const {
  constants, encodeNames, getDirents, getOptions, getValidatedPath, isUtf8,
  positionArg, statsFrom, stringToFlags, toUnixTimestamp, validateCpOptions,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  validateRmdirOptions, validateStringAfterArrayBufferView, emitRecursiveRmdirWarning,
  kMaxUserId,
} = require('internal/fs/utils');
const ops = require('internal/fs/operations');
const { rows, runPromise, single, kAsyncWriteSlice } = ops;

// Shorthand: one binding call, as a promise.
const callBinding = (name, ...args) => runPromise(single(name, ...args));

// --- FileHandle --------------------------------------------------------------------

const kFd = Symbol('kFd');
const kBusy = Symbol('kBusy');
const kClosing = Symbol('kClosing');
const kWhenIdle = Symbol('kWhenIdle');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  // An own property, as in Node: `handle.close` works detached too.
  close = () => this.#close();

  constructor(fd) {
    super();
    this[kFd] = fd;
    // Operations running on the fd; close() waits until there are none.
    this[kBusy] = 0;
    this[kClosing] = null;
    this[kWhenIdle] = null;
    dropped.register(this, fd, this);
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  appendFile(data, options) {
    return useHandle(this, 'writeFile', () => writeToHandle(this, data, appendOptions(options)));
  }

  chmod(mode) {
    return useHandle(this, 'fchmod', () => {
      mode = parseFileMode(mode, 'mode');
      return callBinding('fchmod', this[kFd], mode);
    });
  }

  chown(uid, gid) {
    return useHandle(this, 'fchown', () => {
      validateInteger(uid, 'uid', -1, kMaxUserId);
      validateInteger(gid, 'gid', -1, kMaxUserId);
      return callBinding('fchown', this[kFd], uid, gid);
    });
  }

  datasync() {
    return useHandle(this, 'fdatasync', () => callBinding('fdatasync', this[kFd]));
  }

  sync() {
    return useHandle(this, 'fsync', () => callBinding('fsync', this[kFd]));
  }

  read(bufferOrOptions, offset, length, position) {
    return useHandle(this, 'read',
                     () => readFromHandle(this, bufferOrOptions, offset, length, position));
  }

  readv(buffers, position) {
    return useHandle(this, 'readv', async () => {
      checkBufferList(buffers);
      const at = typeof position === 'number' ? position : null;
      const bytesRead = await runPromise(ops.readvJob(this[kFd], buffers, at));
      return { __proto__: null, bytesRead, buffers };
    });
  }

  readFile(options) {
    return useHandle(this, 'readFile', () => {
      options = getOptions(options, { flag: 'r' });
      return runPromise(ops.readFileJob({ fd: this[kFd] }, options.encoding, options.signal));
    });
  }

  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options = { bigint: false }) {
    return useHandle(this, 'fstat',
                     async () => statsFrom(await callBinding('fstat', this[kFd]), options));
  }

  truncate(len = 0) {
    return useHandle(this, 'ftruncate', () => {
      validateInteger(len, 'len');
      return callBinding('ftruncate', this[kFd], Math.max(0, len));
    });
  }

  utimes(atime, mtime) {
    return useHandle(this, 'futimes', () => {
      atime = toUnixTimestamp(atime, 'atime');
      mtime = toUnixTimestamp(mtime, 'mtime');
      return callBinding('futimes', this[kFd], atime, mtime);
    });
  }

  write(buffer, offsetOrOptions, length, position) {
    return useHandle(this, 'write',
                     () => writeToHandleAt(this, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return useHandle(this, 'writev', async () => {
      checkBufferList(buffers);
      if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
      const at = typeof position === 'number' ? position : null;
      const bytesWritten = (await callBinding('writev', this[kFd], buffers, at)) || 0;
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return useHandle(this, 'writeFile', () => writeToHandle(this, data, options));
  }

  #close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing]) return this[kClosing];
    let closing;
    if (this[kBusy] === 0) {
      closing = this.#release();
    } else {
      // The last operation to finish does the closing (see useHandle).
      closing = new Promise((resolve, reject) => {
        this[kWhenIdle] = () => this.#release().then(resolve, reject);
      });
    }
    this[kClosing] = closing.finally(() => {
      this[kClosing] = undefined;
    });
    this.emit('close');
    return this[kClosing];
  }

  #release() {
    const fd = this[kFd];
    this[kFd] = -1;
    dropped.unregister(this);
    return callBinding('close', fd);
  }

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
// Engines without explicit resource management have no Symbol.asyncDispose.
if (Symbol.asyncDispose === undefined) delete FileHandle.prototype[undefined];

// A FileHandle dropped without close(): its fd is closed when the handle is
// garbage collected, with the warnings Node gives (DEP0137).
const dropped = new FinalizationRegistry((fd) => {
  try {
    internalBinding('fs').close(fd);
  } catch {
    // Already gone; nothing to report.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  process.emitWarning(
    'Closing a FileHandle object on garbage collection is deprecated. ' +
    'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
    'In the future, an error will be thrown if a file descriptor is closed during ' +
    'garbage collection.', 'DeprecationWarning', 'DEP0137');
});

// Runs `work` on the handle's fd, counting it as busy meanwhile.
async function useHandle(handle, syscall, work) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle[kFd] === -1) throw closedError(syscall);
  handle[kBusy]++;
  try {
    return await work();
  } finally {
    if (--handle[kBusy] === 0 && handle[kWhenIdle]) {
      const closeNow = handle[kWhenIdle];
      handle[kWhenIdle] = null;
      closeNow();
    }
  }
}

function checkBufferList(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => isArrayBufferView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

// filehandle.read(buffer, offset, length, position), read(buffer, options)
// or read(options).
async function readFromHandle(handle, bufferOrOptions, offset, length, position) {
  let buffer = bufferOrOptions;
  let options = null;
  if (!isArrayBufferView(buffer)) {
    if (buffer !== undefined) validateObject(buffer, 'options', { nullable: true });
    options = buffer ?? {};
    buffer = options.buffer === undefined ? Buffer.alloc(16384) : options.buffer;
    validateBuffer(buffer);
  } else if (offset !== null && typeof offset === 'object') {
    options = offset;
  }
  if (options !== null) {
    offset = options.offset ?? 0;
    length = options.length ?? buffer.byteLength - offset;
    position = options.position ?? null;
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position ??= -1;
  validatePosition(position, 'position', length);
  const bytesRead =
    (await callBinding('read', handle[kFd], buffer, offset, length, positionArg(position))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

// filehandle.write(buffer[, offset[, length[, position]]]), write(buffer,
// options) or write(string[, position[, encoding]]).
async function writeToHandleAt(handle, data, offsetOrOptions, length, position) {
  if (data?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer: data };
  const fd = handle[kFd];
  let bytesWritten;
  if (isArrayBufferView(data)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object') {
      const options = offset ?? {};
      offset = options.offset ?? 0;
      length = options.length ?? data.byteLength - offset;
      position = options.position ?? null;
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = data.byteLength - offset;
    validateOffsetLengthWrite(offset, length, data.byteLength);
    const at = typeof position === 'number' ? position : null;
    bytesWritten = await callBinding('write', fd, data, offset, length, at);
  } else {
    validateStringAfterArrayBufferView(data, 'buffer');
    const encoding = length;
    validateEncoding(data, encoding);
    const at = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    if (isUtf8(encoding)) {
      bytesWritten = await callBinding('writeString', fd, data, at);
    } else {
      const bytes = Buffer.from(data, encoding);
      bytesWritten = await callBinding('write', fd, bytes, 0, bytes.byteLength, at);
    }
  }
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffer: data };
}

// --- writeFile data ----------------------------------------------------------------------

const isIterable = (v) => v != null &&
  (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');

// Bytes for a string or a view; anything else must be an (async) iterable,
// which the job walks chunk by chunk.
function promiseWriteData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (isIterable(data)) return data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeToHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const payload = promiseWriteData(data, options.encoding);
  return runPromise(ops.writeFileJob({ fd: handle[kFd] }, payload, options, false, kAsyncWriteSlice));
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return { ...options, flag: options.flag || 'a' };
}

// --- the path API -----------------------------------------------------------------------------

const api = {};

for (const name of ['access', 'copyFile', 'rename', 'link', 'unlink', 'chmod', 'chown', 'lchown',
  'utimes', 'lutimes', 'symlink', 'readlink', 'mkdtemp', 'stat', 'lstat', 'statfs']) {
  api[name] = ops.promiseFromRow(name, rows[name]);
}
api.realpath = ops.promiseFromRow('realpath', rows.realpathNative);

api.open = async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagBits = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await callBinding('open', path, flagBits, mode));
};

api.cp = async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return require('internal/fs/cp').cpFn(src, dest, options);
};

api.opendir = async function opendir(path, options) {
  const { opendir: openWithCallback } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    openWithCallback(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
};

api.truncate = async function truncate(path, len = 0) {
  const handle = await api.open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
};

const rmDefaults = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

api.rm = async function rm(path, options) {
  path = getValidatedPath(path);
  options = options === undefined ? rmDefaults : validateRmdirOptions(options, rmDefaults);
  validateBoolean(options.force, 'options.force');
  return runPromise(ops.rmJob(path, options));
};

api.rmdir = async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (!options.recursive) return callBinding('rmdir', path);
  emitRecursiveRmdirWarning();
  return runPromise(ops.rmdirRecursiveJob(path));
};

api.mkdir = async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const recursive = options?.recursive === undefined ? false : options.recursive;
  const mode = options?.mode === undefined ? 0o777 : options.mode;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const bits = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return runPromise(ops.mkdirpJob(path, bits));
  return callBinding('mkdir', path, bits);
};

api.readdir = async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const withTypes = Boolean(options.withFileTypes);
  if (options.recursive) {
    return runPromise(ops.readdirTreeJob(path, withTypes, options.encoding));
  }
  const result = await callBinding('readdir', path, withTypes);
  return withTypes ? getDirents(path, result, options.encoding) :
    encodeNames(result, options.encoding);
};

api.lchmod = async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
};

// writeFile/appendFile on a path or a FileHandle.
async function writeFileTo(path, data, options) {
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const payload = promiseWriteData(data, options.encoding);
  if (path instanceof FileHandle) {
    return useHandle(path, 'writeFile', () => runPromise(
      ops.writeFileJob({ fd: path[kFd] }, payload, options, false, kAsyncWriteSlice)));
  }
  ops.throwIfAborted(options.signal);
  const target = {
    path: getValidatedPath(path),
    flags: stringToFlags(flag),
    mode: parseFileMode(options.mode, 'mode', 0o666),
  };
  return runPromise(ops.writeFileJob(target, payload, options, flush, kAsyncWriteSlice));
}

api.writeFile = async function writeFile(path, data, options) {
  return writeFileTo(path, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' }));
};

api.appendFile = async function appendFile(path, data, options) {
  return writeFileTo(path, data, appendOptions(options));
};

api.readFile = async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  ops.throwIfAborted(options.signal);
  const target = { path: getValidatedPath(path), flags: stringToFlags(options.flag || 'r') };
  return runPromise(ops.readFileJob(target, options.encoding, options.signal));
};

// fsPromises.watch: fs.watch's events as an async iterator, which ends with
// an AbortError when the signal fires.
api.watch = async function* watch(filename, options = {}) {
  getValidatedPath(filename);
  validateObject(options, 'options');
  const { signal, encoding = 'utf8' } = options;
  for (const flag of ['persistent', 'recursive']) {
    if (options[flag] !== undefined) validateBoolean(options[flag], `options.${flag}`);
  }
  validateAbortSignal(signal, 'options.signal');
  // Events not consumed yet are kept up to maxQueue; past that they are
  // dropped ('ignore') or end the iteration with an error ('error').
  const maxQueue = options.maxQueue ?? 2048;
  validateInteger(maxQueue, 'options.maxQueue');
  const overflow = options.overflow ?? 'ignore';
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  if (encoding && !Buffer.isEncoding(encoding)) {
    // Node names the value where the argument's name goes; so do we.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const events = [];
  let wakeUp = null;
  let failure = null;
  let aborted = false;
  const poke = () => wakeUp?.();
  const watcher = require('fs').watch(filename, { ...options, signal: undefined },
                                      (eventType, name) => {
                                        if (events.length < maxQueue) {
                                          events.push({ eventType, filename: name });
                                        } else if (overflow === 'error') {
                                          failure = queueOverflow(maxQueue);
                                        }
                                        poke();
                                      });
  watcher.on('error', (err) => {
    failure = err;
    poke();
  });
  const onAbort = () => {
    aborted = true;
    poke();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      while (events.length > 0) yield events.shift();
      if (failure) throw failure;
      if (aborted) throw new AbortError(undefined, { cause: signal.reason });
      await new Promise((resolve) => { wakeUp = resolve; });
      wakeUp = null;
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
};

function queueOverflow(maxQueue) {
  const err = new Error(`fs.watch() queued more than ${maxQueue} events`);
  err.code = 'ERR_FS_WATCH_QUEUE_OVERFLOW';
  return err;
}

api.glob = function glob(pattern, options) {
  return require('internal/fs/glob').globIterator(pattern, options);
};

api.constants = constants;

// Node's order of the keys.
const exportsInOrder = {};
for (const key of ['access', 'copyFile', 'cp', 'glob', 'open', 'opendir', 'rename', 'truncate',
  'rm', 'rmdir', 'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link',
  'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp',
  'writeFile', 'appendFile', 'readFile', 'watch', 'constants']) {
  exportsInOrder[key] = api[key];
}

module.exports = { exports: exportsInOrder, FileHandle };
