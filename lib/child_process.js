'use strict';

// node:child_process: spawn, exec, execFile and their synchronous forms.
// fork() and the 'ipc' channel are not implemented yet (ERR_NOT_IMPLEMENTED).

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  },
  errnoException,
  notImplemented,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  ChildProcess,
  getValidStdio,
  convertToValidSignal,
  signalName,
} = require('internal/child_process');

const MAX_BUFFER = 1024 * 1024;


function validateId(value, name) {
  if (value != null && value !== (value | 0)) throw new ERR_INVALID_ARG_TYPE(name, 'int32', value);
}

// Strings passed to the OS cannot hold NUL bytes.
function validateNullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

// Node's normalizeSpawnArguments: the binding's options object.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNullCheck(args[i], `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = `${require('internal/fs/utils').getValidatedPath(cwd, 'options.cwd')}`;
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  validateId(options.uid, 'options.uid');
  validateId(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  // Non-string arguments (numbers...) are turned into strings, as in Node.
  for (let i = 0; i < args.length; i++) args[i] = `${args[i]}`;

  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  // for-in, as Node: inherited variables count too.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateNullCheck(key, `options.env['${key}']`);
      validateNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function stdioArray(stdio) {
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  if (stdio === undefined || stdio === null) return ['pipe', 'pipe', 'pipe'];
  if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  return stdio;
}

function validateTimeout(timeout) {
  if (timeout != null && (!Number.isInteger(timeout) || timeout < 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.timeout);
  validateAbortSignal(opts.signal, 'options.signal');
  const child = new ChildProcess();
  child.spawn({ ...opts, stdio: stdioArray(opts.stdio) });
  if (opts.signal !== undefined) {
    const signal = opts.signal;
    const onAbort = () => {
      if (child.kill(opts.killSignal)) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  if (opts.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(opts.killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, opts.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });
  const encoding = options.encoding && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;
  if (args.length !== 0) cmd += ` ${args.join(' ')}`;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    // Chunks are strings when the stream decodes (our encoding, or one the
    // caller set on child.stdout / child.stderr).
    const join = (chunks, stream) =>
      (encoding || (stream && stream.readableEncoding) ? chunks.join('') : Buffer.concat(chunks));
    const stdout = join(stdoutChunks, child.stdout);
    const stderr = join(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args.length !== 0) cmd = `${file} ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const collect = (stream, chunks, which) => {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      // Counted in bytes; a decoded chunk is cut by characters, as Node does.
      const streamEncoding = stream.readableEncoding;
      const size = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      const length = which === 'stdout' ? (stdoutLen += size) : (stderrLen += size);
      if (length > options.maxBuffer) {
        const keep = size - (length - options.maxBuffer);
        chunks.push(typeof chunk === 'string' ? chunk.slice(0, keep) : chunk.subarray(0, keep));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  };
  collect(child.stdout, stdoutChunks, 'stdout');
  collect(child.stderr, stderrChunks, 'stderr');
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const stdio = getValidStdio(stdioArray(opts.stdio), true);
  let input = opts.input;
  if (input !== undefined) {
    if (typeof input === 'string') input = Buffer.from(input, opts.encoding || 'utf8');
    else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    if (stdio[0] && stdio[0].type === 'pipe') stdio[0].input = input;
  }
  validateTimeout(opts.timeout);
  if (opts.maxBuffer != null && !(typeof opts.maxBuffer === 'number' && opts.maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', opts.maxBuffer);
  }
  const killSignal = opts.killSignal === undefined ? undefined : convertToValidSignal(opts.killSignal);
  const result = internalBinding('spawn_sync').spawn({
    ...opts,
    stdio,
    killSignal,
    maxBuffer: opts.maxBuffer === undefined ? MAX_BUFFER : opts.maxBuffer,
  });
  const encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  const output = result.output.map((ab) => {
    if (ab === null) return null;
    const buf = Buffer.from(ab);
    return encoding ? buf.toString(encoding) : buf;
  });
  // Node's shape and key order: error (if any), status, signal, output, pid,
  // stdout, stderr; when the child could not be started at all (pid 0),
  // status and the outputs are null.
  const ret = {};
  if (result.error !== undefined) {
    const err = errnoException(result.error, `spawnSync ${opts.file}`);
    err.path = opts.file;
    err.spawnargs = opts.args.slice(1);
    ret.error = err;
  }
  const started = !(result.error !== undefined && !result.pid);
  ret.status = started ? result.status : null;
  ret.signal = result.signal === null || result.signal === undefined ? null : signalName(result.signal);
  ret.output = started ? output : null;
  ret.pid = result.pid || 0;
  ret.stdout = started && output[1] !== undefined ? output[1] : null;
  ret.stderr = started && output[2] !== undefined ? output[2] : null;
  return ret;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function inheritStderr(ret, options) {
  // Without an explicit stdio, the child's stderr goes to ours.
  if (options.stdio === undefined && ret.stderr && ret.stderr.length) {
    process.stderr.write(ret.stderr);
  }
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const ret = spawnSync(file, args, options);
  inheritStderr(ret, options);
  const err = checkExecSyncError(ret, [file, ...args], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const ret = spawnSync(opts.file, opts.options);
  inheritStderr(ret, opts.options);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function fork() {
  throw notImplemented('child_process.fork');
}


// util.promisify(exec) and util.promisify(execFile) resolve to
// { stdout, stderr }, reject with both on the error, and expose the child.
function promisifiedExec(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    value: promisifiedExec(fn), enumerable: false, writable: false, configurable: false,
  });
}

module.exports = {
  ChildProcess,
  _forkChild: fork,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
