'use strict';

// The methods of `process` backed by internalBinding('process_methods'),
// validated as Node validates them.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
    ERR_UNKNOWN_CREDENTIAL,
    ERR_INVALID_OBJECT_DEFINE_PROPERTY,
  },
  errnoException,
  notImplemented,
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateNumber, validateObject, validateString, validateUint32, parseFileMode,
} = require('internal/validators');

// Node's ErrnoException for the credential calls: "EPERM, Operation not
// permitted", with the positive errno, the code and the syscall.
function credentialError(errno, syscall) {
  const { errname, strerror } = internalBinding('uv');
  const code = errname(-errno);
  // libuv words the message in lower case; the C library capitalises it.
  const text = strerror(-errno);
  const err = new Error(`${code}, ${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (Error.captureStackTrace) Error.captureStackTrace(err, credentialError);
  return err;
}

// (uid_t)-1 and (gid_t)-1 name no user or group.
const kIdNotFound = 2 ** 32 - 1;

function define(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
}

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  if (typeof code !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  }
  if (!Number.isInteger(code)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
}

function isStringWithoutNul(value) {
  return typeof value === 'string' && !value.includes('\u0000');
}

// A failed process.execve is fatal in Node: the reason and the JavaScript
// stack go to stderr, then the process aborts.
function execveFailed(errno, methods) {
  const { errname } = internalBinding('uv');
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 10;
  Error.captureStackTrace(holder, execveFailed);
  Error.stackTraceLimit = limit;
  const frames = `${holder.stack}`.split('\n').filter((line) => line.startsWith('    at '));
  let text = `\nprocess.execve failed with error code ${errname(errno)}\n\n` +
    '----- JavaScript stack trace -----\n\n';
  for (let i = 0; i < frames.length; i++) text += `${i + 1}: ${frames[i].slice(7)}\n`;
  methods.rawDebug(text);
  methods.abort();
}

function setupProcessMethods(process, methods) {
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      validateExitCode(code);
      exitCode = code;
    },
  });

  define(process, 'exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode | 0);
    }
    // Through the property, as Node does: tools may hook process.reallyExit.
    process.reallyExit(process.exitCode | 0);
  });
  define(process, 'reallyExit', function reallyExit(code) {
    methods.reallyExit(code | 0);
  });
  define(process, 'abort', methods.abort);
  define(process, 'execve', function execve(execPath, args = [], env = process.env) {
    require('internal/util').emitExperimentalWarning('process.execve');
    validateString(execPath, 'execPath');
    validateArray(args, 'args');
    for (let i = 0; i < args.length; i++) {
      if (!isStringWithoutNul(args[i])) {
        throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
      }
    }
    validateObject(env, 'env');
    // "KEY=value" for each own enumerable string key, each value read once.
    const envPairs = [];
    const keys = Object.keys(env);
    for (let i = 0; i < keys.length; i++) {
      const value = env[keys[i]];
      if (!isStringWithoutNul(keys[i]) || !isStringWithoutNul(value)) {
        throw new ERR_INVALID_ARG_VALUE(
          'env', env, 'must be an object with string keys and values without null bytes');
      }
      envPairs.push(`${keys[i]}=${value}`);
    }
    if (typeof methods.execve !== 'function') throw notImplemented('process.execve');
    // Returns only if execve(2) failed: the process cannot go on as it was
    // told to, so it ends at once (no 'exit' event), as in Node.
    const errno = methods.execve(execPath, args.slice(), envPairs);
    execveFailed(errno, methods);
  });

  function hrtime(time) {
    const now = methods.hrtime();
    const sec = now[0];
    const nsec = now[1];
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      let s = sec - time[0];
      let ns = nsec - time[1];
      if (ns < 0) {
        s -= 1;
        ns += 1e9;
      }
      return [s, ns];
    }
    return [sec, nsec];
  }
  hrtime.bigint = methods.hrtimeBigInt;
  define(process, 'hrtime', hrtime);

  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = methods.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = methods.rss;
  define(process, 'memoryUsage', memoryUsage);

  // process.cpuUsage and process.threadCpuUsage: since the start, or since
  // `prevValue`.
  function usageSince(threadOnly, prevValue) {
    const [user, system] = methods.cpuUsage(threadOnly);
    if (prevValue) {
      validateObject(prevValue, 'prevValue');
      // Each field in turn: a number in [0, MAX_SAFE_INTEGER], as in Node.
      for (const key of ['user', 'system']) {
        const v = prevValue[key];
        if (!(typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER && v >= 0)) {
          validateNumber(v, `prevValue.${key}`);
          throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
        }
      }
      return { user: user - prevValue.user, system: system - prevValue.system };
    }
    return { user, system };
  }
  define(process, 'cpuUsage', function cpuUsage(prevValue) {
    return usageSince(false, prevValue);
  });
  define(process, 'threadCpuUsage', function threadCpuUsage(prevValue) {
    return usageSince(true, prevValue);
  });

  define(process, 'resourceUsage', function resourceUsage() {
    const f = methods.resourceUsage();
    return {
      userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
      unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
      majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
      ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
      voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
    };
  });

  define(process, 'uptime', methods.uptime);
  define(process, 'cwd', methods.cwd);
  define(process, 'chdir', function chdir(directory) {
    validateString(directory, 'directory');
    methods.chdir(directory);
  });
  define(process, 'umask', function umask(mask) {
    if (mask === undefined) return methods.umask(undefined);
    return methods.umask(parseFileMode(mask, 'mask'));
  });

  define(process, 'kill', function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signum;
    if (sig === (sig | 0)) {
      signum = sig;
    } else {
      const signals = internalBinding('constants').os.signals;
      const name = sig === undefined ? 'SIGTERM' : sig;
      signum = signals[name];
      if (signum === undefined) throw new ERR_UNKNOWN_SIGNAL(name);
    }
    const err = process._kill(pid, signum);
    if (err) throw errnoException(err, 'kill');
    return true;
  });
  define(process, '_kill', function _kill(pid, signum) {
    return methods.kill(pid, signum);
  });

  define(process, 'getuid', function getuid() { return methods.getIds()[0]; });
  define(process, 'geteuid', function geteuid() { return methods.getIds()[1]; });
  define(process, 'getgid', function getgid() { return methods.getIds()[2]; });
  define(process, 'getegid', function getegid() { return methods.getIds()[3]; });
  define(process, 'getgroups', () => Array.from(methods.getGroups()));
  function validateId(id, name) {
    if (typeof id === 'number') {
      validateUint32(id, name);
    } else if (typeof id !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
    }
  }
  const idSetters = [['setuid', 0, 'User'], ['seteuid', 1, 'User'],
                     ['setgid', 2, 'Group'], ['setegid', 3, 'Group']];
  for (const [name, kind, what] of idSetters) {
    define(process, name, function(id) {
      validateId(id, 'id');
      if (id === kIdNotFound) throw new ERR_UNKNOWN_CREDENTIAL(`${what} identifier`, id);
      const result = methods.setId(kind, id);
      if (result === -1) throw new ERR_UNKNOWN_CREDENTIAL(`${what} identifier`, id);
      if (result !== 0) throw credentialError(result, name);
    });
  }
  define(process, 'setgroups', function setgroups(groups) {
    validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const result = methods.setGroups(groups);
    if (result < -1) throw new ERR_UNKNOWN_CREDENTIAL('Group identifier', groups[-result - 2]);
    if (result !== 0) throw credentialError(result, 'setgroups');
  });
  define(process, 'initgroups', function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const result = methods.initGroups(user, extraGroup);
    if (result === -1) throw new ERR_UNKNOWN_CREDENTIAL('User identifier', user);
    if (result === -2) throw new ERR_UNKNOWN_CREDENTIAL('Group identifier', extraGroup);
    if (result !== 0) throw credentialError(result, 'initgroups');
  });
  let assertWarned = false;
  define(process, 'assert', function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
                          'DeprecationWarning', 'DEP0100');
    }
    if (!value) {
      const err = new Error(message || 'assertion error');
      err.code = 'ERR_ASSERTION';
      throw err;
    }
  });
  define(process, 'constrainedMemory', methods.constrainedMemory);
  define(process, 'availableMemory', methods.availableMemory);

  Object.defineProperty(process, 'title', {
    enumerable: true,
    configurable: true,
    get() { return methods.getTitle(); },
    set(title) { methods.setTitle(String(title)); },
  });

  define(process, 'env', createEnv(methods));
  define(process, 'loadEnvFile', function loadEnvFile(path = undefined) {
    if (path !== undefined) {
      path = require('internal/fs/utils').toPathIfFileURL(path);
      validateString(path, 'path');
    }
    const content = require('fs').readFileSync(path === undefined ? '.env' : path, 'utf8');
    const parsed = require('util').parseEnv(content);
    for (const key of Object.keys(parsed)) {
      if (process.env[key] === undefined) process.env[key] = parsed[key];
    }
  });
  define(process, 'debugPort', 9229);
  define(process, 'binding', binding);
  define(process, 'dlopen', function dlopen(module, filename, flags) {
    if (arguments.length < 2) {
      const err = new TypeError('process.dlopen needs at least 2 arguments');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    // No addon runs in eddy; a file that is no shared library at all gets
    // the loader's message, as in Node ("file too short", "No such file").
    filename = `${filename}`;
    const reason = methods.dlopenCheck(filename);
    const err = new Error(reason !== null && !reason.includes('undefined symbol') ? reason :
      `Cannot load native addon ${filename}: eddy does not support .node addons (N-API) yet`);
    err.code = 'ERR_DLOPEN_FAILED';
    throw err;
  });
  // Requests and handles as Node names them; a handle's owner (a stream
  // socket) stands for it in _getActiveHandles.
  const kOwner = Symbol.for('eddy.handleOwner');
  define(process, '_getActiveRequests', function _getActiveRequests() {
    return methods.getActiveRequests();
  });
  define(process, '_getActiveHandles', function _getActiveHandles() {
    return methods.getActiveHandles().map((h) => h[kOwner] || h);
  });
  define(process, 'getActiveResourcesInfo', function getActiveResourcesInfo() {
    const requests = methods.getActiveRequests().map(resourceNameOfRequest);
    const handles = methods.getActiveHandles().map(resourceNameOfHandle);
    return requests.concat(handles, require('internal/timers').getActiveTimersInfo());
  });
  define(process, 'setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    validateBoolean(val, 'val');
    // Stack traces are never source-mapped in eddy: turning that off is
    // what already happens, turning it on is not supported.
    if (val) throw notImplemented('process.setSourceMapsEnabled(true)');
  });
  Object.defineProperty(process, 'sourceMapsEnabled', {
    enumerable: true,
    configurable: true,
    get() { return false; },
  });
}

// Resources as Node names them in process.getActiveResourcesInfo(): a TCP
// handle is a server's or a connection's, and both kinds of connect
// request are a ConnectWrap.
function resourceNameOfHandle(handle) {
  const name = handle.constructor.name;
  if (name === 'TCP') {
    return typeof handle.onconnection === 'function' ? 'TCPServerWrap' : 'TCPSocketWrap';
  }
  return `${name}Wrap`;
}

function resourceNameOfRequest(req) {
  const name = req.constructor.name;
  return name === 'TCPConnectWrap' || name === 'PipeConnectWrap' ? 'ConnectWrap' : name;
}

// process.binding(): the deprecated access to a few internal bindings that
// Node still allows. Those whose shape eddy shares with Node are given; the
// others are not implemented.
const bindingAllowList = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto', 'fs',
  'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os',
  'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap',
  'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);
const legacyUtilKeys = [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView',
  'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
  'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array',
];
let bindingWarned = false;
function binding(name) {
  name = `${name}`;
  if (!bindingWarned && (require('internal/options').hasFlag('--pending-deprecation') ||
                         process.env.NODE_PENDING_DEPRECATION === '1')) {
    bindingWarned = true;
    process.emitWarning('process.binding() is deprecated. Please use public APIs instead.',
                        'DeprecationWarning', 'DEP0111');
  }
  if (!bindingAllowList.has(name)) throw new Error(`No such module: ${name}`);
  if (name === 'util') {
    // A new object each time, as in Node.
    const types = require('internal/util/types');
    const legacyUtil = {};
    for (let i = 0; i < legacyUtilKeys.length; i++) {
      legacyUtil[legacyUtilKeys[i]] = types[legacyUtilKeys[i]];
    }
    return legacyUtil;
  }
  if (name === 'constants') return internalBinding('constants');
  // Bindings whose shape is Node's own.
  if (name === 'tcp_wrap' || name === 'pipe_wrap') return internalBinding(name);
  throw notImplemented(`process.binding('${name}')`);
}

// process.env: a plain object mirroring the environment, behind a Proxy
// that writes through to setenv/unsetenv and coerces values to strings.
function isSettableName(key) {
  return key !== '' && !key.includes('=');
}

function createEnv(methods) {
  let envWarned = false;
  const target = {};
  for (const key of methods.envKeys()) {
    const value = methods.getEnv(key);
    if (value !== undefined) target[key] = value;
  }
  return new Proxy(target, {
    set(obj, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (value !== null && typeof value !== 'string' && typeof value !== 'number' &&
          typeof value !== 'boolean' && !envWarned) {
        envWarned = true;
        process.emitWarning(
          'Assigning any value other than a string, number, or boolean to a ' +
          'process.env property is deprecated. Please make sure to convert the ' +
          'value to a string before setting process.env with it.',
          'DeprecationWarning', 'DEP0104');
      }
      const str = `${value}`;
      // setenv() takes no empty name and no '=' in it: nothing is set.
      if (!isSettableName(key)) return true;
      methods.setEnv(key, str);
      obj[key] = str;
      return true;
    },
    defineProperty(obj, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      const str = `${desc.value}`;
      if (!isSettableName(key)) return true;
      methods.setEnv(key, str);
      obj[key] = str;
      return true;
    },
    deleteProperty(obj, key) {
      if (typeof key === 'string') methods.unsetEnv(key);
      delete obj[key];
      return true;
    },
  });
}

// process.allowedNodeEnvironmentFlags: the options Node documents as allowed
// in NODE_OPTIONS (cli.md), as a read-only Set whose has() accepts a flag
// with or without leading dashes, with '_' for '-', and with a '=value'.
const documentedEnvFlags = [
  '--abort-on-uncaught-exception', '--conditions', '--debug-port', '--diagnostic-dir',
  '--disable-proto', '--disallow-code-generation-from-strings', '--dns-result-order',
  '--enable-etw-stack-walking', '--enable-fips', '--enable-network-family-autoselection',
  '--enable-source-maps', '--experimental-abortcontroller', '--experimental-default-type',
  '--experimental-global-customevent', '--experimental-global-webcrypto',
  '--experimental-import-meta-resolve', '--experimental-json-modules', '--experimental-loader',
  '--experimental-modules', '--experimental-network-imports', '--experimental-policy',
  '--experimental-shadow-realm', '--experimental-specifier-resolution',
  '--experimental-top-level-await', '--experimental-vm-modules',
  '--experimental-wasi-unstable-preview1', '--experimental-wasm-modules',
  '--force-context-aware', '--force-fips', '--force-node-api-uncaught-exceptions-policy',
  '--frozen-intrinsics', '--heapsnapshot-near-heap-limit', '--heapsnapshot-signal',
  '--http-parser', '--huge-max-old-generation-size', '--icu-data-dir', '--import',
  '--input-type', '--insecure-http-parser', '--inspect', '--inspect-brk', '--inspect-port',
  '--inspect-publish-uid', '--interpreted-frames-native-stack', '--jitless',
  '--max-http-header-size', '--max-old-space-size', '--max-semi-space-size', '--napi-modules',
  '--no-addons', '--no-deprecation', '--no-experimental-fetch', '--no-experimental-repl-await',
  '--no-extra-info-on-fatal-exception', '--no-force-async-hooks-checks',
  '--no-global-search-paths', '--no-warnings', '--node-memory-debug', '--openssl-config',
  '--openssl-legacy-provider', '--openssl-shared-config', '--pending-deprecation',
  '--perf-basic-prof', '--perf-basic-prof-only-functions', '--perf-prof',
  '--perf-prof-unwinding-info', '--policy-integrity', '--preserve-symlinks',
  '--preserve-symlinks-main', '--prof-process', '--redirect-warnings', '--report-compact',
  '--report-dir', '--report-directory', '--report-filename', '--report-on-fatalerror',
  '--report-on-signal', '--report-signal', '--report-uncaught-exception', '--require',
  '--secure-heap', '--secure-heap-min', '--snapshot-blob', '--stack-trace-limit', '--test-only',
  '--test-reporter', '--test-reporter-destination', '--test-shard', '--throw-deprecation',
  '--title', '--tls-cipher-list', '--tls-keylog', '--tls-max-v1.2', '--tls-max-v1.3',
  '--tls-min-v1.0', '--tls-min-v1.1', '--tls-min-v1.2', '--tls-min-v1.3', '--trace-atomics-wait',
  '--trace-deprecation', '--trace-event-categories', '--trace-event-file-pattern',
  '--trace-events-enabled', '--trace-exit', '--trace-sigint', '--trace-sync-io', '--trace-tls',
  '--trace-uncaught', '--trace-warnings', '--track-heap-objects', '--unhandled-rejections',
  '--use-bundled-ca', '--use-largepages', '--use-openssl-ca', '--v8-pool-size', '--watch',
  '--watch-path', '--watch-preserve-output', '--zero-fill-buffers', '-C', '-r',
];

function buildAllowedFlags() {
  const list = documentedEnvFlags.slice();
  const bare = list.map((flag) => flag.replace(/^--?/, ''));
  // The flags are kept apart from the Set's own storage, so that
  // Set.prototype.add/delete/clear called on it change nothing it shows.
  let asSet;
  const listSet = () => (asSet === undefined ? (asSet = new Set(list)) : asSet);
  class NodeEnvironmentFlagsSet extends Set {
    add() { return this; }
    delete() { return false; }
    clear() {}
    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--?/.test(key)) return list.includes(key.replace(/=.*$/, ''));
      return bare.includes(key);
    }
    get size() { return list.length; }
    forEach(callback, thisArg = undefined) {
      for (let i = 0; i < list.length; i++) {
        Reflect.apply(callback, thisArg, [list[i], list[i], this]);
      }
    }
    entries() { return listSet().entries(); }
    keys() { return listSet().keys(); }
    values() { return listSet().values(); }
    [Symbol.iterator]() { return listSet().values(); }
  }
  const set = new NodeEnvironmentFlagsSet();
  Object.freeze(NodeEnvironmentFlagsSet.prototype.constructor);
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(set);
}

module.exports = { setupProcessMethods, buildAllowedFlags };
