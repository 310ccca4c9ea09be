'use strict';

// ChildProcess: a child started with internalBinding('process_wrap'), its
// stdio pipes as StreamSocket streams, and Node's event order: 'spawn',
// then 'exit' when the process ends, then 'close' once every stdio stream
// has closed too.

const EventEmitter = require('events');
const { errnoException, codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL } } =
  require('internal/errors');
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

// options.stdio (already an array) -> what the binding takes, plus the
// Pipe handles JS must wrap.
function getValidStdio(stdio, sync) {
  const result = [];
  const count = Math.max(stdio.length, 3);
  for (let i = 0; i < count; i++) {
    let s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') {
      result.push(sync ? { type: 'pipe', readable: i === 0, writable: i !== 0 } :
        { type: 'pipe', readable: i === 0, writable: i !== 0,
          handle: new Pipe(PipeConstants.SOCKET) });
    } else if (s === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (s === 'inherit') {
      result.push({ type: 'fd', fd: i });
    } else if (s === 'ipc') {
      throw require('internal/errors').notImplemented('child_process stdio \'ipc\'');
    } else if (typeof s === 'number') {
      result.push({ type: 'fd', fd: s });
    } else if (typeof s === 'object' && typeof s.fd === 'number') {
      result.push({ type: 'fd', fd: s.fd });
    } else if (typeof s === 'object' && s._handle && !sync) {
      result.push({ type: 'wrap', handle: s._handle });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return result;
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
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
    this._handle = new Process();
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
    const stdio = getValidStdio(options.stdio || [], false);
    this.spawnfile = options.file;
    this.spawnargs = options.args || [];
    const err = this._handle.spawn({ ...options, stdio });
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
      if (s.type !== 'pipe') {
        this.stdio.push(null);
        continue;
      }
      if (err) {
        s.handle.close();
        this.stdio.push(null);
        continue;
      }
      const socket = new StreamSocket({ handle: s.handle, readable: i !== 0, writable: i === 0 });
      if (i > 0) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      this.stdio.push(socket);
    }
    this.stdin = this.stdio[0] || null;
    this.stdout = this.stdio[1] || null;
    this.stderr = this.stdio[2] || null;
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

  disconnect() {
    throw require('internal/errors').notImplemented('subprocess.disconnect (IPC)');
  }

  send() {
    throw require('internal/errors').notImplemented('subprocess.send (IPC)');
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

module.exports = { ChildProcess, getValidStdio, convertToValidSignal, signalName };
