'use strict';

// ChildProcess: a child started with internalBinding('process_wrap'), its
// stdio pipes as StreamSocket streams, and Node's event order: 'spawn',
// then 'exit' when the process ends, then 'close' once every stdio stream
// (and the IPC channel, when the child closes it) has closed too. The IPC
// channel of fork() and of an 'ipc' stdio entry lives here as well, for
// both ends: setupChannel() in the parent, setupChildChannel() in a child.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  errnoException,
  notImplemented,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { StreamSocket } = require('internal/stream_socket');

const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const signals = internalBinding('constants').os.signals;
const uv = internalBinding('uv');

let signalNames;
function signalName(signum) {
  if (signalNames === undefined) {
    signalNames = {};
    for (const name of Object.keys(signals)) {
      if (signalNames[signals[name]] === undefined) signalNames[signals[name]] = name;
    }
  }
  return signalNames[signum] || null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const signum = signals[signal.toUpperCase()];
    if (signum) return signum;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// Errors that spawn reports through 'error' instead of throwing.
const kAsyncSpawnErrors = new Set([uv.UV_EACCES, uv.UV_EAGAIN, uv.UV_EMFILE, uv.UV_ENFILE,
                                   uv.UV_ENOENT]);

// 'pipe' -> ['pipe', 'pipe', 'pipe'], plus an IPC entry for fork().
function stdioStringToArray(stdio, channel) {
  const result = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': result.push(stdio, stdio, stdio); break;
    case 'inherit': result.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) result.push(channel);
  return result;
}

// options.stdio -> { stdio: what the binding takes (with the Pipe handles
// JS wraps), ipc: the channel's Pipe, ipcFd: its descriptor in the child }.
function getValidStdio(stdio, sync) {
  let list = stdio;
  if (typeof list === 'string') list = stdioStringToArray(list);
  else if (!Array.isArray(list)) throw new ERR_INVALID_ARG_VALUE('stdio', list);
  // As Node: the caller's array grows to the three standard descriptors.
  while (list.length < 3) list.push(undefined);

  const result = [];
  let ipc;
  let ipcFd;
  const fail = (err) => {
    for (const entry of result) if (entry.handle && !sync) entry.handle.close();
    if (ipc !== undefined) ipc.close();
    throw err;
  };
  for (let i = 0; i < list.length; i++) {
    let s = list[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') {
      result.push(sync ? { type: 'pipe', readable: i === 0, writable: i !== 0 } :
        { type: 'pipe', readable: i === 0, writable: i !== 0,
          handle: new Pipe(PipeConstants.SOCKET) });
    } else if (s === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        fail(sync ? new ERR_IPC_SYNC_FORK() : new ERR_IPC_ONE_PIPE());
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      result.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number') {
      result.push({ type: 'fd', fd: s });
    } else if (typeof s === 'object' && typeof s.fd === 'number') {
      result.push({ type: 'fd', fd: s.fd });
    } else if (typeof s === 'object' && s._handle && !sync) {
      result.push({ type: 'wrap', handle: s._handle });
    } else if (typeof s === 'string' || ArrayBuffer.isView(s)) {
      // spawnSync takes such an entry as the input of that descriptor.
      if (!sync) fail(new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s)));
      result.push({ type: 'pipe', readable: true, writable: false, input: s });
    } else {
      fail(new ERR_INVALID_ARG_VALUE('stdio', s));
    }
  }
  return { stdio: result, ipc, ipcFd };
}

function flushStdio(subprocess) {
  for (const stream of subprocess.stdio) {
    if (stream && stream.readable && !stream.readableFlowing && !stream._readableState.reading) {
      // Nobody reads it: let it drain so 'close' can come.
      stream.resume();
    }
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
    this._handle.onexit = (exitCode, signalCode) => {
      if (signalCode) this.signalCode = signalName(signalCode);
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = errnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      // The child finds its end of the channel through its environment.
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`,
                            `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    const { file, args } = options;
    validateString(file, 'options.file');
    if (args !== undefined) validateArray(args, 'options.args');
    this.spawnfile = file;
    this.spawnargs = args === undefined ? [] : args;
    // An empty cwd is none here: the child starts where the parent is (as
    // Node; spawnSync fails with ENOENT instead).
    const cwd = options.cwd === '' ? undefined : options.cwd;
    const err = this._handle.spawn({ ...options, cwd, stdio });
    if (err && kAsyncSpawnErrors.has(err)) {
      process.nextTick(() => this._handle.onexit(err, 0));
    } else if (err) {
      this._handle.close();
      this._handle = null;
      for (const s of stdio) if (s.handle) s.handle.close();
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }
    this.pid = err ? undefined : this._handle.pid;
    for (let i = 0; i < stdio.length; i++) {
      const s = stdio[i];
      if (s.type !== 'pipe' || s.ipc) {
        this.stdio.push(null);
        continue;
      }
      // A child that could not start still has its stdio streams (as in
      // Node), with nothing behind them; they do not hold 'close' back.
      let handle = s.handle;
      if (err) {
        handle.close();
        handle = null;
      }
      // stdin is written, stdout and stderr are read; the extra pipes go
      // both ways and end with the child's side.
      const socket = i > 2 ?
        new StreamSocket({ handle, allowHalfOpen: false }) :
        new StreamSocket({ handle, readable: i !== 0, writable: i === 0 });
      if (i > 0 && !err) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      this.stdio.push(socket);
    }
    this.stdin = this.stdio[0] || null;
    this.stdout = this.stdio[1] || null;
    this.stderr = this.stdio[2] || null;
    // As Node, the channel is there even when the child could not start:
    // it then ends at once ('disconnect').
    if (ipc !== undefined) {
      this._closesNeeded++;
      setupChannel(this, ipc, serialization);
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== uv.UV_ESRCH) {
        if (err === uv.UV_EINVAL || err === uv.UV_ENOSYS) throw errnoException(err, 'kill');
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

// --- the IPC channel -----------------------------------------------------------
//
// A libuv pipe opened in IPC mode (a Unix socket): the parent creates it as
// an 'ipc' stdio entry, the child opens the descriptor named by
// NODE_CHANNEL_FD. Both ends get send(), disconnect(), connected, channel
// and the 'message', 'internalMessage' and 'disconnect' events. Messages are
// framed by the serialization the parent chose (NODE_CHANNEL_SERIALIZATION_MODE).

const kChannelHandle = Symbol('kChannelHandle');
// send() reports back-pressure (returns false) once this much is queued.
const kMaxQueuedBytes = 65536;

// What user code sees as subprocess.channel / process.channel. The child's
// channel is referenced while the process has 'message' or 'disconnect'
// listeners (refCounted/unrefCounted), unless ref()/unref() decided.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) this.#channel.unref();
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    const fd = this.#channel.fd;
    return fd >= 0 ? fd : undefined;
  }
}

// {cmd: 'NODE_...'} messages belong to the runtime ('internalMessage').
function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.length > 5 &&
    message.cmd.startsWith('NODE_');
}

function defineChannelAlias(target) {
  const { deprecate } = require('internal/util');
  const message = '_channel is deprecated. Use ChildProcess.channel instead.';
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: deprecate(function() { return this.channel; }, message, 'DEP0129'),
    set: deprecate(function(value) { this.channel = value; }, message, 'DEP0129'),
  });
}

function setupChannel(target, channel, serializationMode) {
  const serialization = require('internal/child_process/serialization')[serializationMode];
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  defineChannelAlias(target);
  target._handleQueue = null;
  target._pendingMessage = null;
  serialization.initMessageChannel(channel);

  // The channel's end: `remote` when the other side closed it (EOF), which
  // also counts towards the child's 'close'.
  function shutDown(remote) {
    if (target[kChannelHandle] === null) return;
    target[kChannelHandle] = null;
    target.channel = null;
    target.connected = false;
    channel.onread = () => {};
    channel.reading = false;
    channel.close();
    process.nextTick(() => {
      target.emit('disconnect');
      if (remote && target instanceof ChildProcess) maybeClose(target);
    });
  }

  channel.onread = (nread, arrayBuffer) => {
    if (nread < 0) {
      // EOF or a read error: the other side is gone.
      shutDown(true);
      return;
    }
    const chunk = Buffer.from(arrayBuffer, 0, nread);
    for (const message of serialization.parseChannelMessages(channel, chunk)) {
      // One tick per message: a listener that throws does not keep the
      // messages after it from being delivered.
      const event = isInternal(message) ? 'internalMessage' : 'message';
      process.nextTick(() => target.emit(event, message, undefined));
    }
  };

  // send(message[, sendHandle[, options]][, callback]). As Node's, these
  // methods are anonymous.
  target.send = function(message, handle, options, callback) {
    let sendHandle = handle;
    let opts = options;
    let done = callback;
    if (typeof sendHandle === 'function') {
      [done, sendHandle, opts] = [sendHandle, undefined, undefined];
    } else if (typeof opts === 'function') {
      [done, opts] = [opts, undefined];
    } else if (opts !== undefined) {
      validateObject(opts, 'options');
    }
    if (this.connected) {
      return this._send(message, sendHandle, { swallowErrors: false, ...opts }, done);
    }
    const err = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof done === 'function') process.nextTick(done, err);
    else process.nextTick(() => this.emit('error', err));
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    // As Node, a falsy handle is no handle.
    if (handle) {
      // Sockets and servers are what can be passed: eddy's are only the
      // stream sockets of child processes so far, and passing them needs
      // node:net on the other side, which eddy lacks.
      if (handle instanceof StreamSocket || handle instanceof Pipe) {
        throw notImplemented('sending a handle over the IPC channel');
      }
      throw new ERR_INVALID_HANDLE_TYPE();
    }
    const req = { oncomplete: null, async: false };
    const err = serialization.writeChannelMessage(channel, req, message);
    if (err === 0) {
      if (req.async) {
        // Keeps the channel referenced until the bytes are out.
        control.refCounted();
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else if (!options.swallowErrors) process.nextTick(() => this.emit('error', ex));
    }
    return channel.getWriteQueueSize() < kMaxQueuedBytes;
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this._disconnect();
  };

  target._disconnect = function() {
    shutDown(false);
  };

  target.connected = true;
  channel.reading = true;
  const err = channel.readStart();
  if (err) shutDown(true);
  return control;
}

// Called at start-up when NODE_CHANNEL_FD names the channel a parent gave:
// process.send() and friends. The channel does not keep the process alive
// unless it has 'message' or 'disconnect' listeners.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0) || (mode !== 'json' && mode !== 'advanced')) return;
  const pipe = new Pipe(PipeConstants.IPC);
  if (pipe.open(fd) !== 0) {
    pipe.close();
    return;
  }
  const control = setupChannel(process, pipe, mode);
  pipe.unref();
  const counted = (name) => name === 'message' || name === 'disconnect';
  process.on('newListener', (name) => {
    if (counted(name) && process.channel === control) control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (counted(name) && process.channel === control) control.unrefCounted();
  });
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  kChannelHandle,
  setupChannel,
  setupChildChannel,
  signalName,
  stdioStringToArray,
};
