'use strict';

// A Duplex stream over a libuv stream handle (internalBinding('pipe_wrap')
// today; TCP and TTY handles share the same methods): reads arrive through
// handle.onread, writes and shutdown complete through request objects. This
// is the engine of net.Socket; child process stdio uses it directly.

const { Buffer } = require('buffer');
const Duplex = require('internal/streams/duplex');
const { errnoException } = require('internal/errors');

const { UV_EOF } = internalBinding('uv');

// Request objects of writes and shutdowns, named as Node's.
class WriteWrap {
  constructor(oncomplete) { this.oncomplete = oncomplete; }
}
class ShutdownWrap {
  constructor(oncomplete) { this.oncomplete = oncomplete; }
}

function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = handle[kOwner];
  if (stream === undefined || stream.destroyed) return;
  if (nread > 0) {
    const chunk = Buffer.from(arrayBuffer, 0, nread);
    stream.bytesRead += nread;
    if (!stream.push(chunk)) {
      handle.reading = false;
      handle.readStop();
    }
    return;
  }
  if (nread === UV_EOF) {
    handle.reading = false;
    handle.readStop();
    stream.push(null);
    if (!stream.allowHalfOpen && !stream.writableEnded) stream.end();
    return;
  }
  stream.destroy(errnoException(nread, 'read'));
}

const kOwner = Symbol.for('eddy.handleOwner');

class StreamSocket extends Duplex {
  constructor(options = {}) {
    super({
      allowHalfOpen: options.allowHalfOpen !== undefined ? !!options.allowHalfOpen : true,
      readable: options.readable !== false,
      writable: options.writable !== false,
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
    });
    this._handle = null;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    this.connecting = false;
    if (options.handle) this._attach(options.handle);
  }

  _attach(handle) {
    this._handle = handle;
    handle[kOwner] = this;
    handle.onread = onStreamRead;
    handle.reading = false;
  }

  get bytesWritten() { return this._bytesDispatched; }

  _read() {
    const handle = this._handle;
    if (handle === null || this.connecting || handle.reading) return;
    handle.reading = true;
    const err = handle.readStart();
    if (err) this.destroy(errnoException(err, 'read'));
  }

  _writeGeneric(data, encoding, callback, writev) {
    const handle = this._handle;
    if (handle === null) {
      callback(errnoException(internalBinding('uv').UV_EBADF, 'write'));
      return;
    }
    const req = new WriteWrap((status) => {
      if (status < 0) callback(errnoException(status, 'write'));
      else callback();
    });
    let err;
    if (writev) {
      err = handle.writev(req, data.map(({ chunk, encoding: enc }) =>
        (typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk)));
    } else if (typeof data === 'string') {
      if (encoding === 'utf8' || encoding === 'utf-8') {
        err = handle.writeUtf8String(req, data);
      } else {
        err = handle.writeBuffer(req, Buffer.from(data, encoding));
      }
    } else {
      err = handle.writeBuffer(req, data);
    }
    if (err) {
      callback(errnoException(err, 'write'));
      return;
    }
    this._bytesDispatched += req.bytes || 0;
    if (!req.async) callback();
  }

  _write(data, encoding, callback) {
    this._writeGeneric(data, encoding, callback, false);
  }

  _writev(chunks, callback) {
    this._writeGeneric(chunks, undefined, callback, true);
  }

  _final(callback) {
    const handle = this._handle;
    if (handle === null) {
      callback();
      return;
    }
    // A pipe whose reader is gone reports ENOTCONN/EPIPE on shutdown: the
    // data was still handed over, as far as the writer can know.
    const req = new ShutdownWrap(() => callback());
    const err = handle.shutdown(req);
    if (err) callback();
  }

  _destroy(err, callback) {
    const handle = this._handle;
    if (handle !== null) {
      this._handle = null;
      handle.reading = false;
      handle.close(() => this.emit('close', !!err));
    } else {
      process.nextTick(() => this.emit('close', !!err));
    }
    callback(err);
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

module.exports = { StreamSocket };
