'use strict';

// Second stage of start-up: polyfills, the process object, the task queues
// and timers, and the globals. Heavier pieces (console, Buffer, URL, ...)
// are defined as lazy getters so a program pays only for what it touches.

require('internal/bootstrap/polyfills');

const {
  builtinIds,
  options,
} = internalBinding('builtins');
const methods = internalBinding('process_methods');
const EventEmitter = require('events');
const { hasFlag, flagValues, flagEntries } = require('internal/options');

// --- process: an EventEmitter whose prototype is named "process" ------------

const processObject = process;
{
  // Node's process object is an instance of a constructor named "process".
  function process() {}
  const proto = Object.create(EventEmitter.prototype, {
    constructor: {
      value: process,
      writable: true, configurable: true, enumerable: false,
    },
    [Symbol.toStringTag]: {
      value: 'process', writable: false, enumerable: false, configurable: true,
    },
  });
  process.prototype = proto;
  Object.setPrototypeOf(processObject, proto);
  EventEmitter.call(processObject);
}

function defineValue(obj, name, value, enumerable = true) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
}

defineValue(process, 'version', `v${methods.nodeVersion}`);
defineValue(process, 'versions', {
  node: methods.nodeVersion,
  eddy: methods.eddyVersion,
  mozjs: methods.mozjsVersion,
  icu: methods.icuVersion,
  cldr: methods.cldrVersion,
  unicode: methods.unicodeVersion,
  uv: methods.uvVersion,
  zlib: methods.zlibVersion,
  brotli: methods.brotliVersion,
  zstd: methods.zstdVersion,
  modules: '127',
  napi: '10',
});
defineValue(process, 'arch', 'x64');
defineValue(process, 'platform', 'linux');
defineValue(process, 'release', {
  name: 'node',
  lts: 'Jod',
  sourceUrl: `https://nodejs.org/download/release/v${methods.nodeVersion}/node-v${methods.nodeVersion}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/v${methods.nodeVersion}/node-v${methods.nodeVersion}-headers.tar.gz`,
});
// The build facts that hold for eddy (no V8/OpenSSL build variables).
Object.defineProperty(process, 'config', {
  value: Object.freeze({
    target_defaults: Object.freeze({}),
    variables: Object.freeze({
      asan: 0,
      host_arch: 'x64',
      napi_build_version: '10',
      node_builtin_shareable_builtins: Object.freeze([]),
      node_module_version: 127,
      node_shared: false,
      // TypeScript type stripping (amaro, embedded).
      node_use_amaro: true,
      node_use_openssl: false,
      target_arch: 'x64',
      // Intl is there (SpiderMonkey on the system ICU); the name is V8's.
      v8_enable_i18n_support: 1,
    }),
  }),
  writable: false,
  enumerable: true,
  configurable: true,
});
// What this build can do, in node 22's key order; node freezes the value
// into a read-only property.
Object.defineProperty(process, 'features', {
  value: {
    inspector: false, debug: false, uv: true, ipv6: true,
    tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false,
    openssl_is_boringssl: false, cached_builtins: true, require_module: !hasFlag('--no-experimental-require-module'),
    typescript: hasFlag('--no-experimental-strip-types') ? false : 'strip',
  },
  writable: false, enumerable: true, configurable: false,
});
defineValue(process, 'execPath', methods.execPath);
defineValue(process, 'pid', methods.pid);
defineValue(process, 'ppid', methods.ppid);
defineValue(process, 'execArgv', options.execArgv);
defineValue(process, 'argv0', options.argv[0]);
defineValue(process, 'moduleLoadList', require.loadList, false);
defineValue(process, 'getBuiltinModule', require('internal/modules/builtins').getBuiltinModule);
// process.ref/unref(x): the "refable protocol" (Symbol.for('nodejs.ref') and
// 'nodejs.unref' methods), else the older ref()/unref() methods; anything
// else is left alone.
for (const name of ['ref', 'unref']) {
  const protocol = Symbol.for(`nodejs.${name}`);
  defineValue(process, name, {
    [name](maybeRefable) {
      if (maybeRefable === null || maybeRefable === undefined) return;
      const method = typeof maybeRefable[protocol] === 'function' ? maybeRefable[protocol] : maybeRefable[name];
      if (typeof method === 'function') Reflect.apply(method, maybeRefable, []);
    },
  }[name]);
}
defineValue(process, 'emitWarning', require('internal/process/warning').emitWarning);
defineValue(process, '_rawDebug', function _rawDebug(...args) {
  // A plain message needs no formatter (which loads lazily, and must not be
  // needed when user code has broken the builtins it relies on).
  const plain = args.length === 1 && typeof args[0] === 'string' && !args[0].includes('%');
  methods.rawDebug(plain ? args[0] :
    Reflect.apply(require('internal/util/inspect').format, null, args));
}, false);
{
  let allowedFlags;
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    get() {
      if (allowedFlags === undefined) {
        allowedFlags = require('internal/process/per_thread').buildAllowedFlags();
      }
      return allowedFlags;
    },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
        value, configurable: true, enumerable: true, writable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
defineValue(process, 'noDeprecation', hasFlag('--no-deprecation'), false);
defineValue(process, 'throwDeprecation', hasFlag('--throw-deprecation'), false);
defineValue(process, 'traceDeprecation', hasFlag('--trace-deprecation'), false);
defineValue(process, '_exiting', false, false);

require('internal/process/per_thread').setupProcessMethods(process, methods);
{
  // --title=NAME / --title NAME: the process title from the start.
  const titles = flagValues('--title');
  if (titles.length > 0) process.title = titles[titles.length - 1];

}
{
  const argv = options.argv.slice();
  argv[0] = methods.execPath;
  if (options.mode === 'file' && argv.length > 1) argv[1] = require('path').resolve(argv[1]);
  defineValue(process, 'argv', argv);
}
require('internal/process/stdio').defineStdio(process);
// --env-file=path: variables from the file, unless already in the
// environment; a missing file is fatal, unless given as
// --env-file-if-exists.
for (const [flag, file] of flagEntries(['--env-file', '--env-file-if-exists'])) {
  try {
    process.loadEnvFile(file);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    if (flag === '--env-file-if-exists') continue;
    methods.rawDebug(`${process.argv0}: ${file}: not found`);
    process.reallyExit(9);
  }
}
// NODE_COMPILE_CACHE=dir turns the module compile cache on from the start.
if (process.env.NODE_COMPILE_CACHE) require('internal/modules/compile_cache').enableCompileCache();
// As Node: NODE_NO_WARNINGS=1 at start-up keeps warnings from being printed
// (they are still emitted).
if (process.env.NODE_NO_WARNINGS === '1') {
  process.off('warning', require('internal/process/warning').onWarning);
}
require('internal/process/signals').setupSignalHandlers(process);

// --- task queues, timers, fatal errors ----------------------------------------

const { setupTaskQueue, queueMicrotask } = require('internal/process/task_queues');
const { nextTick, runNextTicks } = setupTaskQueue();
defineValue(process, 'nextTick', nextTick);
require('internal/timers').setupTimers(runNextTicks);
const execution = require('internal/process/execution');
execution.setupExecution();
defineValue(process, 'setUncaughtExceptionCaptureCallback',
            execution.setUncaughtExceptionCaptureCallback);
defineValue(process, 'hasUncaughtExceptionCaptureCallback',
            execution.hasUncaughtExceptionCaptureCallback);

Error.stackTraceLimit = options.stackTraceLimit;

// WebAssembly.compile/instantiate finish on engine helper threads; the loop
// must not end while one is pending.
if (typeof WebAssembly === 'object') {
  const { refEngineTask, unrefEngineTask } = internalBinding('task_queue');
  for (const name of ['compile', 'instantiate']) {
    const original = WebAssembly[name];
    const wrapped = {
      [name](...args) {
        refEngineTask();
        let promise;
        try {
          promise = Reflect.apply(original, WebAssembly, args);
        } catch (err) {
          unrefEngineTask();
          throw err;
        }
        return promise.finally(unrefEngineTask);
      },
    }[name];
    Object.defineProperty(wrapped, 'length', { value: original.length });
    Object.defineProperty(WebAssembly, name, {
      value: wrapped, writable: true, configurable: true, enumerable: false,
    });
  }
}

// --- globals ---------------------------------------------------------------------

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
}

function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, {
        value, writable: true, configurable: true, enumerable,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        value, writable: true, configurable: true, enumerable,
      });
    },
  });
}

Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});
defineGlobal('process', process);

// The enumerable globals, in the order Object.keys(globalThis) shows them
// in Node.
{
  const timers = require('timers');
  defineGlobal('global', globalThis, true);
  defineGlobal('clearImmediate', timers.clearImmediate, true);
  defineGlobal('setImmediate', timers.setImmediate, true);
  defineGlobal('clearInterval', timers.clearInterval, true);
  defineGlobal('clearTimeout', timers.clearTimeout, true);
  defineGlobal('setInterval', timers.setInterval, true);
  defineGlobal('setTimeout', timers.setTimeout, true);
  defineGlobal('queueMicrotask', queueMicrotask, true);
  defineLazyGlobal('structuredClone',
                   () => require('internal/structured_clone').structuredClone, true);
  defineLazyGlobal('atob', () => require('buffer').atob, true);
  defineLazyGlobal('btoa', () => require('buffer').btoa, true);
  defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
}

defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('DOMException', () => require('internal/domexception').DOMException);
// The WHATWG streams: node:stream/web loads on first use of any of them.
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStream',
                    'TransformStreamDefaultController', 'WritableStream',
                    'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
                    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
if (options.exposeGc) defineGlobal('gc', methods.gc);
// Web APIs a later issue brings: callable, but they throw ERR_NOT_IMPLEMENTED.
for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'WebSocket']) {
  defineLazyGlobal(name, () => {
    const { notImplemented } = require('internal/errors');
    const missing = function() { throw notImplemented(name); };
    Object.defineProperty(missing, 'name', { value: name });
    return missing;
  }, name === 'fetch');
}
defineLazyGlobal('Navigator', () => require('internal/navigator').Navigator);
// A getter, as in node: a program may not replace navigator by assignment.
Object.defineProperty(globalThis, 'navigator', {
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({
    get navigator() { return require('internal/navigator').navigator; },
  }, 'navigator').get,
  set: undefined,
});

// The builtin ids users may require (everything outside internal/).
module.exports = { publicBuiltins: builtinIds.filter((id) => !id.startsWith('internal/')) };
