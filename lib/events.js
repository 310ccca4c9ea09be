'use strict';

// node:events. EventEmitter keeps listeners in `this._events`, a
// null-prototype object mapping an event name to either a single listener
// function or an array of them (only when there are several), so that the
// common case of one listener costs no array.
//
// This module must not require internal/event_target or
// internal/abort_controller at load time (they require this one); it reaches
// them lazily.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
  notImplemented,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kDispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) {
    try {
      inspectFn = require('internal/util/inspect').inspect;
    } catch {
      inspectFn = null;
    }
  }
  if (inspectFn !== null) return inspectFn(value, opts);
  // Bare fallback while util.inspect is unavailable.
  if (value !== null && typeof value === 'object') {
    const ctor = value.constructor;
    return `[${ctor && ctor.name ? ctor.name : 'Object'}]`;
  }
  return typeof value === 'string' ? `'${value}'` : String(value);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function isEventTarget(obj) {
  return obj != null && obj.constructor != null &&
    obj.constructor[Symbol.for('nodejs.event_target')] === true;
}

function EventEmitter(opts) {
  // Looked up each time: node:domain wraps it.
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// ---------------------------------------------------------------------------
// Statics

EventEmitter.prototype[kCapture] = false;

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The subclass laid out `_events` itself (like streams do).
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts != null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Own property so that every instance has the same shape.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

// ---------------------------------------------------------------------------
// captureRejections

function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      Reflect.apply(then, promise, [undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Capturing is turned off while emitting so that a rejecting 'error'
    // listener cannot loop forever.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function argsFrom(args, start) {
  const out = new Array(args.length - start);
  for (let i = start; i < args.length; i++) out[i - start] = args[i];
  return out;
}

// ---------------------------------------------------------------------------
// Max listeners

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// ---------------------------------------------------------------------------
// emit

// Node prints an unhandled 'error' with where it was emitted; the fatal
// exception report (internal/process/execution.js) calls this hook.
const kEnhanceStackBeforeInspector = Symbol.for('eddy.enhanceStackBeforeInspector');

function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A constructor that throws on access just gets no name.
  }
  const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;
  const errStack = String(err.stack).split('\n').slice(1);
  const ownStack = String(own.stack).split('\n').slice(1);
  const { identicalSequenceRange } = require('internal/util/inspect');
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) {
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return err.stack + sep + ownStack.join('\n');
}

function throwUnhandledError(emitter, er) {
  if (er instanceof Error) {
    try {
      const capture = {};
      Error.captureStackTrace(capture, EventEmitter.prototype.emit);
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        value: enhanceStackTrace.bind(emitter, er, capture),
        configurable: true,
      });
    } catch {
      // A frozen error is reported without the emit site.
    }
    throw er; // Unhandled 'error' event
  }
  let stringified;
  try {
    stringified = inspect(er);
  } catch {
    stringified = String(er);
  }
  const err = new ERR_UNHANDLED_ERROR();
  const message = `Unhandled error. (${stringified})`;
  Object.defineProperty(err, 'message', {
    value: message, writable: true, enumerable: false, configurable: true,
  });
  const stack = err.stack;
  if (typeof stack === 'string') {
    const at = stack.indexOf('\n    at ');
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [ERR_UNHANDLED_ERROR]: ${message}${at === -1 ? '' : stack.slice(at)}`,
      writable: true, enumerable: false, configurable: true,
    });
  }
  err.context = er;
  throw err; // Unhandled 'error' event
}

// emit() is the hottest call of most programs. Its common cases (at most
// three arguments, not 'error') are kept small enough for SpiderMonkey to
// inline emit() into its callers, which makes it several times faster;
// arrays for the arguments are made only on the rare paths.
EventEmitter.prototype.emit = function emit(type) {
  const events = this._events;
  const handler = events === undefined ? undefined : events[type];
  const len = arguments.length;
  if (handler === undefined || len > 4 || type === 'error') {
    if (handler === undefined && type !== 'error') return false;
    return emitAny.apply(this, arguments);
  }
  if (typeof handler !== 'function') {
    return emitList(this, type, handler, len, arguments[1], arguments[2], arguments[3]);
  }
  let result;
  switch (len) {
    case 1: result = handler.call(this); break;
    case 2: result = handler.call(this, arguments[1]); break;
    case 3: result = handler.call(this, arguments[1], arguments[2]); break;
    default: result = handler.call(this, arguments[1], arguments[2], arguments[3]);
  }
  if (result !== undefined && result !== null && this[kCapture] === true) {
    addCatch(this, result, type, [arguments[1], arguments[2], arguments[3]].slice(0, len - 1));
  }
  return true;
};

// Several listeners, at most three arguments (len counts the type too).
// The array is never modified in place (see _addListener), so listeners
// added or removed while emitting do not change this emit.
function emitList(emitter, type, listeners, len, a1, a2, a3) {
  const count = listeners.length;
  for (let i = 0; i < count; i++) {
    let result;
    switch (len) {
      case 1: result = listeners[i].call(emitter); break;
      case 2: result = listeners[i].call(emitter, a1); break;
      case 3: result = listeners[i].call(emitter, a1, a2); break;
      default: result = listeners[i].call(emitter, a1, a2, a3);
    }
    if (result !== undefined && result !== null && emitter[kCapture] === true) {
      addCatch(emitter, result, type, [a1, a2, a3].slice(0, len - 1));
    }
  }
  return true;
}

// Every other emit: 'error' (errorMonitor first; throws when nobody
// listens) and more than three arguments.
function emitAny(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
    this.emit(kErrorMonitor, ...args);
  }
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') throwUnhandledError(this, args[0]);
    return false;
  }
  if (typeof handler === 'function') {
    callListener(this, handler, type, args);
  } else {
    const count = handler.length;
    for (let i = 0; i < count; i++) callListener(this, handler[i], type, args);
  }
  return true;
}

function callListener(emitter, listener, type, args) {
  const result = Reflect.apply(listener, emitter, args);
  if (result !== undefined && result !== null && emitter[kCapture] === true) {
    addCatch(emitter, result, type, args);
  }
}

// ---------------------------------------------------------------------------
// Adding listeners

function _addListener(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // The 'newListener' handler may have changed `_events`.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  // Listener arrays are never reordered or shrunk in place (copy on write):
  // emit() walks the array it finds, up to the length it had when the emit
  // began, without copying it. Appending in place keeps that true and keeps
  // adding n listeners linear (a copy per append made it quadratic: 1e5
  // listeners took minutes).
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    const grown = [listener, ...existing];
    if (existing.warned) grown.warned = true;
    existing = events[type] = grown;
  } else {
    existing.push(listener);
  }

  const m = _getMaxListeners(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = new Error('Possible EventEmitter memory leak detected. ' +
      `${existing.length} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
      'Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    switch (arguments.length) {
      case 0: return this.listener.call(this.target);
      case 1: return this.listener.call(this.target, arguments[0]);
      case 2: return this.listener.call(this.target, arguments[0], arguments[1]);
      default: return this.listener.apply(this.target, arguments);
    }
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------
// Removing listeners

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;

  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (list.length === 2) {
      events[type] = list[1 - position];
    } else {
      const shrunk = list.slice();
      shrunk.splice(position, 1);
      if (list.warned) shrunk.warned = true;
      events[type] = shrunk;
    }

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }

  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to tell.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) {
        this._events = Object.create(null);
      } else {
        delete events[type];
      }
    }
    this[kShapeMode] = false;
    return this;
  }

  // Tell every 'removeListener' listener, removing those last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }

  return this;
};

// ---------------------------------------------------------------------------
// Introspection

function unwrapListeners(arr) {
  const ret = new Array(arr.length);
  for (let i = 0; i < ret.length; ++i) {
    const orig = arr[i].listener;
    ret[i] = typeof orig === 'function' ? orig : arr[i];
  }
  return ret;
}

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];

  const evlistener = events[type];
  if (evlistener === undefined) return [];

  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }

  return unwrap ? unwrapListeners(evlistener) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// Deprecated static form.
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return Reflect.apply(listenerCount, emitter, [type]);
}

// ---------------------------------------------------------------------------
// Module-level helpers

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  if (emitterOrTarget?.[kMaxEventTargetListeners] !== undefined) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (target != null && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Listens for `name` on an EventEmitter (node-style) or EventTarget.
function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags != null && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function resistStopPropagationKey() {
  return lazyEventTarget().kResistStopPropagation;
}

async function once(emitter, name, options = {}) {
  const signal = options != null ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal != null && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [resistStopPropagationKey()]: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTarget has no special 'error' event.
      emitter.once('error', errorListener);
    }
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal != null ? signal.reason : undefined }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener,
                                     { __proto__: null, once: true, [resistStopPropagationKey()]: true });
    }
  });
}

// A FIFO of pending events or pending next() promises.
class FixedQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() { return this.head === this.items.length; }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  shift() {
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  // Parameters validation
  const signal = options != null ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal != null && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  const highWatermark = options != null && options.highWaterMark !== undefined ?
    options.highWaterMark : Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options != null && options.lowWaterMark !== undefined ?
    options.lowWaterMark : 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  // Preparing controlling queues and variables
  const unconsumedEvents = new FixedQueue();
  const unconsumedPromises = new FixedQueue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      // First, we consume all unread events
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }

      // Then we error, if an error happened
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }

      // If the iterator is finished, resolve to done
      if (finished) return closeHandler();

      // Wait until an event happens
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
  }, Object.setPrototypeOf({
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype));

  // Adding event handlers
  const listenerOpts = { __proto__: null, [resistStopPropagationKey()]: true };
  eventTargetAgnosticAddListener(emitter, event, eventHandler, listenerOpts);
  if (event !== 'error' && typeof emitter.on === 'function') {
    emitter.on('error', errorHandler);
  }
  const closeEvents = options != null ? options.close : undefined;
  if (closeEvents != null && closeEvents.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      eventTargetAgnosticAddListener(emitter, closeEvents[i], closeHandler, listenerOpts);
    }
  }
  if (signal != null) {
    eventTargetAgnosticAddListener(signal, 'abort', abortListener,
                                   { __proto__: null, once: true, [resistStopPropagationKey()]: true });
  }

  return iterator;

  function removeAll() {
    eventTargetAgnosticRemoveListener(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.removeListener === 'function') {
      emitter.removeListener('error', errorHandler);
    }
    if (closeEvents != null && closeEvents.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        eventTargetAgnosticRemoveListener(emitter, closeEvents[i], closeHandler);
      }
    }
    if (signal != null) {
      eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
    }
  }

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal != null ? signal.reason : undefined }));
  }

  function eventHandler(value) {
    const args = arguments.length === 1 ? [value] : argsFrom(arguments, 0);
    if (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve(createIterResult(args, false));
    } else {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(args);
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) {
      error = err;
    } else {
      unconsumedPromises.shift().reject(err);
    }
    closeHandler();
  }

  function closeHandler() {
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, {
      __proto__: null, once: true, [resistStopPropagationKey()]: true,
    });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [kDispose]() {
      if (removeEventListener !== undefined) removeEventListener();
    },
  };
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource

let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource === undefined) {
    let AsyncResource;
    try {
      ({ AsyncResource } = require('async_hooks'));
    } catch {
      AsyncResource = undefined;
    }
    if (typeof AsyncResource !== 'function') {
      EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
        constructor() {
          throw notImplemented('events.EventEmitterAsyncResource');
        }
      };
      return EventEmitterAsyncResource;
    }

    const kEventEmitter = Symbol('kEventEmitter');
    const kAsyncResource = Symbol('kAsyncResource');

    class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(ee, type, options) {
        super(type, options);
        this[kEventEmitter] = ee;
      }

      get eventEmitter() {
        return this[kEventEmitter];
      }
    }

    EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) {
            validateString(options?.name, 'options.name');
          }
          name = options?.name || new.target.name;
        }
        super(options);
        this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        const asyncResource = this[kAsyncResource];
        return asyncResource.runInAsyncScope(super.emit, this, event, ...args);
      }

      emitDestroy() {
        this[kAsyncResource].emitDestroy();
      }

      get asyncId() {
        return this[kAsyncResource].asyncId();
      }

      get triggerAsyncId() {
        return this[kAsyncResource].triggerAsyncId();
      }

      get asyncResource() {
        return this[kAsyncResource];
      }
    };
  }
  return EventEmitterAsyncResource;
}

// ---------------------------------------------------------------------------
// Module shape (same own keys, in the same order, as Node's)

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
// Backwards-compat with node 0.10.x
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
  enumerable: true,
  configurable: false,
});

EventEmitter.kMaxEventTargetListeners = kMaxEventTargetListeners;
EventEmitter.kMaxEventTargetListenersWarned = kMaxEventTargetListenersWarned;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;
