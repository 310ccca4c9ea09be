'use strict';

// process.stdout, process.stderr and process.stdin. Writes to stdout and
// stderr are synchronous, whatever the descriptor is (Node is synchronous for
// files and terminals; eddy also for pipes, so output is never lost on exit).

const { guessHandleType } = internalBinding('util');

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  const term = env.TERM || '';
  if (/256/.test(term)) return 8;
  if (term === '' && env.CI === undefined) return 1;
  return 4;
}

function createWritableStdioStream(fd) {
  const Writable = require('internal/streams/writable');
  const { Buffer } = require('buffer');
  const { writeString, write } = internalBinding('fs');
  const type = guessHandleType(fd);
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      try {
        if (typeof chunk === 'string') {
          if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
            writeString(fd, chunk);
          } else {
            const bytes = Buffer.from(chunk, encoding);
            write(fd, bytes, 0, bytes.length, null);
          }
        } else {
          write(fd, chunk, 0, chunk.byteLength, null);
        }
      } catch (err) {
        callback(err);
        return;
      }
      callback();
    },
    // The descriptor belongs to the process: destroying the stream never
    // closes it, and (as Node) the stream stays usable afterwards; 'close'
    // is still emitted so that finished() and pipeline() see the end.
    destroy(err, callback) {
      callback(err);
      this._undestroy();
      if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
    },
  });
  stream.fd = fd;
  stream.readable = false;  // as Node's SyncWriteStream, tty.WriteStream and socket
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  if (type === 'TTY') {
    stream.isTTY = true;
    stream.columns = Number(process.env.COLUMNS) || 80;
    stream.rows = Number(process.env.LINES) || 24;
    stream.getColorDepth = getColorDepth;
    stream.hasColors = function hasColors(count = 16, env) {
      if (typeof count === 'object' && count !== null) {
        env = count;
        count = 16;
      }
      return count <= 2 ** getColorDepth(env);
    };
    stream.getWindowSize = function getWindowSize() { return [this.columns, this.rows]; };
  }
  return stream;
}

function createStdin() {
  if (guessHandleType(0) === 'PIPE') {
    // A pipe is read through a libuv handle, as Node does: pausing stops
    // reading, and a paused stdin does not keep the process alive.
    const { Pipe, constants } = internalBinding('pipe_wrap');
    const { StreamSocket } = require('internal/stream_socket');
    const handle = new Pipe(constants.SOCKET);
    if (handle.open(0) === 0) {
      const socket = new StreamSocket({ handle, writable: false, allowHalfOpen: false });
      socket.fd = 0;
      // Not reading until someone asks, and then only while flowing.
      const pause = socket.pause;
      socket.pause = function() {
        const result = pause.call(this);
        if (this._handle && this._handle.reading) {
          this._handle.reading = false;
          this._handle.readStop();
        }
        return result;
      };
      return socket;
    }
    handle.close();
  }
  const Readable = require('internal/streams/readable');
  const { Buffer } = require('buffer');
  const { read } = internalBinding('fs');
  const type = guessHandleType(0);
  const stream = new Readable({
    highWaterMark: 65536,
    read(size) {
      const buffer = Buffer.allocUnsafeSlow(Math.max(size, 65536));
      const req = {
        oncomplete: (err, bytesRead) => {
          if (err) {
            // A closed or absent stdin reads as empty, as in Node.
            if (err.code === 'EOF' || err.code === 'EBADF' || err.code === 'EAGAIN') {
              this.push(null);
            } else {
              this.destroy(err);
            }
          } else if (bytesRead === 0) {
            this.push(null);
          } else {
            this.push(buffer.subarray(0, bytesRead));
          }
        },
      };
      read(0, buffer, 0, buffer.length, null, req);
    },
    destroy(err, callback) {
      callback(err);
    },
  });
  stream.fd = 0;
  if (type === 'TTY') {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function setRawMode() {
      throw require('internal/errors').notImplemented('process.stdin.setRawMode');
    };
  }
  return stream;
}

let stdout;
let stderr;
let stdin;

// Until a program touches process.stdout/stderr, the global console writes
// through these: the same synchronous write without loading the stream
// machinery (most of start-up for console.log('hi')). Never cached by the
// console, so once the real stream exists every write goes through it.
const kLightweight = Symbol.for('eddy.lightweightStdio');
const lightweight = [];
function lightweightSink(fd) {
  if (lightweight[fd] !== undefined) return lightweight[fd];
  const { writeString } = internalBinding('fs');
  const sink = {
    [kLightweight]: true,
    fd,
    write(chunk, callback) {
      writeString(fd, chunk);
      if (typeof callback === 'function') callback(null);
      return true;
    },
  };
  if (guessHandleType(fd) === 'TTY') {
    sink.isTTY = true;
    sink.getColorDepth = getColorDepth;
  }
  lightweight[fd] = sink;
  return sink;
}

// The streams the global console writes to (see lightweightSink).
const consoleStreams = {
  get stdout() { return stdout !== undefined ? stdout : lightweightSink(1); },
  get stderr() { return stderr !== undefined ? stderr : lightweightSink(2); },
};

function defineStdio(process) {
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: false,
    get() {
      if (stdout === undefined) stdout = createWritableStdioStream(1);
      return stdout;
    },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true,
    enumerable: false,
    get() {
      if (stderr === undefined) stderr = createWritableStdioStream(2);
      return stderr;
    },
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: false,
    get() {
      if (stdin === undefined) stdin = createStdin();
      return stdin;
    },
  });
  // The pre-streams API, still in Node: stdin, flowing.
  Object.defineProperty(process, 'openStdin', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: function openStdin() {
      process.stdin.resume();
      return process.stdin;
    },
  });
}

module.exports = { defineStdio, getColorDepth, consoleStreams, kLightweight };
