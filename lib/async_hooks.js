'use strict';

// node:async_hooks: AsyncLocalStorage and AsyncResource over the context
// frames of internal/async_context. Stores follow synchronous calls exactly;
// across asynchronous work they follow as far as the schedulers capture and
// restore the current frame (see internal/async_context).
//
// eddy has no async resource tracking: createHook() hooks cannot be enabled,
// executionAsyncId() is always 1 and triggerAsyncId() always 0, and each
// AsyncResource gets its own id from a counter.

const {
  codes,
  notImplemented,
} = require('internal/errors');
const {
  validateFunction,
  validateString,
} = require('internal/validators');
const asyncContext = require('internal/async_context');

const {
  ERR_ASYNC_CALLBACK,
  ERR_ASYNC_TYPE,
  ERR_INVALID_ASYNC_ID,
} = codes;

// --- ids ---------------------------------------------------------------------------

const kTopLevelResource = {};
let lastAsyncId = 1;

function executionAsyncId() { return 1; }
function triggerAsyncId() { return 0; }
function executionAsyncResource() { return kTopLevelResource; }

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries([
    'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
    'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP',
    'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING',
    'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
    'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE',
    'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER',
    'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP',
    'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB',
    'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
    'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
    'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
    'VERIFYREQUEST',
  ].map((name, i) => [name, i])),
});

// --- createHook ----------------------------------------------------------------------

const kInit = Symbol('init');
const kBefore = Symbol('before');
const kAfter = Symbol('after');
const kDestroy = Symbol('destroy');
const kPromiseResolve = Symbol('promiseResolve');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kInit] = init;
    this[kBefore] = before;
    this[kAfter] = after;
    this[kDestroy] = destroy;
    this[kPromiseResolve] = promiseResolve;
  }

  enable() {
    throw notImplemented('async_hooks.createHook().enable');
  }

  disable() {
    throw notImplemented('async_hooks.createHook().disable');
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// --- AsyncResource -----------------------------------------------------------------

const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
const kFrame = Symbol('kFrame');

let asyncResourceWarned = false;
function warnAsyncResource() {
  if (asyncResourceWarned) return;
  asyncResourceWarned = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
                      'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerId = opts;
    if (typeof opts !== 'number') {
      // (requireManualDestroy has no effect: there are no destroy hooks.)
      triggerId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    this[asyncIdSymbol] = ++lastAsyncId;
    this[triggerAsyncIdSymbol] = triggerId;
    Object.defineProperty(this, kFrame, {
      value: asyncContext.getContext(), writable: true, configurable: true,
    });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return asyncContext.runInContext(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[asyncIdSymbol];
  }

  triggerAsyncId() {
    return this[triggerAsyncIdSymbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function bound(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = function bound(...args) {
        return resource.runInAsyncScope(fn, thisArg, ...args);
      };
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() { warnAsyncResource(); return resource; },
        set(value) { warnAsyncResource(); resource = value; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage -----------------------------------------------------------------

// A copy of `frame` in which `storage` maps to `store` (or is absent).
function withStore(frame, storage, store, remove = false) {
  const next = new Map(frame);
  if (remove) next.delete(storage);
  else next.set(storage, store);
  return next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = asyncContext.getContext();
    return function runInAsyncScope(fn, ...args) {
      return asyncContext.runInContext(frame, fn, this, args);
    };
  }

  disable() {
    if (!this.enabled) return;
    this.enabled = false;
    const frame = asyncContext.getContext();
    if (frame !== undefined && frame.has(this)) {
      asyncContext.setContext(withStore(frame, this, undefined, true));
    }
  }

  _enable() {
    this.enabled = true;
  }

  _propagate(resource, triggerResource, type) {
    // Propagation is done by internal/async_context frames, not resources.
  }

  enterWith(store) {
    this._enable();
    asyncContext.setContext(withStore(asyncContext.getContext(), this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    const frame = withStore(asyncContext.getContext(), this, store);
    return asyncContext.runInContext(frame, callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const frame = asyncContext.getContext();
    const next = frame !== undefined && frame.has(this) ?
      withStore(frame, this, undefined, true) : frame;
    return asyncContext.runInContext(next, callback, null, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = asyncContext.getContext();
    return frame === undefined ? undefined : frame.get(this);
  }
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
