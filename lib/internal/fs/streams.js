'use strict';

// fs.ReadStream and fs.WriteStream: Readable / Writable streams over a file
// descriptor, opened in _construct() (emitting 'open' then 'ready').

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateFunction, validateInteger, validateBoolean,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  copyObject, getOptions, getValidatedFd, getValidatedPathRaw,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
function lazyFs() {
  if (fsModule === undefined) fsModule = require('fs');
  return fsModule;
}

function isFileHandle(value) {
  return value != null && typeof value === 'object' && typeof value.fd === 'number' &&
    typeof value.close === 'function' && typeof value.read === 'function' &&
    value.constructor && value.constructor.name === 'FileHandle';
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    if (stream instanceof ReadStream) stream[kFs] = options.fs || lazyFs();
    if (stream instanceof WriteStream) stream[kFs] = options.fs || lazyFs();
    return getValidatedFd(options.fd);
  }
  if (isFileHandle(options.fd)) {
    if (options.fs) {
      // FileHandle is not supported with custom fs operations.
      throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleFs(handle);
    handle.on?.('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// Callback-style fs methods on a FileHandle, for streams built on one.
function fileHandleFs(handle) {
  return {
    read(fd, buf, offset, length, position, cb) {
      handle.read(buf, offset, length, position).then(({ bytesRead }) => cb(null, bytesRead), cb);
    },
    write(fd, buf, offset, length, position, cb) {
      handle.write(buf, offset, length, position).then(({ bytesWritten }) => cb(null, bytesWritten), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(({ bytesWritten }) => cb(null, bytesWritten), cb);
    },
    close(fd, cb) {
      handle.close().then(() => cb(), cb);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
  };
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function importFs(options) {
  const fs = options.fs || lazyFs();
  if (options.fs) {
    for (const name of ['open', 'close']) {
      if (options.fs[name] !== undefined) validateFunction(options.fs[name], `options.fs.${name}`);
    }
  }
  return fs;
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // Backwards compat: a subclass overriding open().
    const orgEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        Reflect.apply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        Reflect.apply(orgEmit, this, args);
      }
    };
    stream.open();
  } else {
    stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
      if (er) {
        callback(er);
      } else {
        stream.fd = fd;
        callback();
        stream.emit('open', stream.fd);
        stream.emit('ready');
      }
    });
  }
}

const { deprecate } = require('internal/util');
// open() is a deprecated no-op: the stream opens itself in _construct().
const openReadFs = deprecate(function() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(function() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

// --- ReadStream ----------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = importFs(options);
    this.path = getValidatedPathRaw(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    if (options.fs && options.fs.read !== undefined) validateFunction(options.fs.read, 'options.fs.read');
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
  }
  if (!this[kFs]) this[kFs] = lazyFs();

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = !!val; },
  configurable: true,
});

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buf2) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      const { errorOrDestroy } = require('internal/streams/destroy');
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // Slow path: shrink to avoid retaining the whole buffer.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        this.push(dst);
      } else {
        this.push(buf);
      }
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// --- WriteStream -------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = importFs(options);
    this.path = getValidatedPathRaw(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    if (options.fs) {
      const { write, writev, close: fsClose, fsync } = options.fs;
      if (write !== undefined) validateFunction(write, 'options.fs.write');
      if (writev !== undefined) validateFunction(writev, 'options.fs.writev');
      if (fsClose !== undefined) validateFunction(fsClose, 'options.fs.close');
      if (fsync !== undefined) validateFunction(fsync, 'options.fs.fsync');
    }
  } else {
    this.fd = importFd(this, options);
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
  }
  if (!this[kFs]) this[kFs] = lazyFs();

  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  Reflect.apply(Writable, this, [options]);

  if (options.encoding) this.setDefaultEncoding(options.encoding);

  // Node only uses _writev when the fs has writev.
  if (typeof this[kFs].writev !== 'function') this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = !!val; },
  configurable: true,
});

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || new Error('ERR_STREAM_DESTROYED'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos = pos == null ? pos : pos + bytesWritten;
    if (retries > 5) {
      cb(new Error('writeAll failed'));
    } else if (size) {
      Reflect.apply(writeAll, this, [data.subarray(bytesWritten), size, pos, cb, retries]);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  Reflect.apply(writeAll, this, [data, data.length, this.pos ?? null, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  }]);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  const done = (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  };
  const pos = this.pos ?? null;
  this[kFs].writev(this.fd, chunks, pos, (er, bytesWritten) => {
    if (er) return done(er);
    this.bytesWritten += bytesWritten;
    if (bytesWritten < size) {
      const rest = Buffer.concat(chunks).subarray(bytesWritten);
      return Reflect.apply(writeAll, this,
                           [rest, rest.length, pos == null ? null : pos + bytesWritten, done]);
    }
    done();
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});
module.exports = { ReadStream, WriteStream };
