'use strict';

// node:child_process. Every entry point funnels into one of two primitives:
// ChildProcess#spawn (asynchronous, internal/child_process) or the
// spawn_sync binding. This file turns the many argument shapes Node accepts
// into the single options record those primitives take, and builds the
// buffered conveniences (exec, execFile and their Sync forms) on top.
// fork() is spawn() of this runtime with an IPC channel
// (internal/child_process sets the channel up).

const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { AbortError, errnoException } = errors;
const {
  ERR_CHILD_PROCESS_IPC_REQUIRED,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
} = errors.codes;
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  signalName,
  stdioStringToArray,
} = require('internal/child_process');

// exec/execFile/spawnSync keep at most this much of each output by default.
const DEFAULT_MAX_BUFFER = 1024 * 1024;

// --- argument checks ---------------------------------------------------------

// Strings handed to execve() end at the first NUL, so Node refuses them.
function rejectNul(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function checkId(value, name) {
  if (value !== undefined && value !== null && value !== (value | 0)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'int32', value);
  }
}

function checkOptionalBoolean(options, key) {
  if (options[key] != null) validateBoolean(options[key], `options.${key}`);
}

function checkTimeout(timeout) {
  if (timeout == null) return;
  if (!Number.isInteger(timeout) || timeout < 0) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function checkMaxBuffer(maxBuffer) {
  if (maxBuffer == null) return;
  if (typeof maxBuffer !== 'number' || Number.isNaN(maxBuffer) || maxBuffer < 0) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// A kill signal given by name or number, as the number the OS uses.
function signalNumber(killSignal) {
  if (killSignal === undefined || killSignal === null) return undefined;
  if (typeof killSignal !== 'string' && typeof killSignal !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return convertToValidSignal(killSignal);
}

// The (file, args, options) triple every spawn-like function starts with:
// `args` may be left out, with the options object in its place.
function splitArgsAndOptions(args, options) {
  if (Array.isArray(args)) return [args.slice(), options];
  if (args === undefined || args === null) return [[], options];
  if (typeof args !== 'object') throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  return [[], args];
}

// The environment as the "KEY=value" list execve() wants. Inherited
// enumerable keys count too, as in Node; undefined values are left out.
function environmentPairs(env) {
  const pairs = [];
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    rejectNul(key, `options.env['${key}']`);
    rejectNul(value, `options.env['${key}']`);
    pairs.push(`${key}=${value}`);
  }
  return pairs;
}

// Checks everything spawn() and spawnSync() accept and returns the record
// the primitives take: the caller's options plus file, the full argv
// (argv[0] first), cwd, envPairs and the normalised booleans.
function spawnRecord(file, rawArgs, rawOptions) {
  validateString(file, 'file');
  rejectNul(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  const [args, given] = splitArgsAndOptions(rawArgs, rawOptions);
  args.forEach((arg, i) => rejectNul(arg, `args[${i}]`));
  const options = given === undefined ? {} : given;
  validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = String(require('internal/fs/utils').getValidatedPath(cwd, 'options.cwd'));
  }
  checkOptionalBoolean(options, 'detached');
  checkId(options.uid, 'options.uid');
  checkId(options.gid, 'options.gid');
  const { shell, argv0 } = options;
  if (shell != null && typeof shell !== 'boolean' && typeof shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], shell);
  }
  rejectNul(shell, 'options.shell');
  if (argv0 != null) {
    validateString(argv0, 'options.argv0');
    rejectNul(argv0, 'options.argv0');
  }
  checkOptionalBoolean(options, 'windowsHide');
  checkOptionalBoolean(options, 'windowsVerbatimArguments');

  // Arguments may be numbers and the like; the child only sees strings.
  let argv = args.map((arg) => `${arg}`);
  let program = file;
  if (shell) {
    // The whole command line becomes one script for the shell.
    const script = [file, ...argv].join(' ');
    program = typeof shell === 'string' ? shell : '/bin/sh';
    argv = ['-c', script];
  }
  argv.unshift(typeof argv0 === 'string' ? argv0 : program);

  return {
    ...options,
    args: argv,
    cwd,
    detached: Boolean(options.detached),
    envPairs: environmentPairs(options.env || process.env),
    file: program,
    windowsHide: Boolean(options.windowsHide),
    windowsVerbatimArguments: Boolean(options.windowsVerbatimArguments),
  };
}

// options.stdio as the child process layer takes it: 'pipe' when unset.
function stdioOption(stdio) {
  return stdio === undefined || stdio === null ? 'pipe' : stdio;
}

// --- spawn ---------------------------------------------------------------------

// options.signal: aborting kills the child and reports an AbortError.
function killOnAbort(child, signal, killSignal) {
  const onAbort = () => {
    if (child.kill(killSignal)) {
      child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    }
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
    return;
  }
  signal.addEventListener('abort', onAbort, { once: true });
  child.once('exit', () => signal.removeEventListener('abort', onAbort));
}

// options.timeout: the child gets killSignal once it has run that long.
function killAfter(child, ms, killSignal) {
  const timer = setTimeout(() => {
    try {
      child.kill(killSignal);
    } catch (err) {
      child.emit('error', err);
    }
  }, ms);
  child.once('exit', () => clearTimeout(timer));
}

function spawn(file, args, options) {
  const record = spawnRecord(file, args, options);
  checkTimeout(record.timeout);
  validateAbortSignal(record.signal, 'options.signal');
  const killSignal = signalNumber(record.killSignal);
  validateOneOf(record.serialization, 'options.serialization', [undefined, 'json', 'advanced']);

  const child = new ChildProcess();
  child.spawn({ ...record, stdio: stdioOption(record.stdio) });
  if (record.signal !== undefined) killOnAbort(child, record.signal, killSignal);
  if (record.timeout > 0) killAfter(child, record.timeout, killSignal);
  return child;
}

// --- execFile / exec ---------------------------------------------------------------

// execFile(file[, args][, options][, callback]): every optional piece may
// be skipped, so the shape is worked out from the types.
function execFileArguments(file, args, options, callback) {
  let list = [];
  let opts = options;
  let cb = callback;
  if (Array.isArray(args)) {
    list = args.slice();
  } else if (typeof args === 'function') {
    cb = args;
    opts = undefined;
  } else if (args !== null && typeof args === 'object') {
    cb = options;
    opts = args;
  } else if (args !== null && args !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  }
  if (typeof opts === 'function') {
    cb = opts;
    opts = undefined;
  } else if (opts !== null && opts !== undefined) {
    validateObject(opts, 'options');
  }
  if (cb !== null && cb !== undefined) validateFunction(cb, 'callback');
  return { file, args: list, options: opts || {}, callback: cb };
}

// Gathers one output stream of an execFile child, up to maxBuffer bytes.
class OutputSink {
  constructor(stream, name, limit, encoding, onOverflow) {
    this.stream = stream;
    this.chunks = [];
    this.bytes = 0;
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      // Limits count bytes even when the stream decodes to text.
      const decodedAs = stream.readableEncoding;
      const size = decodedAs ? Buffer.byteLength(chunk, decodedAs) : chunk.length;
      this.bytes += size;
      if (this.bytes <= limit) {
        this.chunks.push(chunk);
        return;
      }
      const room = size - (this.bytes - limit);
      this.chunks.push(typeof chunk === 'string' ? chunk.slice(0, room) : chunk.subarray(0, room));
      onOverflow(new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name));
    });
  }

  // Text when anything decoded it (our encoding or the caller's
  // setEncoding on child.stdout), a Buffer otherwise.
  result(asText) {
    const text = asText || (this.stream && this.stream.readableEncoding);
    return text ? this.chunks.join('') : Buffer.concat(this.chunks);
  }

  discard() {
    if (this.stream) this.stream.destroy();
  }
}

function execFile(file, args, options, callback) {
  const call = execFileArguments(file, args, options, callback);
  const settings = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: DEFAULT_MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...call.options,
  };
  checkTimeout(settings.timeout);
  checkMaxBuffer(settings.maxBuffer);
  settings.killSignal = signalNumber(settings.killSignal);
  // Checked as spawn() would, though the child is not given it (as Node).
  rejectNul(settings.argv0, 'options.argv0');

  const child = spawn(call.file, call.args, {
    cwd: settings.cwd,
    env: settings.env,
    gid: settings.gid,
    shell: settings.shell,
    signal: settings.signal,
    uid: settings.uid,
    windowsHide: Boolean(settings.windowsHide),
    windowsVerbatimArguments: Boolean(settings.windowsVerbatimArguments),
  });

  const textEncoding = settings.encoding && Buffer.isEncoding(settings.encoding) ?
    settings.encoding : null;
  const commandText = [call.file, ...call.args].join(' ');
  let failure = null;     // an error that decides the outcome (spawn error, overflow)
  let killedByUs = false;
  let finished = false;
  let deadline = null;

  const stopOutputs = () => {
    out.discard();
    err.discard();
  };
  const terminate = () => {
    stopOutputs();
    killedByUs = true;
    try {
      child.kill(settings.killSignal);
    } catch (e) {
      failure = e;
      finish();
    }
  };
  const overflow = (e) => {
    failure = e;
    terminate();
  };
  const out = new OutputSink(child.stdout, 'stdout', settings.maxBuffer, textEncoding, overflow);
  const err = new OutputSink(child.stderr, 'stderr', settings.maxBuffer, textEncoding, overflow);

  function finish(code, signal) {
    if (finished) return;
    finished = true;
    if (deadline !== null) clearTimeout(deadline);
    if (!call.callback) return;
    const stdout = out.result(textEncoding);
    const stderr = err.result(textEncoding);
    if (failure === null && code === 0 && signal === null) {
      call.callback(null, stdout, stderr);
      return;
    }
    let error = failure;
    if (error === null) {
      error = new Error(`Command failed: ${commandText}\n${stderr}`);
      error.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      error.killed = child.killed || killedByUs;
      error.signal = signal;
    }
    error.cmd = commandText;
    call.callback(error, stdout, stderr);
  }

  if (settings.timeout > 0) {
    deadline = setTimeout(() => {
      deadline = null;
      terminate();
    }, settings.timeout);
  }
  child.addListener('close', finish);
  child.addListener('error', (e) => {
    failure = e;
    stopOutputs();
    finish();
  });
  return child;
}

// exec(command[, options][, callback]) is execFile of the command line
// through a shell (options.shell names another one).
function shellCall(command, options) {
  validateString(command, 'command');
  const settings = { ...options };
  if (typeof settings.shell !== 'string') settings.shell = true;
  return settings;
}

function exec(command, options, callback) {
  if (typeof options === 'function') return execFile(command, shellCall(command), options);
  return execFile(command, shellCall(command, options), callback);
}

// util.promisify(exec / execFile) resolves to { stdout, stderr }, rejects
// with both attached to the error, and exposes the child as .child.
function promiseVersion(original) {
  // Named as the function it promisifies ({ exec(...) {} }.exec is 'exec').
  const { [original.name]: promised } = { [original.name](...args) {
    let settle;
    const promise = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    // Called outside the executor: bad arguments throw synchronously.
    promise.child = original(...args, (error, stdout, stderr) => {
      if (error === null) {
        settle.resolve({ stdout, stderr });
        return;
      }
      error.stdout = stdout;
      error.stderr = stderr;
      settle.reject(error);
    });
    return promise;
  } };
  return promised;
}

for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    value: promiseVersion(fn),
    enumerable: false,
    writable: false,
    configurable: false,
  });
}

// --- the synchronous forms -------------------------------------------------------

function syncInput(input, encoding) {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return Buffer.from(input, encoding || 'utf8');
  if (ArrayBuffer.isView(input)) return input;
  throw new ERR_INVALID_ARG_TYPE('options.stdio[0]',
                                 ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function spawnSync(file, args, options) {
  const record = spawnRecord(file, args, options);
  const { stdio } = getValidStdio(stdioOption(record.stdio), true);
  const input = syncInput(record.input, record.encoding);
  if (input !== undefined && stdio[0] && stdio[0].type === 'pipe') stdio[0].input = input;
  checkTimeout(record.timeout);
  checkMaxBuffer(record.maxBuffer);

  const raw = internalBinding('spawn_sync').spawn({
    ...record,
    stdio,
    killSignal: signalNumber(record.killSignal),
    maxBuffer: record.maxBuffer === undefined ? DEFAULT_MAX_BUFFER : record.maxBuffer,
  });

  const decodeAs = record.encoding && record.encoding !== 'buffer' ? record.encoding : null;
  const decode = (bytes) => {
    if (bytes === null) return null;
    const buf = Buffer.from(bytes);
    return decodeAs ? buf.toString(decodeAs) : buf;
  };

  // Node's key order: error (when there is one), status, signal, output,
  // pid, stdout, stderr. A child that never started (pid 0) has no status
  // and no output at all.
  const result = {};
  if (raw.error !== undefined) {
    const error = errnoException(raw.error, `spawnSync ${record.file}`);
    error.path = record.file;
    error.spawnargs = record.args.slice(1);
    result.error = error;
  }
  const ran = raw.error === undefined || Boolean(raw.pid);
  const output = ran ? raw.output.map(decode) : null;
  result.status = ran ? raw.status : null;
  result.signal = raw.signal == null ? null : signalName(raw.signal);
  result.output = output;
  result.pid = raw.pid || 0;
  result.stdout = ran ? output[1] : undefined;
  result.stderr = ran ? output[2] : undefined;
  if (ran && result.stdout === undefined) result.stdout = null;
  if (ran && result.stderr === undefined) result.stderr = null;
  return result;
}

// The error execSync/execFileSync throw: the spawn error, or a "Command
// failed" error for a non-zero exit; either carries the whole result.
function syncFailure(result, commandText) {
  let error;
  if (result.error) {
    error = result.error;
  } else if (result.status !== 0) {
    const stderr = result.stderr && result.stderr.length > 0 ? `\n${result.stderr.toString()}` : '';
    error = new Error(`Command failed: ${commandText}${stderr}`);
  } else {
    return null;
  }
  return Object.assign(error, result);
}

// Without an explicit stdio the child's stderr, captured, is passed on.
function forwardStderr(result, options) {
  if (options.stdio === undefined && result.stderr && result.stderr.length > 0) {
    process.stderr.write(result.stderr);
  }
}

function execFileSync(file, args, options) {
  const call = execFileArguments(file, args, options);
  const result = spawnSync(call.file, call.args, call.options);
  forwardStderr(result, call.options);
  const error = syncFailure(result, [call.file, ...call.args].join(' '));
  if (error !== null) throw error;
  return result.stdout;
}

function execSync(command, options) {
  const settings = shellCall(command, options);
  const result = spawnSync(command, settings);
  forwardStderr(result, settings);
  const error = syncFailure(result, command);
  if (error !== null) throw error;
  return result.stdout;
}

// --- fork ----------------------------------------------------------------------------

// fork(modulePath[, args][, options]): `execPath execArgv... modulePath
// args...` with an IPC channel (fd 3 unless options.stdio puts it
// elsewhere) and never through a shell.
function fork(modulePath, args, options) {
  const path = require('internal/fs/utils').getValidatedPath(modulePath, 'modulePath');
  let list = args;
  let opts = options;
  if (list === undefined || list === null) {
    list = [];
  } else if (typeof list === 'object' && !Array.isArray(list)) {
    opts = list;
    list = [];
  } else {
    validateArray(list, 'args');
  }
  if (opts !== undefined && opts !== null) validateObject(opts, 'options');
  opts = { ...opts, shell: false };
  opts.execPath = opts.execPath || process.execPath;
  rejectNul(opts.execPath, 'options.execPath');

  let execArgv = opts.execArgv || process.execArgv;
  if (execArgv === process.execArgv) execArgv = withoutEvalFlag(execArgv);
  for (let i = 0; i < execArgv.length; i++) rejectNul(execArgv[i], `options.execArgv[${i}]`);
  const argv = [...execArgv, path, ...list];

  if (typeof opts.stdio === 'string') {
    opts.stdio = stdioStringToArray(opts.stdio, 'ipc');
  } else if (!Array.isArray(opts.stdio)) {
    // silent: the child's stdio comes back as pipes; else it is ours.
    opts.stdio = stdioStringToArray(opts.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!opts.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(opts.execPath, argv, opts);
}

// A child forked from `eddy -e/-p SCRIPT` runs its module, not the script
// again: the flag and its value leave the inherited execArgv.
function withoutEvalFlag(execArgv) {
  const { options: startup } = internalBinding('builtins');
  if (startup.mode !== 'eval' && startup.mode !== 'print') return execArgv;
  const at = execArgv.lastIndexOf(startup.script);
  if (at < 1) return execArgv;
  const copy = execArgv.slice();
  copy.splice(at - 1, 2);
  return copy;
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
