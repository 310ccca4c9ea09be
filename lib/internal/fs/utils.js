'use strict';

// Shared pieces of the fs module: argument validation, flag and mode
// parsing, Stats / BigIntStats / StatFs / Dirent, and option handling.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const {
  isArrayBufferView, isUint8Array, isDate, isBigInt64Array,
} = require('internal/util/types');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32,
  validateInteger, validateObject, validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

// fs.constants has no prototype in Node (no 'toString' among the flags).
const fsConstants = Object.setPrototypeOf({ ...internalBinding('constants').fs }, null);
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
  F_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = fsConstants;

const kType = Symbol('type');
const kStats = Symbol('stats');
const kMaxUserId = 2 ** 32 - 1;

// An error shaped like the ones Node's C++ layer throws (plain message).
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const stack = err.stack;
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n    at ');
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [${code}]: ${message}${nl === -1 ? '' : stack.slice(nl)}`,
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

// Node's SystemError (ERR_FS_EISDIR, ERR_FS_CP_*): `prefix: syscall returned
// CODE (message) path => dest`, with info/errno/syscall/path/dest properties.
const systemErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};
function systemError(key, ctx) {
  let message = `${systemErrorPrefixes[key]}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
  if (ctx.path !== undefined) message += ` ${ctx.path}`;
  if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
  const err = new Error(message);
  Object.defineProperty(err, 'code', { value: key, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  Object.defineProperty(err, 'info', { value: ctx, enumerable: true, writable: false, configurable: true });
  for (const prop of ['errno', 'syscall', 'path', 'dest']) {
    if (prop !== 'errno' && prop !== 'syscall' && ctx[prop] === undefined) continue;
    Object.defineProperty(err, prop, {
      get() { return ctx[prop]; },
      set(v) { ctx[prop] = v; },
      enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${key}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  if (Error.captureStackTrace) Error.captureStackTrace(err, systemError);
  const stack = err.stack;
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n    at ');
    Object.defineProperty(err, 'stack', {
      value: `SystemError [${key}]: ${message}${nl === -1 ? '' : stack.slice(nl)}`,
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

// --- paths ----------------------------------------------------------------------

let urlModule;
function lazyUrl() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

function isFileUrlLike(path) {
  return path != null && typeof path === 'object' && path.href !== undefined &&
    path.protocol !== undefined && path.auth === undefined && path.path === undefined;
}

function toPathIfFileURL(path) {
  if (!isFileUrlLike(path)) return path;
  return lazyUrl().fileURLToPath(path);
}

function nullCheck(path, propName, throwError = true) {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = isUint8Array(path);
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return;
  }
  const err = new ERR_INVALID_ARG_VALUE(propName, path,
                                        'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
}

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
}

// Returns the path as a string for the binding, after Node's checks.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

// Like getValidatedPath but keeps Buffers (used where the result is echoed back).
function getValidatedPathRaw(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

function pathToString(path) {
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// --- options ----------------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// fs options: an object, an encoding name, or nothing (the defaults).
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  const given = typeof options === 'string' ? { ...defaults, encoding: options } : options;
  if (typeof given !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (given.encoding !== 'buffer') assertEncoding(given.encoding);
  if (given.signal !== undefined) validateAbortSignal(given.signal, 'options.signal');
  return given;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// --- flags and modes ------------------------------------------------------------

// fopen(3)-style flag strings. Each is a base letter ('r' read, 'w'
// truncate-or-create, 'a' append-or-create), maybe an 'x' (must not exist) or
// 's' (synchronous I/O) on either side of it, and maybe a final '+' (read and
// write). Built once into a table.
const flagBits = { __proto__: null };
{
  const bases = {
    r: [O_RDONLY, O_RDWR, ['', 's']],
    w: [O_TRUNC | O_CREAT | O_WRONLY, O_TRUNC | O_CREAT | O_RDWR, ['', 'x']],
    a: [O_APPEND | O_CREAT | O_WRONLY, O_APPEND | O_CREAT | O_RDWR, ['', 'x', 's']],
  };
  for (const [letter, [alone, withPlus, modifiers]] of Object.entries(bases)) {
    for (const modifier of modifiers) {
      const extra = modifier === 'x' ? O_EXCL : modifier === 's' ? O_SYNC : 0;
      for (const plus of ['', '+']) {
        const bits = (plus ? withPlus : alone) | extra;
        flagBits[letter + modifier + plus] = bits;
        flagBits[modifier + letter + plus] = bits;
      }
    }
  }
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const bits = typeof flags === 'string' ? flagBits[flags] : undefined;
  if (bits === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return bits;
}

// access() and copyFile() modes: checked like Node's C++ layer does.
function getValidMode(mode, type) {
  let min = F_OK;
  let max = F_OK | 2 | 4 | X_OK;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = mode || 0;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode !== (mode | 0)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < min || mode > max) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= ${min} && <= ${max}`);
  }
  return mode;
}

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default: throw nativeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE', `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
    }
  }
  return flags;
}

// --- offsets, positions, times ----------------------------------------------------

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// The binding takes positions as numbers.
function positionArg(position) {
  if (position == null) return null;
  if (typeof position === 'bigint') return position === -1n ? null : Number(position);
  return position === -1 ? null : position;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- Stats ----------------------------------------------------------------------

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

// Calling fs.Stats from user code is deprecated (DEP0180); fs's own calls,
// made while this is set, are not.
let buildingStats = false;
let statsDeprecationShown = false;

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  if (!buildingStats && !statsDeprecationShown) {
    statsDeprecationShown = true;
    process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
  }
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype._checkModeProperty = function(property) {
  if (this.mode === undefined || this.mode === null) return false;
  return (this.mode & S_IFMT) === property;
};
Stats.prototype.isFile = StatsBase.prototype.isFile;

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  if (this.mode === undefined || this.mode === null) return false;
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function msFrom(sec, nsec) { return sec * 1e3 + nsec / 1e6; }
function nsFrom(sec, nsec) { return BigInt(sec) * 1000000000n + BigInt(nsec); }

// `stats` is the binding's Float64Array(18) (offset lets callers reuse one).
function getStatsFromBinding(stats, offset = 0) {
  if (stats == null) return undefined;
  const s = (i) => stats[offset + i];
  buildingStats = true;
  try {
    return new Stats(s(0), s(1), s(2), s(3), s(4), s(5), s(6), s(7), s(8), s(9),
                     msFrom(s(10), s(11)), msFrom(s(12), s(13)),
                     msFrom(s(14), s(15)), msFrom(s(16), s(17)));
  } finally {
    buildingStats = false;
  }
}

function getBigIntStatsFromBinding(stats, offset = 0) {
  if (stats == null) return undefined;
  const b = (i) => BigInt(stats[offset + i]);
  return new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9),
                         nsFrom(stats[offset + 10], stats[offset + 11]),
                         nsFrom(stats[offset + 12], stats[offset + 13]),
                         nsFrom(stats[offset + 14], stats[offset + 15]),
                         nsFrom(stats[offset + 16], stats[offset + 17]));
}

function statsFrom(array, options) {
  return options && options.bigint ? getBigIntStatsFromBinding(array) : getStatsFromBinding(array);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(stats, bigint) {
  const v = bigint ? stats.map((x) => BigInt(x)) : stats;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// --- Dirent ----------------------------------------------------------------------

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
  }
  return UV_DIRENT_UNKNOWN;
}

// Converts a name list to the requested encoding (names come as UTF-8 strings).
function encodeNames(names, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return names;
  if (encoding === 'buffer') return names.map((n) => Buffer.from(n));
  return names.map((n) => Buffer.from(n).toString(encoding));
}

function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  if (encoding === 'buffer') return Buffer.from(name);
  return Buffer.from(name).toString(encoding);
}

// Builds Dirents from the binding's [names, types]; unknown types are lstat'ed.
function getDirents(path, result, encoding) {
  const [names, types] = result;
  const binding = internalBinding('fs');
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) {
      const full = `${path}/${names[i]}`;
      try {
        type = direntTypeFromMode(binding.lstat(full)[1]);
      } catch {
        // Leave it unknown.
      }
    }
    out.push(new Dirent(encodeName(names[i], encoding), type, path));
  }
  return out;
}

// --- rm / rmdir / cp options ------------------------------------------------------

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmOptionsShape(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmOptionsShape(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    let isDirectory;
    try {
      isDirectory = (internalBinding('fs').lstat(path)[1] & S_IFMT) === S_IFDIR;
    } catch (err) {
      if (options.force && err.code === 'ENOENT') return options;
      throw err;
    }
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) {
      throw systemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
  }
  return options;
}

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  return validateRmOptionsShape(options, defaults);
}

const defaultCpOptions = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
};

const cpBooleans = ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
  'verbatimSymlinks'];

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  const merged = { ...defaultCpOptions, ...options };
  for (const name of cpBooleans) validateBoolean(merged[name], `options.${name}`);
  merged.mode = getValidMode(merged.mode, 'copyFile');
  if (merged.dereference && merged.verbatimSymlinks) {
    const { ERR_INCOMPATIBLE_OPTION_PAIR } = require('internal/errors').codes;
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (merged.filter !== undefined) validateFunction(merged.filter, 'options.filter');
  return merged;
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn && template.endsWith('X')) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

// Buffers as the data of writes: strings are encoded, views kept.
function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function toBuffer(data, encoding) {
  if (isArrayBufferView(data)) {
    return isUint8Array(data) ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  return Buffer.from(data, encoding || 'utf8');
}

function isUtf8(encoding) {
  return encoding == null || encoding === 'utf8' || encoding === 'utf-8' ||
    (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
}

module.exports = {
  assertEncoding, BigIntStats, constants: fsConstants, copyObject, Dirent,
  DirentFromStats, direntTypeFromMode, emitRecursiveRmdirWarning, encodeName,
  encodeNames, getBigIntStatsFromBinding, getDirents, getOptions, getStatFsFromBinding,
  getStatsFromBinding, getValidatedFd, getValidatedPath, getValidatedPathRaw,
  getValidMode, isFileUrlLike, isUtf8, kMaxUserId, kType, makeCallback, maybeCallback,
  nativeError, nullCheck, pathToString, positionArg, StatFs, Stats, statsFrom,
  stringToFlags, stringToSymlinkType, systemError, toBuffer, toPathIfFileURL,
  toUnixTimestamp, uvException, validateCpOptions, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePath, validatePosition, validateRmdirOptions,
  validateRmOptionsSync, validateStringAfterArrayBufferView, warnOnNonPortableTemplate,
  isBigInt64Array, kEmptyObject,
};
