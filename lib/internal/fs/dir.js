'use strict';

// fs.Dir over the binding's readdir: the listing is read when the directory
// is opened, then handed out one Dirent at a time (recursive walks read each
// subdirectory when reached).

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_THIS, ERR_MISSING_ARGS },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const {
  getDirents, getOptions, getValidatedPath,
} = require('internal/fs/utils');

const kDirPath = Symbol('kDirPath');
const kDirEntries = Symbol('kDirEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirPending = Symbol('kDirPending');
const kDirQueue = Symbol('kDirQueue');

function readEntries(path, encoding) {
  return getDirents(path, binding.readdir(path, true), encoding);
}

function reopenError(err, path, withPath) {
  // Node reports opendir failures with syscall 'opendir'.
  const ctx = { errno: err.errno, syscall: 'opendir' };
  if (withPath) ctx.path = path;
  return uvException(ctx);
}

class Dir {
  constructor(path, entries, options) {
    if (!(entries)) throw new ERR_MISSING_ARGS('handle');
    this[kDirPath] = path;
    this[kDirEntries] = entries;
    this[kDirClosed] = false;
    this[kDirOptions] = options;
    this[kDirPending] = 0;
    this[kDirQueue] = [];
  }

  get path() {
    // Dir.prototype.path and the like: not a Dir.
    if (!(kDirPath in this)) throw new ERR_INVALID_THIS('Dir');
    return this[kDirPath];
  }

  // Next entry or null; in recursive mode a directory's children follow it.
  #next() {
    const entry = this[kDirEntries].shift();
    if (entry === undefined) return null;
    if (this[kDirOptions].recursive && entry.isDirectory()) {
      const sub = pathModule.join(entry.parentPath, String(entry.name));
      try {
        this[kDirEntries].push(...readEntries(sub, this[kDirOptions].encoding));
      } catch {
        // Unreadable subdirectory: skip its contents.
      }
    }
    return entry;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, entry) => (err ? reject(err) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kDirPending]++;
    setImmediate(() => {
      this[kDirPending]--;
      if (this[kDirClosed]) return callback(new ERR_DIR_CLOSED());
      let entry;
      try {
        entry = this.#next();
      } catch (err) {
        return callback(err);
      }
      callback(null, entry);
    });
  }

  readSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirPending] > 0) {
      // Let pending reads settle first, as Node queues the close.
      setImmediate(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    this[kDirEntries] = [];
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    this[kDirEntries] = [];
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.read();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries, enumerable: false, writable: true, configurable: true,
});

// `using` and `await using`: disposing of a Dir twice is no error.
const disposers = [
  [Symbol.asyncDispose, async function() { if (!this[kDirClosed]) await this.close(); }],
  [Symbol.dispose, function() { if (!this[kDirClosed]) this.closeSync(); }],
];
for (const [symbol, dispose] of disposers) {
  if (symbol === undefined) continue;
  Object.defineProperty(Dir.prototype, symbol, {
    value: dispose, enumerable: false, writable: true, configurable: true,
  });
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  const out = { bufferSize: 32, encoding: options.encoding ?? 'utf8', recursive: false };
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
    out.bufferSize = options.bufferSize;
  }
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
    out.recursive = options.recursive;
  }
  return out;
}

function opendir(path, options, callback) {
  // opendir(path, callback): no options.
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.readdir(path, true, {
    oncomplete(err, result) {
      if (err) return callback(reopenError(err, path, true));
      let entries;
      try {
        entries = getDirents(path, result, options.encoding);
      } catch (e) {
        return callback(e);
      }
      callback(null, new Dir(path, entries, options));
    },
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let entries;
  try {
    entries = readEntries(path, options.encoding);
  } catch (err) {
    if (err.errno !== undefined) throw reopenError(err, path, false);
    throw err;
  }
  return new Dir(path, entries, options);
}

module.exports = { Dir, opendir, opendirSync };
