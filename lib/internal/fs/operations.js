'use strict';

// How eddy's fs runs an operation. Each operation is written once and run
// three ways (fs.xSync, fs.x(..., callback), fsPromises.x):
//
// * An operation that is one binding call is a row of `simpleOps`: its
//   parameters (each a converter that validates and normalises one argument),
//   the binding function it calls and how the result is shaped.
// * An operation of several steps is a generator ("job") that yields the
//   binding calls it needs as [bindingName, ...args] and receives their
//   results (or has their errors thrown into it). The sync driver performs
//   each call on the spot; the async drivers hand the binding a request
//   object and resume the job from its oncomplete.
//
// So readFile, writeFile, mkdir -p, rm -r, readdir -r... exist once, not once
// per API flavour, and the three flavours cannot drift apart.

const binding = internalBinding('fs');
const { Buffer, kMaxLength } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  uvException,
  codes: { ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const { bind: bindAsyncContext } = require('internal/async_context');
const { parseFileMode, validateFunction, validateInteger } = require('internal/validators');
const {
  constants, encodeName, getDirents, getOptions, getStatFsFromBinding, getValidatedFd,
  getValidatedPath, getValidMode, kMaxUserId, statsFrom, stringToFlags, stringToSymlinkType,
  systemError, toUnixTimestamp, warnOnNonPortableTemplate,
} = require('internal/fs/utils');

const { S_IFMT, S_IFREG, S_IFDIR } = constants;

// Reads and writes of one call stay within what a signed 32-bit length holds.
const kIoMaxLength = 2 ** 31 - 1;
// Files whose size fstat does not know (pipes, /proc) are read in pieces.
const kUnknownSizeChunk = 64 * 1024;
// Async writes of big data go in slices, so an abort can land between them.
const kAsyncWriteSlice = 512 * 1024;

// The binding's stat arrays: [1] is the mode, [8] the size.
const modeOf = (st) => st[1] & S_IFMT;
const isDirStat = (st) => modeOf(st) === S_IFDIR;

// --- request objects ---------------------------------------------------------
// getActiveResourcesInfo() reports a request by its class name; these are the
// names Node reports for the same requests.

class FSReqCallback {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}

// A callback-flavour request whose completion runs in the async context
// (AsyncLocalStorage) of the call that started it.
function request(oncomplete) {
  return new FSReqCallback(bindAsyncContext(oncomplete));
}

class FSReqPromise {
  constructor(oncomplete) {
    this.oncomplete = oncomplete;
  }
}

// --- what a job may yield -----------------------------------------------------
// Besides [bindingName, ...args] a job may yield
// * a promise (promise driver only: async iterables given to writeFile);
// * viaExports(name, ...args): the call goes through fs's exports (fs.fsync /
//   fs.fsyncSync), where Node's tests watch for it with mock.method.

const kViaExports = Symbol('kViaExports');
function viaExports(name, ...args) {
  return { [kViaExports]: name, args };
}

let fsExports;
function exportsOfFs() {
  fsExports ??= require('fs');
  return fsExports;
}

// --- drivers -------------------------------------------------------------------

function runSync(job) {
  let input;
  let failed = false;
  for (;;) {
    const { value, done } = failed ? job.throw(input) : job.next(input);
    if (done) return value;
    failed = false;
    try {
      if (Array.isArray(value)) {
        input = binding[value[0]](...value.slice(1));
      } else if (value !== null && typeof value === 'object' && kViaExports in value) {
        input = exportsOfFs()[`${value[kViaExports]}Sync`](...value.args);
      } else {
        throw new Error('fs: a synchronous job waited for a promise');
      }
    } catch (err) {
      input = err;
      failed = true;
    }
  }
}

// Drives `job` asynchronously; `finish(err, value)` runs once, outside the
// job, so that an exception thrown by a user callback never re-enters it.
function runAsync(job, Req, finish) {
  const advance = (failed, input) => {
    let step;
    try {
      step = failed ? job.throw(input) : job.next(input);
    } catch (err) {
      finish(err);
      return;
    }
    if (step.done) {
      finish(null, step.value);
      return;
    }
    const what = step.value;
    const resume = (err, result) => (err ? advance(true, err) : advance(false, result));
    try {
      if (Array.isArray(what)) {
        binding[what[0]](...what.slice(1), new Req(resume));
      } else if (what !== null && typeof what === 'object' && kViaExports in what) {
        if (Req === FSReqPromise) {
          binding[what[kViaExports]](...what.args, new Req(resume));
        } else {
          exportsOfFs()[what[kViaExports]](...what.args, (err, result) => resume(err, result));
        }
      } else {
        Promise.resolve(what).then((v) => advance(false, v), (e) => advance(true, e));
      }
    } catch (err) {
      // The binding refused the arguments before starting anything.
      advance(true, err);
    }
  };
  advance(false, undefined);
}

// The callback flavour: `callback` runs in the async context of the call.
function runWithCallback(job, callback) {
  const bound = bindAsyncContext(callback);
  runAsync(job, FSReqCallback, (err, value) => {
    if (err) bound(err);
    else bound(null, value);
  });
}

function runPromise(job) {
  return new Promise((resolve, reject) => {
    runAsync(job, FSReqPromise, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// One binding call as a job.
function* single(name, ...args) {
  return yield [name, ...args];
}

// --- callbacks -------------------------------------------------------------------

// The user's callback, checked; called without a `this`.
function checkCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// --- simple operations -------------------------------------------------------------
// The rows themselves are at the end of this file. A row is
//   { call, params, after, args, shape, callbackOrder, syncOrder }
// call:   binding function name
// params: converters; one with `optional` true may be skipped by a callback
//         (fs.access(path, cb)); one with `late` true is checked after the
//         callback, as Node checks the fd of the f* functions last
// after:  the callback is checked after the (non-late) parameters
// args:   binding arguments from the converted values (default: all of them)
// shape:  result from (bindingResult, values) (default: undefined)
// callbackOrder, syncOrder: the order the parameters are checked in, where
//         a flavour does not go left to right

function convertParams(params, given, late, order) {
  const values = new Array(params.length);
  for (let k = 0; k < params.length; k++) {
    const i = order ? order[k] : k;
    if (Boolean(params[i].late) === late) values[i] = params[i](given[i]);
  }
  return values;
}

function convertAll(params, given, order) {
  const values = convertParams(params, given, false, order);
  const lateValues = convertParams(params, given, true);
  for (let i = 0; i < params.length; i++) {
    if (params[i].late) values[i] = lateValues[i];
  }
  return values;
}

function bindingArgs(row, values) {
  return row.args ? row.args(values) : values;
}

function shapeResult(row, result, values) {
  return row.shape ? row.shape(result, values) : undefined;
}

// The callback flavour of a row: fs.chmod(path, mode, cb) and friends.
function callbackFromRow(name, row) {
  const { params } = row;
  const fn = {
    [name](...given) {
      // A function standing where an optional parameter goes is the callback.
      let cut = params.length;
      for (let i = 0; i < params.length; i++) {
        if (params[i].optional && typeof given[i] === 'function') {
          cut = i;
          break;
        }
      }
      let callback = given[cut];
      given.length = cut;
      if (!row.after) callback = checkCallback(callback);
      const values = convertParams(params, given, false, row.callbackOrder);
      if (row.after) callback = checkCallback(callback);
      const lateValues = convertParams(params, given, true);
      for (let i = 0; i < params.length; i++) {
        if (params[i].late) values[i] = lateValues[i];
      }
      const bound = bindAsyncContext(callback);
      binding[row.call](...bindingArgs(row, values), new FSReqCallback((err, result) => {
        if (err) {
          bound(err);
          return;
        }
        let value;
        try {
          value = shapeResult(row, result, values);
        } catch (e) {
          bound(e);
          return;
        }
        if (row.shape) bound(null, value);
        else bound(null);
      }));
    },
  }[name];
  return fn;
}

function syncFromRow(name, row) {
  return {
    [`${name}Sync`](...given) {
      const values = convertAll(row.params, given, row.syncOrder);
      return shapeResult(row, binding[row.call](...bindingArgs(row, values)), values);
    },
  }[`${name}Sync`];
}

function promiseFromRow(name, row) {
  return {
    async [name](...given) {
      const values = convertAll(row.params, given);
      const result = await runPromise(single(row.call, ...bindingArgs(row, values)));
      return shapeResult(row, result, values);
    },
  }[name];
}

// --- jobs ---------------------------------------------------------------------------

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// Opens `path`, runs `body(fd)` and closes the fd whatever happened. The
// body's error wins over an error of the close.
function* withOpenFile(path, flags, mode, body) {
  const fd = yield ['open', path, flags, mode];
  let result;
  try {
    result = yield* body(fd);
  } catch (err) {
    try {
      yield ['close', fd];
    } catch {
      // Reported: the error of the body.
    }
    throw err;
  }
  yield ['close', fd];
  return result;
}

// The whole content of an open file, as a Buffer. `allocate` is
// Buffer.allocUnsafe for the sync flavour (pooled, much cheaper for small
// files) and allocUnsafeSlow for the async ones (a pooled slice must not be
// written by the thread pool while JS uses the rest of the pool).
function* readWholeFd(fd, signal, allocate) {
  const st = yield ['fstat', fd];
  throwIfAborted(signal);
  const size = modeOf(st) === S_IFREG ? st[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  if (size > 0) {
    const whole = allocate(size);
    let filled = 0;
    while (filled < size) {
      const n = yield ['read', fd, whole, filled, size - filled, -1];
      throwIfAborted(signal);
      if (n === 0) break;
      filled += n;
    }
    // The file shrank while being read: hand out what is there.
    return filled < size ? whole.subarray(0, filled) : whole;
  }
  const pieces = [];
  let total = 0;
  for (;;) {
    const piece = allocate(kUnknownSizeChunk);
    const n = yield ['read', fd, piece, 0, piece.length, -1];
    throwIfAborted(signal);
    if (n === 0) break;
    pieces.push(n < piece.length ? piece.subarray(0, n) : piece);
    total += n;
    if (total > kMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
  }
  return Buffer.concat(pieces, total);
}

function decode(buffer, encoding) {
  return encoding ? buffer.toString(encoding) : buffer;
}

// target: { fd } or { path, flags }.
function* readFileJob(target, encoding, signal, allocate = Buffer.allocUnsafeSlow) {
  throwIfAborted(signal);
  let buffer;
  if (target.path === undefined) {
    buffer = yield* readWholeFd(target.fd, signal, allocate);
  } else {
    buffer = yield* withOpenFile(target.path, target.flags, 0o666, function* (fd) {
      throwIfAborted(signal);
      return yield* readWholeFd(fd, signal, allocate);
    });
  }
  return decode(buffer, encoding);
}

// Writes all of `view` (a Uint8Array) at the file position.
function* writeWholeFd(fd, view, signal, slice) {
  let offset = 0;
  let left = view.byteLength;
  while (left > 0) {
    throwIfAborted(signal);
    const n = yield ['write', fd, view, offset, Math.min(left, slice), null];
    offset += n;
    left -= n;
  }
}

// Writes `data`: a Uint8Array, or (promise flavour) an iterable of chunks.
function* writeDataFd(fd, data, options, slice) {
  const { signal, encoding } = options;
  throwIfAborted(signal);
  if (isArrayBufferView(data)) {
    yield* writeWholeFd(fd, data, signal, slice);
    return;
  }
  for (const chunk of iterateChunks(data)) {
    const value = yield chunk;
    if (value.done) break;
    yield* writeWholeFd(fd, chunkToView(value.value, encoding), signal, slice);
  }
}

// Steps of an (async) iterable as promises of iterator results, so that a job
// can wait for them through the promise driver.
function* iterateChunks(iterable) {
  const asyncIter = iterable[Symbol.asyncIterator];
  const iterator = typeof asyncIter === 'function' ?
    asyncIter.call(iterable) : iterable[Symbol.iterator]();
  for (;;) yield Promise.resolve(iterator.next());
}

function chunkToView(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding || 'utf8');
  if (isArrayBufferView(chunk)) {
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// target: { fd } or { path, flags, mode }; flush: fsync before closing.
function* writeFileJob(target, data, options, flush, slice) {
  const body = function* (fd) {
    yield* writeDataFd(fd, data, options, slice);
    if (flush) yield viaExports('fsync', fd);
  };
  if (target.path === undefined) {
    yield* body(target.fd);
    return;
  }
  throwIfAborted(options.signal);
  yield* withOpenFile(target.path, target.flags, target.mode, body);
}

function* isDirectory(path) {
  try {
    return isDirStat(yield ['stat', path]);
  } catch {
    return false;
  }
}

// mkdir -p: the first directory it created, or undefined if none was needed.
function* mkdirpJob(path, mode) {
  let failure;
  try {
    yield ['mkdir', path, mode];
    return path;
  } catch (err) {
    failure = err;
  }
  if (failure.code === 'EEXIST') {
    if (yield* isDirectory(path)) return undefined;
    throw failure;
  }
  const parent = pathModule.dirname(path);
  if (failure.code !== 'ENOENT' || parent === path) throw failure;
  const first = yield* mkdirpJob(parent, mode);
  try {
    yield ['mkdir', path, mode];
  } catch (err) {
    // Someone else made it meanwhile: fine if it is a directory.
    if (err.code === 'EEXIST' && (yield* isDirectory(path))) return first;
    throw err;
  }
  return first ?? path;
}

// rm -rf of one path; a path that is already gone is no error.
function* removeTreeJob(path) {
  let st;
  try {
    st = yield ['lstat', path];
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  try {
    if (isDirStat(st)) {
      for (const name of yield ['readdir', path, false]) {
        yield* removeTreeJob(pathModule.join(path, name));
      }
      yield ['rmdir', path];
    } else {
      yield ['unlink', path];
    }
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

// fs.rm after its options were checked.
function* rmJob(path, options) {
  let st;
  try {
    st = yield ['lstat', path];
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (options.recursive) {
    yield* removeTreeJob(path);
    return;
  }
  if (isDirStat(st)) {
    throw systemError('ERR_FS_EISDIR', {
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    });
  }
  try {
    yield ['unlink', path];
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
}

// The deprecated fs.rmdir(path, { recursive: true }).
function* rmdirRecursiveJob(path) {
  const st = yield ['stat', path];
  if (!isDirStat(st)) throw uvException({ errno: -20, syscall: 'rmdir', path });
  yield* removeTreeJob(path);
}

// readdir -r: breadth first, names relative to `root` (or Dirents).
function* readdirTreeJob(root, withFileTypes, encoding) {
  const found = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.shift();
    const entries = getDirents(dir, yield ['readdir', dir, true]);
    for (const entry of entries) {
      const full = pathModule.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      if (withFileTypes) {
        entry.name = encodeName(entry.name, encoding);
        found.push(entry);
      } else {
        found.push(encodeName(pathModule.relative(root, full), encoding));
      }
    }
  }
  return found;
}

// Truncates through a file opened for it.
function* truncatePathJob(path, len) {
  yield* withOpenFile(path, constants.O_RDWR, 0o666, function* (fd) {
    yield ['ftruncate', fd, len];
  });
}

// readv as one read per buffer, each continuing where the previous stopped.
function* readvJob(fd, buffers, position) {
  let total = 0;
  for (const buffer of buffers) {
    if (buffer.byteLength === 0) continue;
    const at = position === null ? null : position + total;
    const n = yield ['read', fd, buffer, 0, buffer.byteLength, at];
    total += n;
    if (n < buffer.byteLength) break;
  }
  return total;
}

module.exports = {
  FSReqCallback,
  request,
  FSReqPromise,
  callbackFromRow,
  checkCallback,
  isDirectory,
  kIoMaxLength,
  kAsyncWriteSlice,
  mkdirpJob,
  promiseFromRow,
  readFileJob,
  readdirTreeJob,
  readvJob,
  rmJob,
  rmdirRecursiveJob,
  runPromise,
  runSync,
  runWithCallback,
  single,
  syncFromRow,
  throwIfAborted,
  truncatePathJob,
  writeFileJob,
};

// --- the rows ------------------------------------------------------------------------
// Operations that are one binding call, with their parameters in the order
// Node validates them (checked against node 22 with all-wrong arguments).

// Converter builders. A converter takes the argument as given and returns
// what the binding (or `shape`) needs, throwing Node's error when it is bad.
const optional = (fn) => Object.assign(fn, { optional: true });
const late = (fn) => Object.assign(fn, { late: true });

const pathParam = (name = 'path') => (v) => getValidatedPath(v, name);
const fdParam = () => late((v) => getValidatedFd(v));
const modeParam = (def) => (v) => parseFileMode(v, 'mode', def);
const idParam = (name) => (v) => {
  validateInteger(v, name, -1, kMaxUserId);
  return v;
};
const timeParam = (name) => (v) => toUnixTimestamp(v, name);
const optionsParam = () => optional((v) => getOptions(v));
// Only bigint matters; it is read before the fd or path reaches the system.
const statOptionsParam = () => optional((v) => ({ bigint: Boolean(v?.bigint) }));
const lenParam = () => optional((v) => {
  if (v === undefined) return 0;
  validateInteger(v, 'len');
  return Math.max(0, v);
});

const withoutLast = (values) => values.slice(0, -1);
const nameInEncoding = (result, values) => encodeName(result, values[values.length - 1].encoding);
const statsIn = (result, values) => statsFrom(result, values[values.length - 1]);

const rows = {
  access: {
    call: 'access', after: true,
    params: [pathParam(), optional(late((v) => getValidMode(v, 'access')))],
  },
  copyFile: {
    call: 'copyFile', after: true,
    params: [pathParam('src'), pathParam('dest'), optional(late((v) => getValidMode(v, 'copyFile')))],
  },
  rename: { call: 'rename', params: [pathParam('oldPath'), pathParam('newPath')] },
  link: { call: 'link', params: [pathParam('existingPath'), pathParam('newPath')] },
  unlink: { call: 'unlink', params: [pathParam()] },
  chmod: { call: 'chmod', after: true, params: [pathParam(), modeParam()] },
  fchmod: { call: 'fchmod', after: true, params: [fdParam(), modeParam()] },
  chown: { call: 'chown', params: [pathParam(), idParam('uid'), idParam('gid')] },
  lchown: { call: 'lchown', params: [pathParam(), idParam('uid'), idParam('gid')] },
  fchown: { call: 'fchown', after: true, params: [fdParam(), idParam('uid'), idParam('gid')] },
  utimes: { call: 'utimes', params: [pathParam(), timeParam(), timeParam()] },
  lutimes: { call: 'lutimes', params: [pathParam(), timeParam(), timeParam()] },
  futimes: {
    call: 'futimes', after: true, params: [fdParam(), timeParam('atime'), timeParam('mtime')],
  },
  ftruncate: { call: 'ftruncate', after: true, params: [fdParam(), lenParam()] },
  fsync: { call: 'fsync', params: [fdParam()] },
  fdatasync: { call: 'fdatasync', params: [fdParam()] },
  symlink: {
    call: 'symlink',
    params: [pathParam('target'), pathParam(), optional((v) => stringToSymlinkType(v))],
  },
  readlink: {
    call: 'readlink', params: [pathParam(), optionsParam()],
    args: withoutLast, shape: nameInEncoding,
  },
  mkdtemp: {
    call: 'mkdtemp',
    params: [(v) => {
      const prefix = getValidatedPath(v, 'prefix');
      warnOnNonPortableTemplate(prefix);
      return prefix;
    }, optionsParam()],
    args: withoutLast, shape: nameInEncoding,
    // mkdtempSync reads its options before the prefix.
    syncOrder: [1, 0],
  },
  realpathNative: {
    call: 'realpath', params: [pathParam(), optionsParam()],
    args: withoutLast, shape: nameInEncoding,
  },
  stat: { call: 'stat', params: [pathParam(), statOptionsParam()], args: withoutLast, shape: statsIn },
  lstat: { call: 'lstat', params: [pathParam(), statOptionsParam()], args: withoutLast, shape: statsIn },
  fstat: { call: 'fstat', params: [fdParam(), statOptionsParam()], args: withoutLast, shape: statsIn },
  statfs: {
    call: 'statfs', params: [pathParam(), statOptionsParam()], args: withoutLast,
    shape: (result, values) => getStatFsFromBinding(result, values[1]?.bigint),
  },
  open: {
    call: 'open', after: true,
    params: [pathParam(), optional((v) => stringToFlags(v)), optional(modeParam(0o666))],
    shape: (fd) => fd,
    // The callback flavour parses the mode before the flags.
    callbackOrder: [0, 2, 1],
  },
};

module.exports.rows = rows;
