'use strict';

// node:net: TCP and Unix-socket streams and servers over the tcp_wrap and
// pipe_wrap handles.
//
// A net.Socket is a Duplex whose bytes come from `handle.onread` and go out
// through write requests; a handle knows its socket as handle[kOwner]. A
// socket without a handle is "pending": writes, reads and end() wait for
// 'connect'. A net.Server owns a listening handle whose `onconnection`
// receives each accepted handle, which becomes a socket of its own.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const Duplex = require('internal/streams/duplex');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  captureNodeErrorStack,
  errnoException,
  uvExceptionWithHostPort,
  uvListenException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, normalizedArgsSymbol } = require('internal/net');
const { emitDeprecationWarning, kEmptyObject } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const timers = require('internal/timers');
const diagnosticsChannel = require('diagnostics_channel');
const perfEntries = require('internal/perf/node_entries');

const {
  TCP, TCPConnectWrap, constants: TCPConstants,
} = internalBinding('tcp_wrap');
const {
  Pipe, PipeConnectWrap, constants: PipeConstants,
} = internalBinding('pipe_wrap');
const uv = internalBinding('uv');
const { guessHandleType } = internalBinding('util');

// The socket (or server) a handle belongs to; process._getActiveHandles
// shows it in place of the handle.
const kOwner = Symbol.for('eddy.handleOwner');

const kTimer = Symbol('timeout');
const kWantNoDelay = Symbol('noDelay');
const kWantKeepAlive = Symbol('keepAlive');
const kKeepAliveDelay = Symbol('keepAliveInitialDelay');
const kFinalBytes = Symbol('bytesWrittenAtClose');
const kReadCount = Symbol('bytesRead');
const kOnRead = Symbol('onread');
const kWaitingWrite = Symbol('writeBeforeConnect');
const kQueuedAtTimeout = Symbol('lastWriteQueueSize');
const kResetOnClose = Symbol('resetOnClose');
const kAttempts = Symbol('connectAttempts');
const kConnectStart = Symbol('connectStart');

// Request objects of writes and shutdowns, named as Node's (they show in
// process.getActiveResourcesInfo while in flight).
class WriteWrap {}
class ShutdownWrap {}

// What diagnostics_channel subscribers hear of: client sockets starting to
// connect, accepted sockets, and servers starting (asyncStart), ready
// (asyncEnd) or failing (error) to listen.
const clientSocketChannel = diagnosticsChannel.channel('net.client.socket');
const serverSocketChannel = diagnosticsChannel.channel('net.server.socket');
const listenChannel = diagnosticsChannel.tracingChannel('net.server.listen');

let dns;
function lazyDns() {
  if (dns === undefined) dns = require('dns');
  return dns;
}

function noop() {}

// --- happy eyeballs defaults --------------------------------------------------

// --network-family-autoselection-attempt-timeout and
// --[no-]network-family-autoselection set the starting values.
const autoSelect = { enabled: true, attemptTimeout: 250 };
const MIN_ATTEMPT_TIMEOUT = 10;
{
  const { hasFlag, flagValues } = require('internal/options');
  if (hasFlag('--no-network-family-autoselection') ||
      hasFlag('--no-enable-network-family-autoselection')) {
    autoSelect.enabled = false;
  }
  const timeouts = flagValues('--network-family-autoselection-attempt-timeout');
  if (timeouts.length > 0) autoSelect.attemptTimeout = Number(timeouts[timeouts.length - 1]);
}

function getDefaultAutoSelectFamily() { return autoSelect.enabled; }
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelect.enabled = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelect.attemptTimeout; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  // Shorter attempts than 10ms are raised, not refused.
  autoSelect.attemptTimeout = Math.max(value, MIN_ATTEMPT_TIMEOUT);
}

// --- arguments --------------------------------------------------------------------

// A non-negative number, or false.
function asPort(value) {
  const n = Number(value);
  return n >= 0 ? n : false;
}

// A string that is not a number names a Unix socket.
function isPipeName(value) {
  return typeof value === 'string' && asPort(value) === false;
}

// connect()/listen() arguments as [options, callback-or-null]: (options),
// (path), (port[, host]) with an optional trailing callback.
function normalizeArgs(args) {
  let options = {};
  if (args.length > 0) {
    const first = args[0];
    if (first !== null && typeof first === 'object') {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
  }
  const last = args.length > 0 ? args[args.length - 1] : undefined;
  const out = [options, typeof last === 'function' ? last : null];
  out[normalizedArgsSymbol] = true;
  return out;
}

// 'IPv4'/'IPv6' in place of 4/6, as connect options allow.
function dnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

// A socket timeout in ms: a non-negative finite number.
function timeoutMsecs(msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  return msecs;
}

function delaySeconds(msecs) {
  return msecs > 0 ? Math.floor(msecs / 1000) : 0;
}

// A socket or pipe handle for an inherited descriptor.
function handleForFd(fd, isServer) {
  const type = guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

// --- reading ------------------------------------------------------------------------

function startReading(socket) {
  const handle = socket._handle;
  handle.reading = true;
  const err = handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

function stopReading(socket) {
  const handle = socket._handle;
  handle.reading = false;
  if (socket.destroyed) return;
  const err = handle.readStop();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// handle.onread: `this` is the handle.
function onHandleRead(nread, arrayBuffer) {
  const socket = this[kOwner];
  if (socket === undefined || socket._handle !== this) return;
  socket._unrefTimer();
  const onread = socket[kOnRead];
  if (nread > 0) {
    socket[kReadCount] += nread;
    if (onread !== undefined) {
      onread.pending.push(new Uint8Array(arrayBuffer, 0, nread));
      deliverToUserBuffer(socket, onread);
      return;
    }
    if (!socket.push(Buffer.from(arrayBuffer, 0, nread))) stopReading(socket);
    return;
  }
  if (nread === 0) return;
  if (nread !== uv.UV_EOF) {
    socket.destroy(errnoException(nread, 'read'));
    return;
  }
  // The peer ended its side; libuv reads nothing more.
  this.reading = false;
  this.readStop();
  if (onread !== undefined) {
    // libuv asked for a buffer for the read that found the end.
    if (typeof onread.buffer === 'function') onread.buffer();
    onread.eof = true;
    deliverToUserBuffer(socket, onread);
    return;
  }
  socket.push(null);
  socket.read(0);
}

// The `onread` option: bytes are copied into the caller's buffer (as many
// as fit at a time) and handed to its callback. pause() (or the callback
// returning false) holds the rest until resume().
function deliverToUserBuffer(socket, onread) {
  const { pending } = onread;
  while (pending.length > 0 && !onread.paused) {
    const bytes = pending[0];
    let target = onread.buffer;
    if (typeof target === 'function') target = target();
    const n = Math.min(bytes.length, target.byteLength);
    new Uint8Array(target.buffer, target.byteOffset, n).set(bytes.subarray(0, n));
    if (n === bytes.length) pending.shift();
    else pending[0] = bytes.subarray(n);
    if (onread.callback.call(socket, n, target) === false) socket.pause();
  }
  if (pending.length === 0 && onread.eof && !onread.ended) {
    onread.ended = true;
    socket.push(null);
    socket.read(0);
  }
}

// --- writing ------------------------------------------------------------------------

// req.oncomplete of an asynchronous write: `this` is the request.
function onWriteDone(status) {
  const socket = this.handle[kOwner];
  if (socket === undefined || socket.destroyed) {
    this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(errnoException(status, 'write'));
    return;
  }
  socket._unrefTimer();
  socket[kQueuedAtTimeout] = 0;
  this.callback(null);
}

// Hands `data` (a string, a buffer, or for writev a list of
// { chunk, encoding }) to the handle. `callback` runs once the kernel has
// it.
function writeToHandle(socket, writev, data, encoding, callback) {
  const handle = socket._handle;
  const req = new WriteWrap();
  req.handle = handle;
  req.callback = callback;
  req.oncomplete = onWriteDone;
  let err;
  if (writev) {
    const chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      chunks[i] = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
    }
    err = handle.writev(req, chunks);
  } else if (typeof data !== 'string') {
    err = handle.writeBuffer(req, data);
  } else if (encoding === 'buffer') {
    const typeErr = new TypeError('Second argument must be a buffer');
    typeErr.code = 'ERR_INVALID_ARG_TYPE';
    throw typeErr;
  } else if (encoding === 'utf8' || encoding === 'utf-8') {
    err = handle.writeUtf8String(req, data);
  } else {
    err = handle.writeBuffer(req, Buffer.from(data, encoding));
  }
  if (err) {
    socket.destroy(errnoException(err, 'write'));
    return;
  }
  socket._bytesDispatched += req.bytes;
  if (req.async) socket[kQueuedAtTimeout] = req.bytes;
  else callback();
}

// Writing once the peer has ended and the socket may not stay half open.
function writeAfterPeerEnded(chunk, encoding, callback) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, callback);
  if (typeof encoding === 'function') callback = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof callback === 'function') process.nextTick(callback, err);
  this.destroy(err);
  return false;
}

function onPeerEnded() {
  if (!this.allowHalfOpen) this.write = writeAfterPeerEnded;
}

// --- net.Socket ---------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') {
    options = { fd: options };  // The old new Socket(fd).
  } else {
    options = { ...options };
  }
  for (const mode of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[mode]) {
      throw new ERR_INVALID_ARG_VALUE(`options.${mode}`, options[mode], 'is not supported');
    }
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this._bytesDispatched = 0;
  this[kReadCount] = 0;
  this[kFinalBytes] = undefined;
  this[kTimer] = null;
  this[kQueuedAtTimeout] = 0;
  this[kWaitingWrite] = null;
  this[kResetOnClose] = false;
  this[kOnRead] = undefined;

  // Unlike a plain Duplex, a socket is not half open unless asked, and
  // emits 'close' itself once its handle is closed.
  Duplex.call(this, {
    ...options,
    allowHalfOpen: Boolean(options.allowHalfOpen),
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    signal: undefined,
  });

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    this._handle = handleForFd(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
  }

  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (isArrayBufferView(onread.buffer) || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    this[kOnRead] = {
      buffer: onread.buffer,
      callback: onread.callback,
      pending: [],
      paused: false,
      eof: false,
      ended: false,
    };
  }

  this.on('end', onPeerEnded);
  adoptHandle(this);

  // A socket made over an existing handle starts reading at once.
  if (this._handle !== null && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addAbortSignal(options.signal, this);

  this.server = null;
  this._server = null;
  this[kWantNoDelay] = Boolean(options.noDelay);
  this[kWantKeepAlive] = Boolean(options.keepAlive);
  this[kKeepAliveDelay] = delaySeconds(options.keepAliveInitialDelay);
  if (options.blockList !== undefined) {
    const { BlockList } = require('internal/blocklist');
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function adoptHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (handle) {
    handle[kOwner] = socket;
    handle.onread = onHandleRead;
  }
}

Object.defineProperties(Socket.prototype, {
  pending: {
    __proto__: null,
    configurable: true,
    get() { return this._handle === null || this.connecting; },
  },
  readyState: {
    __proto__: null,
    configurable: true,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable) return this.writable ? 'open' : 'readOnly';
      return this.writable ? 'writeOnly' : 'closed';
    },
  },
  bufferSize: {
    __proto__: null,
    configurable: true,
    get() {
      if (this._handle) return this.writableLength;
      return undefined;
    },
  },
  bytesRead: {
    __proto__: null,
    configurable: true,
    get() { return this[kReadCount]; },
  },
  bytesWritten: {
    __proto__: null,
    configurable: true,
    get() {
      if (this[kFinalBytes] !== undefined) return this[kFinalBytes];
      return this._bytesDispatched + this._queuedBytes();
    },
  },
  _connecting: {
    __proto__: null,
    configurable: true,
    get() { return this.connecting; },
  },
  remoteAddress: { __proto__: null, configurable: true, get() { return this._getpeername().address; } },
  remoteFamily: { __proto__: null, configurable: true, get() { return this._getpeername().family; } },
  remotePort: { __proto__: null, configurable: true, get() { return this._getpeername().port; } },
  localAddress: { __proto__: null, configurable: true, get() { return this._getsockname().address; } },
  localPort: { __proto__: null, configurable: true, get() { return this._getsockname().port; } },
  localFamily: { __proto__: null, configurable: true, get() { return this._getsockname().family; } },
});

// Bytes written by the caller that have not reached the handle: the
// writable buffer and what waits for the connection.
Socket.prototype._queuedBytes = function() {
  let bytes = 0;
  const count = (chunk, encoding) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  };
  const waiting = this[kWaitingWrite];
  if (waiting !== null) {
    if (waiting.writev) {
      for (const { chunk, encoding } of waiting.data) count(chunk, encoding);
    } else {
      count(waiting.data, waiting.encoding);
    }
  }
  const state = this._writableState;
  if (state) {
    for (const { chunk, encoding } of state.getBuffer()) {
      if (typeof chunk === 'string' || isArrayBufferView(chunk)) count(chunk, encoding);
    }
  }
  return bytes;
};

Socket.prototype._getpeername = function() {
  if (this._peername) return this._peername;
  const handle = this._handle;
  if (!handle || typeof handle.getpeername !== 'function' || this.connecting) return {};
  const out = {};
  if (handle.getpeername(out) !== 0) return out;
  this._peername = out;
  return out;
};

Socket.prototype._getsockname = function() {
  const handle = this._handle;
  if (!handle || typeof handle.getsockname !== 'function') return {};
  if (this._sockname) return this._sockname;
  const out = {};
  if (handle.getsockname(out) !== 0) return out;
  this._sockname = out;
  return out;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

// Any activity pushes the idle timeout back (of this socket and of the
// sockets it is layered on).
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimer]) s[kTimer].refresh();
  }
};

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const queued = this[kQueuedAtTimeout];
  if (queued > 0 && handle) {
    // A write is still draining: that counts as activity.
    const now = handle.writeQueueSize;
    if (now !== queued) {
      this[kQueuedAtTimeout] = now;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = timeoutMsecs(msecs);
  if (this[kTimer]) {
    timers.clearTimeout(this[kTimer]);
    this[kTimer] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
    return this;
  }
  // Unreferenced: an idle timeout never keeps the process alive.
  const timer = new timers.Timeout(() => this._onTimeout(), msecs, undefined, false, false);
  timers.insert(timer, timer._idleTimeout);
  this[kTimer] = timer;
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.setNoDelay = function(enable) {
  // Nagle's algorithm goes off unless asked to stay (noDelay defaults to
  // true here).
  const want = enable === undefined ? true : Boolean(enable);
  if (!this._handle) {
    this[kWantNoDelay] = want;
    return this;
  }
  if (typeof this._handle.setNoDelay === 'function' && want !== this[kWantNoDelay]) {
    this[kWantNoDelay] = want;
    this._handle.setNoDelay(want);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelay) {
  const want = Boolean(enable);
  const delay = delaySeconds(initialDelay);
  if (!this._handle) {
    this[kWantKeepAlive] = want;
    this[kKeepAliveDelay] = delay;
    return this;
  }
  if (typeof this._handle.setKeepAlive !== 'function') return this;
  if (want !== this[kWantKeepAlive] || (want && delay !== this[kKeepAliveDelay])) {
    this[kWantKeepAlive] = want;
    this[kKeepAliveDelay] = delay;
    this._handle.setKeepAlive(want, delay);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
    return;
  }
  if (!this._handle.reading && this[kOnRead]?.paused !== true) startReading(this);
};

// With `onread`, reading is driven by pause()/resume() rather than by the
// stream's buffer.
Socket.prototype.pause = function() {
  const onread = this[kOnRead];
  if (onread !== undefined) {
    onread.paused = true;
    if (!this.connecting && this._handle && this._handle.reading) stopReading(this);
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  const onread = this[kOnRead];
  if (onread !== undefined) {
    onread.paused = false;
    deliverToUserBuffer(this, onread);
    if (!onread.eof && !this.connecting && this._handle && !this._handle.reading &&
        !onread.paused) {
      startReading(this);
    }
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  const onread = this[kOnRead];
  if (onread !== undefined && !onread.paused && !onread.eof && !this.connecting &&
      this._handle && !this._handle.reading) {
    startReading(this);
  }
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype._writeGeneric = function(writev, data, encoding, callback) {
  if (this.connecting) {
    // Kept until the connection is made (or the socket closes first).
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const waiting = { writev, data, encoding };
    this[kWaitingWrite] = waiting;
    const onClose = () => {
      this[kWaitingWrite] = null;
      callback(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    };
    this.once('connect', () => {
      this.removeListener('close', onClose);
      if (this[kWaitingWrite] === waiting) this[kWaitingWrite] = null;
      this._writeGeneric(writev, data, encoding, callback);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    callback(new ERR_SOCKET_CLOSED());
    return;
  }
  this._unrefTimer();
  writeToHandle(this, writev, data, encoding, callback);
};

Socket.prototype._write = function(data, encoding, callback) {
  this._writeGeneric(false, data, encoding, callback);
};

Socket.prototype._writev = function(chunks, callback) {
  this._writeGeneric(true, chunks, '', callback);
};

function onShutdownDone() {
  this.callback();
}

Socket.prototype._final = function(callback) {
  if (this.connecting) {
    this.once('connect', () => this._final(callback));
    return;
  }
  if (!this._handle) {
    callback();
    return;
  }
  const req = new ShutdownWrap();
  req.handle = this._handle;
  req.callback = callback;
  req.oncomplete = onShutdownDone;
  const err = this._handle.shutdown(req);
  // Not connected (the peer is gone): there is nothing left to flush.
  if (err === 1 || err === uv.UV_ENOTCONN) callback();
  else if (err !== 0) callback(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._reset = function() {
  this[kResetOnClose] = true;
  return this.destroy();
};

Socket.prototype.resetAndDestroy = function() {
  if (!this._handle) {
    this.destroy(new ERR_SOCKET_CLOSED());
    return this;
  }
  if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
  if (this.connecting) this.once('connect', () => this._reset());
  else this._reset();
  return this;
};

Socket.prototype._destroy = function(err, callback) {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimer]) {
      timers.clearTimeout(s[kTimer]);
      s[kTimer] = null;
    }
  }
  this.connecting = false;
  this._clearAttempts();
  const hadError = Boolean(err);
  const handle = this._handle;
  if (handle) {
    this[kFinalBytes] = this.bytesWritten;
    const emitClose = () => this.emit('close', hadError);
    if (this[kResetOnClose]) {
      this[kResetOnClose] = false;
      const resetErr = handle.reset(emitClose);
      if (resetErr) this.emit('error', errnoException(resetErr, 'reset'));
    } else {
      handle.close(emitClose);
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    callback(err);
  } else {
    callback(err);
    process.nextTick(() => this.emit('close'));
  }
  const server = this._server;
  if (server) {
    server._connections--;
    server._closeWhenDrained();
  }
};

// --- connecting ---------------------------------------------------------------------

Socket.prototype.connect = function(...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ?
    args[0] : normalizeArgs(args);
  const [options, callback] = normalized;

  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    // A new connection over the same socket: counters start again.
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._bytesDispatched = 0;
    this[kReadCount] = 0;
    this[kFinalBytes] = undefined;
  }

  const { path } = options;
  const isPipe = Boolean(path);
  if (isPipe) validateString(path, 'options.path');

  if (!this._handle) {
    this._handle = isPipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    adoptHandle(this);
  }
  if (callback !== null) this.once('connect', callback);
  this._unrefTimer();
  this.connecting = true;
  if (clientSocketChannel.hasSubscribers) clientSocketChannel.publish({ socket: this });

  if (isPipe) {
    connectHandle(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(socket, options) {
  const { localAddress, localPort, port, host: givenHost } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (givenHost !== undefined && givenHost !== null && typeof givenHost !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.host', 'string', givenHost);
  }
  const host = givenHost || 'localhost';
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  const portNumber = port | 0;

  let { autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelect.enabled;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    autoSelectFamilyAttemptTimeout = Math.max(autoSelectFamilyAttemptTimeout, MIN_ATTEMPT_TIMEOUT);
  } else {
    autoSelectFamilyAttemptTimeout = autoSelect.attemptTimeout;
  }

  // An address needs no lookup.
  const literal = isIP(host);
  if (literal) {
    process.nextTick(() => {
      if (socket.connecting) connectHandle(socket, host, portNumber, literal, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookupOptions = {
    family: dnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (lookupOptions.family !== 4 && lookupOptions.family !== 6 && lookupOptions.hints === 0) {
    lookupOptions.hints = lazyDns().ADDRCONFIG;
  }
  socket._host = host;
  const lookup = options.lookup || lazyDns().lookup;

  if (!lookupOptions.family && !localAddress && autoSelectFamily) {
    lookupOptions.all = true;
    lookup(host, lookupOptions, (err, addresses) => {
      if (err) {
        socket.emit('lookup', err, undefined, undefined, host);
        if (socket.connecting) process.nextTick(() => socket.destroy(err));
        return;
      }
      if (!socket.connecting) return;
      connectToAnyOf(socket, host, addresses, portNumber, localPort,
                     autoSelectFamilyAttemptTimeout);
    });
    return;
  }

  lookup(host, lookupOptions, (err, ip, family) => {
    socket.emit('lookup', err, ip, family, host);
    if (!socket.connecting) return;
    if (err) {
      process.nextTick(() => socket.destroy(err));
    } else if (!isIP(ip)) {
      process.nextTick(() => socket.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(() => socket.destroy(
        new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port)));
    } else {
      socket._unrefTimer();
      connectHandle(socket, ip, portNumber, family, localAddress, localPort);
    }
  });
}

// Starts connecting the socket's handle: a TCP one to address:port of
// `family` (4 or 6), a pipe to the path `address` (no family).
function connectHandle(socket, address, port, family, localAddress, localPort) {
  const handle = socket._handle;
  let err;
  if (family && (localAddress || localPort)) {
    const local = localAddress || (family === 4 ? '0.0.0.0' : '::');
    err = family === 4 ? handle.bind(local, localPort | 0) : handle.bind6(local, localPort | 0, 0);
    if (err) {
      socket.destroy(uvExceptionWithHostPort(err, 'bind', local, localPort));
      return;
    }
    localAddress = local;
  }
  if (socket.blockList && family && socket.blockList.check(address, `ipv${family}`)) {
    const { codes: { ERR_IP_BLOCKED } } = require('internal/errors');
    socket.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  let req;
  if (family) {
    // Observed TCP connects become 'net' performance entries.
    if (perfEntries.hasObserver('net')) socket[kConnectStart] = perfEntries.now();
    req = new TCPConnectWrap();
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = family;
    socket.emit('connectionAttempt', address, port, family);
    req.address = address;
    req.oncomplete = onConnected;
    err = family === 4 ? handle.connect(req, address, port) : handle.connect6(req, address, port);
  } else {
    req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = onConnected;
    err = handle.connect(req, address);
  }
  if (err) {
    const local = socket._getsockname();
    const details = local.address !== undefined ? `${local.address}:${local.port}` : undefined;
    socket.destroy(uvExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// req.oncomplete of a connect request.
function onConnected(status, handle, req, readable, writable) {
  const socket = handle[kOwner];
  if (socket === undefined || socket.destroyed || socket._handle !== handle) return;
  socket.connecting = false;
  socket._sockname = null;
  if (status !== 0) {
    const local = req.localAddress && req.localPort ?
      `${req.localAddress}:${req.localPort}` : undefined;
    const err = uvExceptionWithHostPort(status, 'connect', req.address, req.port, local);
    if (local) {
      err.localAddress = req.localAddress;
      err.localPort = req.localPort;
    }
    if (req.addressType) {
      socket.emit('connectionAttemptFailed', req.address, req.port, req.addressType, err);
    }
    socket.destroy(err);
    return;
  }
  if (socket.readable && !readable) {
    socket.push(null);
    socket.read();
  }
  if (socket.writable && !writable) socket.end();
  socket._unrefTimer();
  if (socket[kConnectStart] !== undefined) {
    perfEntries.record('net', 'connect', socket[kConnectStart], { host: req.address, port: req.port });
    socket[kConnectStart] = undefined;
  }
  if (socket[kWantNoDelay] && typeof handle.setNoDelay === 'function') handle.setNoDelay(true);
  if (socket[kWantKeepAlive] && typeof handle.setKeepAlive === 'function') {
    handle.setKeepAlive(true, socket[kKeepAliveDelay]);
  }
  socket.emit('connect');
  socket.emit('ready');
  // Flowing (or never paused): start reading now.
  if (readable && !socket.isPaused()) socket.read(0);
}

// --- happy eyeballs ---------------------------------------------------------------

// Tries the addresses one after the other, IPv6 and IPv4 alternating
// (starting with the family of the first answer), each attempt but the
// last given `attemptTimeout` ms before the next starts over on a fresh
// handle.
function connectToAnyOf(socket, host, addresses, port, localPort, attemptTimeout) {
  const byFamily = { 4: [], 6: [] };
  for (const { address, family } of addresses) {
    let err;
    if (!isIP(address)) err = new ERR_INVALID_IP_ADDRESS(address);
    else if (family !== 4 && family !== 6) err = new ERR_INVALID_ADDRESS_FAMILY(family, host, port);
    if (err) {
      process.nextTick(() => socket.destroy(err));
      return;
    }
    byFamily[family].push(address);
  }
  if (addresses.length === 0) {
    socket.emit('lookup', null, undefined, undefined, host);
    process.nextTick(() => socket.destroy(
      new ERR_INVALID_ADDRESS_FAMILY(undefined, host, port)));
    return;
  }
  const order = [];
  let nextFamily = addresses[0].family === 6 ? 6 : 4;
  while (byFamily[4].length > 0 || byFamily[6].length > 0) {
    const list = byFamily[nextFamily].length > 0 ? byFamily[nextFamily] :
      byFamily[nextFamily === 4 ? 6 : 4];
    const address = list.shift();
    order.push({ address, family: isIP(address) });
    nextFamily = nextFamily === 4 ? 6 : 4;
  }
  for (const { address, family } of order) socket.emit('lookup', null, address, family, host);
  if (!socket.connecting) return;  // Destroyed by a 'lookup' listener.
  if (order.length === 1) {
    const { address, family } = order[0];
    socket._unrefTimer();
    connectHandle(socket, address, port, family, undefined, localPort);
    return;
  }
  socket.autoSelectFamilyAttemptedAddresses = [];
  const state = { order, index: 0, errors: [], timer: null, port, localPort, attemptTimeout, host };
  socket[kAttempts] = state;
  attemptNext(socket, state);
}

function attemptNext(socket, state) {
  const { address, family } = state.order[state.index];
  const isLast = state.index === state.order.length - 1;
  state.index++;
  socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${state.port}`);
  // Each attempt has a handle of its own; the previous one (the handle
  // connect() made, or a failed attempt's) is closed.
  if (socket._handle) socket._handle.close();
  const handle = new TCP(TCPConstants.SOCKET);
  handle[kOwner] = socket;
  handle.onread = onHandleRead;
  socket._handle = handle;
  if (socket.blockList?.check(address, `ipv${family}`)) {
    const { codes: { ERR_IP_BLOCKED } } = require('internal/errors');
    attemptFailed(socket, state, handle, address, family, new ERR_IP_BLOCKED(address));
    return;
  }
  if (state.localPort) {
    const local = family === 4 ? '0.0.0.0' : '::';
    const err = family === 4 ? handle.bind(local, state.localPort) :
      handle.bind6(local, state.localPort, 0);
    if (err) {
      attemptFailed(socket, state, handle, address, family,
                    uvExceptionWithHostPort(err, 'bind', local, state.localPort));
      return;
    }
  }
  const req = new TCPConnectWrap();
  req.address = address;
  req.port = state.port;
  req.addressType = family;
  req.oncomplete = (status, h) => {
    if (socket[kAttempts] !== state || socket._handle !== h) return;
    if (state.timer) {
      timers.clearTimeout(state.timer);
      state.timer = null;
    }
    if (status === 0) {
      socket[kAttempts] = null;
      onConnected(status, h, req, true, true);
      return;
    }
    const err = uvExceptionWithHostPort(status, 'connect', address, state.port);
    attemptFailed(socket, state, h, address, family, err);
  };
  socket.emit('connectionAttempt', address, state.port, family);
  if (perfEntries.hasObserver('net')) socket[kConnectStart] = perfEntries.now();
  const err = family === 4 ? handle.connect(req, address, state.port) :
    handle.connect6(req, address, state.port);
  if (err) {
    attemptFailed(socket, state, handle, address, family,
                  uvExceptionWithHostPort(err, 'connect', address, state.port));
    return;
  }
  if (!isLast) {
    const timer = new timers.Timeout(() => {
      if (socket[kAttempts] !== state) return;
      state.timer = null;
      socket.emit('connectionAttemptTimeout', address, state.port, family);
      handle.close();
      state.errors.push(null);
      attemptNext(socket, state);
    }, state.attemptTimeout, undefined, false, false);
    timers.insert(timer, timer._idleTimeout);
    state.timer = timer;
  }
}

function attemptFailed(socket, state, handle, address, family, err) {
  socket.emit('connectionAttemptFailed', address, state.port, family, err);
  state.errors.push(err);
  if (state.index < state.order.length) {
    handle.close();
    attemptNext(socket, state);
    return;
  }
  socket[kAttempts] = null;
  const errors = state.errors.filter(Boolean);
  if (errors.length === 1) {
    socket.destroy(errors[0]);
    return;
  }
  const aggregate = new AggregateError(errors);
  aggregate.code = errors[errors.length - 1].code;
  captureNodeErrorStack(aggregate, attemptFailed);
  socket.destroy(aggregate);
}

Socket.prototype._clearAttempts = function() {
  const state = this[kAttempts];
  if (!state) return;
  this[kAttempts] = null;
  if (state.timer) timers.clearTimeout(state.timer);
};

// --- net.Server ---------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = kEmptyObject;
  } else if (options === undefined || options === null) {
    options = kEmptyObject;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);

  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = delaySeconds(options.keepAliveInitialDelay);
  this.highWaterMark = options.highWaterMark >= 0 ?
    options.highWaterMark : getDefaultHighWaterMark();
  if (options.blockList !== undefined) {
    const { BlockList } = require('internal/blocklist');
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// handle.onconnection of a listening handle: `this` is the handle.
function onIncoming(status, clientHandle) {
  const server = this[kOwner];
  if (status) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    dropConnection(server, clientHandle);
    return;
  }
  if (server.blockList && typeof clientHandle.getpeername === 'function') {
    const peer = {};
    clientHandle.getpeername(peer);
    if (peer.address && server.blockList.check(peer.address, peer.family.toLowerCase())) {
      clientHandle.close();
      return;
    }
  }
  if (server.noDelay && typeof clientHandle.setNoDelay === 'function') {
    clientHandle.setNoDelay(true);
  }
  if (server.keepAlive && typeof clientHandle.setKeepAlive === 'function') {
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  // The handle already has what the server set.
  socket[kWantNoDelay] = server.noDelay;
  socket[kWantKeepAlive] = server.keepAlive;
  socket[kKeepAliveDelay] = server.keepAliveInitialDelay;
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
  if (serverSocketChannel.hasSubscribers) serverSocketChannel.publish({ socket });
}

function dropConnection(server, clientHandle) {
  const info = {};
  if (typeof clientHandle.getsockname === 'function') {
    const local = {};
    const remote = {};
    clientHandle.getsockname(local);
    clientHandle.getpeername(remote);
    Object.assign(info, {
      localAddress: local.address,
      localPort: local.port,
      localFamily: local.family,
      remoteAddress: remote.address,
      remotePort: remote.port,
      remoteFamily: remote.family,
    });
  }
  server.emit('drop', clientHandle instanceof TCP ? info : undefined);
  clientHandle.close();
}

Object.defineProperties(Server.prototype, {
  listening: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this._handle !== null; },
  },
  connections: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      emitDeprecationWarning('Server.connections property is deprecated. ' +
                             'Use Server.getConnections method instead.', 'DEP0020');
      return this._connections;
    },
    set(value) {
      emitDeprecationWarning('Server.connections property is deprecated.', 'DEP0020');
      this._connections = value;
    },
  },
});

// The backlog given positionally: listen(port, backlog) or
// listen(port, host, backlog).
function positionalBacklog(args) {
  return asPort(args.length > 1 && args[1]) || asPort(args.length > 2 && args[2]);
}

Server.prototype.listen = function(...args) {
  const [given, callback] = normalizeArgs(args);
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (callback !== null) this.once('listening', callback);
  const backlogArg = positionalBacklog(args);
  const options = given._handle || given.handle || given;
  const flags = options.ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
  if (listenChannel.asyncStart.hasSubscribers) {
    listenChannel.asyncStart.publish({ server: this, options: given });
  }
  // A later listen() makes an earlier one, still looking up its host,
  // moot.
  this._listeningId++;

  // listen(handle) with a handle object, or a server/socket with one.
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    startListening(this, null, -1, -1, backlogArg);
    return this;
  }
  watchAbortSignal(this, options);
  // listen({ fd }).
  if (typeof options.fd === 'number' && options.fd >= 0) {
    startListening(this, null, null, null, backlogArg, options.fd);
    return this;
  }
  // No port (listen(), listen(cb), listen(null), { port: undefined }):
  // any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogArg;
    const exclusive = options.exclusive || options.reusePort === true;
    const listenFlags = flags | (options.reusePort === true ? TCPConstants.UV_TCP_REUSEPORT : 0);
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, exclusive, listenFlags);
    } else {
      startListening(this, null, options.port | 0, 4, backlog, undefined, exclusive, listenFlags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'can not set readableAll or ' +
                                      'writableAllt to true when path is abstract unix socket');
    }
    const backlog = options.backlog || backlogArg;
    this._pipeName = options.path;
    startListening(this, options.path, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;  // The error comes on the next tick.
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function watchAbortSignal(server, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAbort = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAbort);
    return;
  }
  signal.addEventListener('abort', onAbort, { once: true });
  server.once('close', () => signal.removeEventListener('abort', onAbort));
}

function lookupAndListen(server, port, host, backlog, exclusive, flags) {
  const id = server._listeningId;
  lazyDns().lookup(host, { all: true }, (err, addresses) => {
    if (server._listeningId !== id) return;
    if (err) {
      server.emit('error', err);
      return;
    }
    // A name with several addresses is served on the first of them.
    const { address, family } = addresses[0];
    startListening(server, address, port, family, backlog, undefined, exclusive, flags);
  });
}

// Binds and listens (no cluster: this process owns the port). Errors are
// emitted on the next tick, as Node does.
function startListening(server, address, port, family, backlog, fd, exclusive, flags) {
  const bound = makeListeningHandle(server, address, port, family, fd, flags);
  if (bound.error) {
    failListening(server, uvListenException(bound.error, 'listen', bound.address, port));
    return;
  }
  address = bound.address;
  if (family === 4 && isIPv6(address)) family = 6;
  server._connectionKey = `${family}:${address}:${port}`;
  const handle = server._handle;
  handle.onconnection = onIncoming;
  handle[kOwner] = server;
  let err = handle.listen(typeof backlog === 'number' && backlog > 0 ? backlog : 511);
  // An inherited descriptor that is no socket cannot listen.
  if (err === uv.UV_ENOTSOCK && typeof fd === 'number') err = uv.UV_EINVAL;
  if (err) {
    handle.close();
    server._handle = null;
    failListening(server, uvListenException(err, 'listen', address, port));
    return;
  }
  if (server._unref) server.unref();
  if (listenChannel.asyncEnd.hasSubscribers) listenChannel.asyncEnd.publish({ server });
  process.nextTick(() => {
    // Closed again before this tick: no 'listening'.
    if (server._handle) server.emit('listening');
  });
}

function failListening(server, error) {
  if (listenChannel.error.hasSubscribers) listenChannel.error.publish({ server, error });
  process.nextTick(() => server.emit('error', error));
}

// Errors of binding '::' that mean "no IPv6 here".
const NO_IPV6 = [uv.UV_EAFNOSUPPORT, uv.UV_EADDRNOTAVAIL, uv.UV_EINVAL];

// Creates server._handle bound to the address. Returns { error, address }
// (error: a libuv status; address: what was bound).
function makeListeningHandle(server, address, port, family, fd, flags) {
  if (server._handle) return { error: 0, address };  // Given by the caller.
  let handle;
  let error = 0;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = handleForFd(fd, true);
    } catch {
      return { error: uv.UV_EINVAL, address };  // Not a socket or pipe.
    }
    error = handle.open(fd);
  } else if (port === -1 && family === -1) {
    handle = new Pipe(PipeConstants.SERVER);
    error = handle.bind(address);
  } else if (address) {
    handle = new TCP(TCPConstants.SERVER);
    error = isIPv6(address) ? handle.bind6(address, port, flags) : handle.bind(address, port, flags);
  } else {
    // No host: every IPv6 address (and, dual stack, every IPv4 one), or
    // every IPv4 address when there is no IPv6.
    handle = new TCP(TCPConstants.SERVER);
    address = '::';
    error = handle.bind6(address, port, flags);
    if (NO_IPV6.includes(error)) {
      handle.close();
      handle = new TCP(TCPConstants.SERVER);
      address = '0.0.0.0';
      error = handle.bind(address, port, flags & ~TCPConstants.UV_TCP_IPV6ONLY);
    }
  }
  if (error) {
    handle.close();
    return { error, address };
  }
  server._handle = handle;
  return { error: 0, address };
}

Server.prototype.address = function() {
  const handle = this._handle;
  if (handle && typeof handle.getsockname === 'function') {
    const out = {};
    const err = handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.getConnections = function(callback) {
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, this._connections);
  return this;
};

Server.prototype.close = function(callback) {
  this._listeningId++;  // A listen() still looking up its host stops.
  if (typeof callback === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        callback(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', callback);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._closeWhenDrained();
  return this;
};

// 'close' once the listening handle is gone and no connection is left.
Server.prototype._closeWhenDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype._emitCloseIfDrained = Server.prototype._closeWhenDrained;

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype._setSimultaneousAccepts = function() {
  emitDeprecationWarning(
    'net._setSimultaneousAccepts() is deprecated and will be removed.', 'DEP0121');
};

// --- module functions ---------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) validateNumber(options.timeout, 'options.timeout');
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function _setSimultaneousAccepts() {
  emitDeprecationWarning(
    'net._setSimultaneousAccepts() is deprecated and will be removed.', 'DEP0121');
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  get BlockList() { return require('internal/blocklist').BlockList; },
  get SocketAddress() { return require('internal/socketaddress').SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
