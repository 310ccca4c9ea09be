'use strict';

// fs.ReadStream and fs.WriteStream, built on the public stream API only.
//
// Both do their file I/O through an "fs" object: the fs module itself (so
// that patching fs.open or fs.read is seen, as in Node), the options.fs the
// caller supplied, or an adapter over a FileHandle. A stream given a path
// opens it in _construct(), then emits 'open' and 'ready'. An operation in
// flight when the stream is destroyed is waited for before the fd closes.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { codes } = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const { deprecate } = require('internal/util');
const { copyObject, getOptions, getValidatedFd, getValidatedPathRaw } = require('internal/fs/utils');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
} = codes;

const kIo = Symbol('kIo');          // fs object the stream works through
const kBusy = Symbol('kBusy');      // an I/O call is running
const kIdle = Symbol('kIdle');      // event: the running I/O call ended

let fsModule;
const defaultFs = () => (fsModule ??= require('fs'));

// A FileHandle from fs/promises (recognised without loading that module).
function isFileHandle(value) {
  return typeof value === 'object' && value !== null &&
    value.constructor?.name === 'FileHandle' && typeof value.fd === 'number' &&
    typeof value.read === 'function' && typeof value.close === 'function';
}

// Callback-style I/O over a FileHandle: what a stream needs of "an fs".
function handleIo(handle) {
  const settle = (promise, cb, pick) => promise.then((r) => cb(null, pick(r)), cb);
  return {
    read: (fd, buf, off, len, pos, cb) => settle(handle.read(buf, off, len, pos), cb,
                                                 (r) => r.bytesRead),
    write: (fd, buf, off, len, pos, cb) => settle(handle.write(buf, off, len, pos), cb,
                                                  (r) => r.bytesWritten),
    writev: (fd, bufs, pos, cb) => settle(handle.writev(bufs, pos), cb, (r) => r.bytesWritten),
    fsync: (fd, cb) => settle(handle.sync(), cb, () => undefined),
    close: (fd, cb) => settle(handle.close(), cb, () => undefined),
  };
}

// Sets fd/path/flags/mode and the I/O object of a new stream. `checked`
// lists the options.fs methods validated when the stream opens a path.
function attachFile(stream, path, options, defaultFlags, checked) {
  const { fd } = options;
  if (fd == null) {
    stream[kIo] = options.fs || defaultFs();
    if (options.fs) {
      for (const name of checked) {
        if (options.fs[name] !== undefined) validateFunction(options.fs[name], `options.fs.${name}`);
      }
    }
    stream.fd = null;
    stream.path = getValidatedPathRaw(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    return;
  }
  stream.path = undefined;
  stream.flags = undefined;
  stream.mode = undefined;
  if (typeof fd === 'number') {
    stream[kIo] = options.fs || defaultFs();
    stream.fd = getValidatedFd(fd);
    return;
  }
  if (!isFileHandle(fd)) {
    throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
  }
  // A custom fs cannot be combined with a FileHandle.
  if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
  stream[kIo] = handleIo(fd);
  stream.fd = fd.fd;
  // Closing the handle elsewhere ends the stream.
  fd.on?.('close', () => {
    if (!stream.destroyed) stream.destroy();
  });
}

// Marks an I/O call as running; the returned function ends it.
function beginIo(stream) {
  stream[kBusy] = true;
  return (err) => {
    stream[kBusy] = false;
    if (stream.destroyed) stream.emit(kIdle, err);
  };
}

// Closes the fd (fsync'ing first when asked to flush) and reports the first
// error to `cb`.
function releaseFd(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  const io = stream[kIo];
  const fd = stream.fd;
  const closeIt = (syncErr) => {
    io.close(fd, (closeErr) => cb(closeErr || syncErr || err));
    stream.fd = null;
  };
  if (stream.flush) io.fsync(fd, closeIt);
  else closeIt(null);
}

function destroyFile(err, cb) {
  if (this[kBusy]) this.once(kIdle, (ioErr) => releaseFd(this, err || ioErr, cb));
  else releaseFd(this, err, cb);
}

// Deprecated: the stream opens itself. Kept as a recognisable no-op so that a
// subclass that overrides it can be told apart.
const readOpen = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const writeOpen = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

function constructFile(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== readOpen && this.open !== writeOpen) {
    openThroughOverride(this, callback);
    return;
  }
  this[kIo].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', fd);
    this.emit('ready');
  });
}

// Old subclasses open the file in their own open() and announce it with
// 'open' (or fail with 'error'): watch the first of those two events.
function openThroughOverride(stream, callback) {
  const emit = stream.emit;
  stream.emit = function(name, ...args) {
    if (name === 'open' || name === 'error') {
      stream.emit = emit;
      callback(name === 'error' ? args[0] : undefined);
      if (name === 'error') return false;
    }
    return Reflect.apply(emit, this, [name, ...args]);
  };
  stream.open();
}

const pendingProperty = {
  get() { return this.fd === null; },
  configurable: true,
};

// --- ReadStream ------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.highWaterMark ??= 64 * 1024;
  attachFile(this, path, options, 'r', ['open', 'close', 'read']);

  const { start } = options;
  const end = options.end ?? Infinity;
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    }
  }
  this.start = start;
  this.end = end;
  // pos stays undefined without a start: reads then go at the fd's position.
  this.pos = start;
  this.bytesRead = 0;
  this[kBusy] = false;

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

// autoClose is the stream state's autoDestroy; on anything without that
// state (the prototype itself) it is ERR_INVALID_THIS, as in Node.
function autoCloseProperty(typeName, stateName) {
  const stateOf = (self) => {
    const state = self?.[stateName];
    if (state === undefined) throw new ERR_INVALID_THIS(typeName);
    return state;
  };
  return {
    get() { return stateOf(this).autoDestroy; },
    set(value) { stateOf(this).autoDestroy = Boolean(value); },
    configurable: true,
  };
}

Object.defineProperty(ReadStream.prototype, 'autoClose',
                      autoCloseProperty('ReadStream', '_readableState'));
Object.defineProperty(ReadStream.prototype, 'pending', pendingProperty);

ReadStream.prototype.open = readOpen;
ReadStream.prototype._construct = constructFile;
ReadStream.prototype._destroy = destroyFile;

ReadStream.prototype._read = function(size) {
  // Never past `end` (inclusive).
  const consumed = this.pos === undefined ? this.bytesRead : this.pos;
  const want = Math.min(this.end - consumed + 1, size);
  if (want <= 0) {
    this.push(null);
    return;
  }
  const chunk = Buffer.allocUnsafeSlow(want);
  const ended = beginIo(this);
  this[kIo].read(this.fd, chunk, 0, want, this.pos ?? null, (err, n) => {
    ended(err);
    if (this.destroyed) return;
    if (err) {
      failRead(this, err);
    } else if (n > 0) {
      if (this.pos !== undefined) this.pos += n;
      this.bytesRead += n;
      // A short read: copy, so the big buffer is not kept alive.
      this.push(n === want ? chunk : Buffer.from(chunk.subarray(0, n)));
    } else {
      this.push(null);
    }
  });
};

// A read error destroys the stream, unless autoClose is off: then the error
// is only emitted and the fd stays open.
function failRead(stream, err) {
  if (stream._readableState.autoDestroy) stream.destroy(err);
  else stream.emit('error', err);
}

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// --- WriteStream -------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  // Strings reach _write as Buffers.
  options.decodeStrings = true;
  attachFile(this, path, options, 'w', ['open', 'write', 'writev', 'close', 'fsync']);

  this.flush = false;
  if (options.flush != null) {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  const { start } = options;
  if (start !== undefined) validateInteger(start, 'start', 0);
  this.start = start;
  this.pos = start;
  this.bytesWritten = 0;
  this[kBusy] = false;

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  // Without fs.writev every chunk goes through _write.
  if (typeof this[kIo].writev !== 'function') this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose',
                      autoCloseProperty('WriteStream', '_writableState'));
Object.defineProperty(WriteStream.prototype, 'pending', pendingProperty);

WriteStream.prototype.open = writeOpen;
WriteStream.prototype._construct = constructFile;
WriteStream.prototype._destroy = destroyFile;

// Writes all of `bytes` at `at` (null: the fd's position), retrying short
// and EAGAIN writes; gives up after 5 writes in a row that wrote nothing.
function writeFully(stream, bytes, at, cb, fruitless = 0) {
  stream[kIo].write(stream.fd, bytes, 0, bytes.length, at, (err, n) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      n = 0;
    }
    if (err) return cb(err);
    if (stream.destroyed) return cb(new Error('ERR_STREAM_DESTROYED'));
    stream.bytesWritten += n;
    if (n === bytes.length) return cb();
    fruitless = n === 0 ? fruitless + 1 : 0;
    if (fruitless > 5) return cb(new Error('writeAll failed'));
    writeFully(stream, bytes.subarray(n), at === null ? null : at + n, cb, fruitless);
  });
}

// Completion of one _write/_writev: the stream learns of it before anyone
// waiting to close the fd.
function writeDone(stream, cb) {
  stream[kBusy] = true;
  return (err) => {
    stream[kBusy] = false;
    cb(err);
    if (stream.destroyed) stream.emit(kIdle, err);
  };
}

WriteStream.prototype._write = function(chunk, encoding, cb) {
  const at = this.pos ?? null;
  writeFully(this, chunk, at, writeDone(this, cb));
  if (this.pos !== undefined) this.pos += chunk.length;
};

WriteStream.prototype._writev = function(entries, cb) {
  const chunks = entries.map((entry) => entry.chunk);
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const at = this.pos ?? null;
  const done = writeDone(this, cb);
  this[kIo].writev(this.fd, chunks, at, (err, n) => {
    if (err) return done(err);
    this.bytesWritten += n;
    if (n >= total) return done();
    // The rest, as one buffer.
    const rest = Buffer.concat(chunks).subarray(n);
    writeFully(this, rest, at === null ? null : at + n, done);
  });
  if (this.pos !== undefined) this.pos += total;
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, end() alone would leave the fd open.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
