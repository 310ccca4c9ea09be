'use strict';

// node:events for eddy.
//
// Where listeners live: `emitter._events` is a prototype-less object from
// event name to either the one listener of that event or an array of its
// listeners (two or more). Node's tests and a good deal of older packages
// read that object directly, so its layout is part of the API; `_eventsCount`
// counts its live names.
//
// Arrays in the table are snapshots as far as emit() is concerned: emit()
// walks the array it looked up, up to the length it had when it started,
// without copying it. So the only in-place change allowed is appending;
// prepending or removing puts a fresh array in the table.
//
// internal/event_target and internal/abort_controller require this module,
// so they are only reached lazily from here.

const {
  AbortError,
  captureNodeErrorStack,
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
  validateObject,
  validateString,
} = require('internal/validators');

// Per-emitter flags, as symbols so they stay out of Object.keys(). Their
// descriptions are what util.inspect shows for an emitter, as in Node.
const kPreset = Symbol('shapeMode');
const kCapture = Symbol('kCapture');

const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kTargetMax = Symbol('events.maxEventTargetListeners');
const kTargetMaxWarned = Symbol('events.maxEventTargetListenersWarned');
// internal/process/execution.js calls the function stored under this key on
// a fatal error, to print where an unhandled 'error' event was emitted.
const kEmitSiteHook = Symbol.for('eddy.enhanceStackBeforeInspector');
const kDispose = typeof Symbol.dispose === 'symbol' ?
  Symbol.dispose : Symbol.for('nodejs.dispose');

let defaultMax = 10;

const newTable = () => ({ __proto__: null });

let eventTargetInternals;
function eventTargetInternal() {
  eventTargetInternals ??= require('internal/event_target');
  return eventTargetInternals;
}

// util.inspect loads late during bootstrap; an emitter may complain before.
let inspector;
function describe(value, options) {
  if (inspector === undefined) {
    try {
      inspector = require('internal/util/inspect').inspect;
    } catch {
      inspector = null;
    }
  }
  if (inspector !== null) return inspector(value, options);
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || typeof value !== 'object') return String(value);
  return `[${value.constructor?.name || 'Object'}]`;
}

// An entry of the table "is" a listener when it is the listener itself or
// a once() wrapper around it.
function isFor(entry, listener) {
  return entry === listener || entry.listener === listener;
}

function userFunction(entry) {
  return typeof entry.listener === 'function' ? entry.listener : entry;
}

function EventEmitter(opts) {
  // Through the property, not directly: node:domain replaces it.
  EventEmitter.init.call(this, opts);
}

function init(opts) {
  const own = this._events;
  // Streams and other subclasses may lay the table out before calling us
  // (with placeholder keys, so every instance has the same hidden class);
  // such a table is kept and its keys are never deleted.
  const preset = own !== undefined && own !== Object.getPrototypeOf(this)._events;
  if (!preset) {
    this._events = newTable();
    this._eventsCount = 0;
  }
  this[kPreset] = preset;
  this._maxListeners = this._maxListeners || undefined;

  const capture = opts == null ? undefined : opts.captureRejections;
  if (capture) validateBoolean(capture, 'options.captureRejections');
  // Always an own property, whatever its value, for a stable shape.
  this[kCapture] = capture ? true : EventEmitter.prototype[kCapture];
}

// ---------------------------------------------------------------------------
// Rejections of async listeners (captureRejections)

function watchResult(emitter, result, type, args) {
  let then;
  try {
    then = result.then;
    if (typeof then !== 'function') return;
    Reflect.apply(then, result, [undefined, (reason) => {
      process.nextTick(deliverRejection, emitter, reason, type, args);
    }]);
  } catch (thrown) {
    emitter.emit('error', thrown);
  }
}

function deliverRejection(emitter, reason, type, args) {
  const handler = emitter[kRejection];
  if (typeof handler === 'function') {
    Reflect.apply(handler, emitter, [reason, type, ...args]);
    return;
  }
  // An 'error' listener that itself rejects must not feed this loop again.
  const saved = emitter[kCapture];
  emitter[kCapture] = false;
  try {
    emitter.emit('error', reason);
  } finally {
    emitter[kCapture] = saved;
  }
}

function leadingArgs(count, a1, a2, a3) {
  if (count === 0) return [];
  if (count === 1) return [a1];
  if (count === 2) return [a1, a2];
  return [a1, a2, a3];
}

// ---------------------------------------------------------------------------
// Emitting

// emit() runs more often than any other library function, so the shape of
// the common call matters: a listener or a few, up to three arguments, and
// not 'error'. That path stays small enough for SpiderMonkey to inline it
// and passes the arguments along without building an array; everything
// else goes to emitSlow().
function emit(type, a1, a2, a3) {
  const table = this._events;
  const entry = table === undefined ? undefined : table[type];
  const argc = arguments.length - 1;
  if (entry === undefined || argc > 3 || type === 'error') {
    if (entry === undefined && type !== 'error') return false;
    return emitSlow(this, type, Array.prototype.slice.call(arguments, 1));
  }
  if (typeof entry === 'function') {
    callWith(this, entry, type, argc, a1, a2, a3);
  } else {
    callEach(this, entry, type, argc, a1, a2, a3);
  }
  return true;
}

// The loop lives out of emit() to keep emit() inlinable.
function callEach(emitter, list, type, argc, a1, a2, a3) {
  const end = list.length;
  for (let i = 0; i < end; i++) {
    let result;
    switch (argc) {
      case 0: result = list[i].call(emitter); break;
      case 1: result = list[i].call(emitter, a1); break;
      case 2: result = list[i].call(emitter, a1, a2); break;
      default: result = list[i].call(emitter, a1, a2, a3);
    }
    if (result !== undefined && result !== null && emitter[kCapture] === true) {
      watchResult(emitter, result, type, leadingArgs(argc, a1, a2, a3));
    }
  }
}

// The listener gets exactly as many arguments as emit() did.
function callWith(emitter, fn, type, argc, a1, a2, a3) {
  let result;
  switch (argc) {
    case 0: result = fn.call(emitter); break;
    case 1: result = fn.call(emitter, a1); break;
    case 2: result = fn.call(emitter, a1, a2); break;
    default: result = fn.call(emitter, a1, a2, a3);
  }
  if (result !== undefined && result !== null && emitter[kCapture] === true) {
    watchResult(emitter, result, type, leadingArgs(argc, a1, a2, a3));
  }
}

function emitSlow(emitter, type, args) {
  if (type === 'error') {
    // Monitors see the error before the listeners and whether or not
    // anyone handles it.
    const before = emitter._events;
    if (before !== undefined && before[kErrorMonitor] !== undefined) {
      emitter.emit(kErrorMonitor, ...args);
    }
    const table = emitter._events;
    if (table === undefined || table.error === undefined) {
      raiseUnhandled(emitter, args.length > 0 ? args[0] : undefined);
    }
  }
  const entry = emitter._events[type];
  if (entry === undefined) return false;
  if (typeof entry === 'function') {
    applyListener(emitter, entry, type, args);
    return true;
  }
  for (let i = 0, end = entry.length; i < end; i++) {
    applyListener(emitter, entry[i], type, args);
  }
  return true;
}

function applyListener(emitter, fn, type, args) {
  const result = Reflect.apply(fn, emitter, args);
  if (result != null && emitter[kCapture] === true) {
    watchResult(emitter, result, type, args);
  }
}

// An 'error' event nobody listens to is thrown: an Error as it is (with a
// note of the emit site for the fatal report), anything else wrapped in
// ERR_UNHANDLED_ERROR.
function raiseUnhandled(emitter, value) {
  if (value instanceof Error) {
    rememberEmitSite(emitter, value);
    throw value; // Unhandled 'error' event
  }
  const err = new ERR_UNHANDLED_ERROR();
  Object.defineProperty(err, 'message', {
    __proto__: null,
    value: `Unhandled error. (${safeDescribe(value)})`,
    writable: true,
    configurable: true,
  });
  // Start the stack at emit(), as Node's does.
  captureNodeErrorStack(err, emitSlow);
  err.context = value;
  throw err; // Unhandled 'error' event
}

// A custom inspect that throws must not hide the original problem.
function safeDescribe(value) {
  try {
    return describe(value);
  } catch {
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

function rememberEmitSite(emitter, err) {
  // The frames of whoever called emit(): those above it are left out.
  const site = {};
  Error.captureStackTrace(site, EventEmitter.prototype.emit);
  // The report asks for the longer stack; the error's own stays as it is.
  const hook = () => {
    let on = '';
    try {
      const name = emitter.constructor.name;
      if (name !== 'EventEmitter') on = ` on ${name} instance`;
    } catch {
      // No name to show.
    }
    const frames = String(site.stack).split('\n').filter((line) => line.startsWith('    at '));
    return `${err.stack}\nEmitted 'error' event${on} at:\n${frames.join('\n')}`;
  };
  try {
    Object.defineProperty(err, kEmitSiteHook, { __proto__: null, value: hook, configurable: true });
  } catch {
    // Frozen errors are reported without the emit site.
  }
}

// ---------------------------------------------------------------------------
// Registering listeners

function maxFor(emitter) {
  const own = emitter._maxListeners;
  return own === undefined ? defaultMax : own;
}

function register(emitter, type, listener, atFront) {
  validateFunction(listener, 'listener');

  let table = emitter._events;
  if (table === undefined) {
    table = emitter._events = newTable();
    emitter._eventsCount = 0;
  } else if (table.newListener !== undefined) {
    // Announced before it is added, so a 'newListener' listener that adds
    // listeners for the same event puts them first.
    emitter.emit('newListener', type, userFunction(listener));
    table = emitter._events;
  }

  const entry = table[type];
  if (entry === undefined) {
    table[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }

  let list;
  if (typeof entry === 'function') {
    list = atFront ? [listener, entry] : [entry, listener];
    table[type] = list;
  } else if (atFront) {
    list = [listener];
    for (let i = 0; i < entry.length; i++) list.push(entry[i]);
    if (entry.warned) list.warned = true;
    table[type] = list;
  } else {
    // In place: see the note at the top. Copying here would make adding n
    // listeners quadratic.
    list = entry;
    list.push(listener);
  }

  const max = maxFor(emitter);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnPossibleLeak(emitter, type, list.length, max);
  }
  return emitter;
}

function warnPossibleLeak(emitter, type, count, max) {
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} ` +
    `listeners added to ${describe(emitter, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = emitter;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

// A listener that takes itself off before it runs. `listener` on the
// wrapper is how removeListener(), listeners() and friends see through it.
function wrapOnce(emitter, type, listener) {
  let fired = false;
  const wrapper = function(...args) {
    if (fired) return undefined;
    fired = true;
    emitter.removeListener(type, wrapper);
    return Reflect.apply(listener, emitter, args);
  };
  // Node's wrapper is a bound function; stack traces and tests show its name.
  Object.defineProperty(wrapper, 'name', { __proto__: null, value: 'bound onceWrapper' });
  wrapper.listener = listener;
  return wrapper;
}

// ---------------------------------------------------------------------------
// Removing listeners

// Drops the name `type` from the table. A preset table keeps its keys (set
// to undefined) to keep its shape; otherwise a table that becomes empty is
// swapped for a new one rather than left full of deleted slots.
function forget(emitter, table, type) {
  emitter._eventsCount--;
  if (emitter[kPreset]) {
    table[type] = undefined;
  } else if (emitter._eventsCount === 0) {
    emitter._events = newTable();
  } else {
    delete table[type];
  }
}

function unregister(emitter, type, listener) {
  validateFunction(listener, 'listener');
  const table = emitter._events;
  if (table === undefined) return emitter;
  const entry = table[type];
  if (entry === undefined) return emitter;

  // What 'removeListener' listeners are told, as in Node: the user's
  // function when the event had a single listener, else the argument (so a
  // once() wrapper taking itself out of a list reports the wrapper).
  let reported = listener;
  if (typeof entry === 'function') {
    if (!isFor(entry, listener)) return emitter;
    reported = userFunction(entry);
    forget(emitter, table, type);
  } else {
    // The most recently added match goes first.
    let at = entry.length - 1;
    while (at >= 0 && !isFor(entry[at], listener)) at--;
    if (at < 0) return emitter;
    if (entry.length === 2) {
      table[type] = entry[1 - at];
    } else {
      const rest = entry.slice(0, at);
      for (let i = at + 1; i < entry.length; i++) rest.push(entry[i]);
      if (entry.warned) rest.warned = true;
      table[type] = rest;
    }
  }

  if (emitter._events.removeListener !== undefined) {
    emitter.emit('removeListener', type, reported);
  }
  return emitter;
}

function clearEvent(emitter, table, type) {
  const entry = table[type];
  if (entry === undefined) return;
  if (table.removeListener === undefined) {
    // Nobody to tell: drop them all at once.
    forget(emitter, table, type);
    return;
  }
  // One by one, newest first, so that each removal is announced.
  if (typeof entry === 'function') {
    emitter.removeListener(type, entry);
  } else {
    for (let i = entry.length - 1; i >= 0; i--) emitter.removeListener(type, entry[i]);
  }
}

function clearAll(emitter, table) {
  if (table.removeListener !== undefined) {
    // Announce every removal; the 'removeListener' listeners go last so
    // that they hear about all the others.
    for (const name of Reflect.ownKeys(table)) {
      if (name !== 'removeListener') clearEvent(emitter, emitter._events, name);
    }
    clearEvent(emitter, emitter._events, 'removeListener');
  }
  emitter._events = newTable();
  emitter._eventsCount = 0;
  emitter[kPreset] = false;
}

// ---------------------------------------------------------------------------
// The prototype, in Node's property order

function addListener(type, listener) {
  return register(this, type, listener, false);
}

function removeListener(type, listener) {
  return unregister(this, type, listener);
}

Object.assign(EventEmitter.prototype, {
  _events: undefined,
  _eventsCount: 0,
  _maxListeners: undefined,

  setMaxListeners(n) {
    validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
  },

  getMaxListeners() {
    return maxFor(this);
  },

  emit,

  addListener,
  on: addListener,

  prependListener(type, listener) {
    return register(this, type, listener, true);
  },

  once(type, listener) {
    validateFunction(listener, 'listener');
    return this.on(type, wrapOnce(this, type, listener));
  },

  prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    return this.prependListener(type, wrapOnce(this, type, listener));
  },

  removeListener,
  off: removeListener,

  removeAllListeners(type) {
    const table = this._events;
    if (table === undefined) return this;
    if (arguments.length === 0) {
      clearAll(this, table);
    } else {
      clearEvent(this, table, type);
    }
    return this;
  },

  listeners(type) {
    const entry = this._events?.[type];
    if (entry === undefined) return [];
    if (typeof entry === 'function') return [userFunction(entry)];
    return entry.map(userFunction);
  },

  rawListeners(type) {
    const entry = this._events?.[type];
    if (entry === undefined) return [];
    return typeof entry === 'function' ? [entry] : entry.slice();
  },

  listenerCount,

  eventNames() {
    const table = this._events;
    if (table === undefined || this._eventsCount === 0) return [];
    // A preset table keeps names whose listeners are all gone.
    return Reflect.ownKeys(table).filter((name) => table[name] !== undefined);
  },
});

EventEmitter.prototype[kCapture] = false;

function listenerCount(type, listener) {
  const entry = this._events?.[type];
  if (entry === undefined) return 0;
  if (typeof entry === 'function') {
    return listener == null || isFor(entry, listener) ? 1 : 0;
  }
  if (listener == null) return entry.length;
  let count = 0;
  for (let i = 0; i < entry.length; i++) {
    if (isFor(entry[i], listener)) count++;
  }
  return count;
}

// events.listenerCount(emitter, type): deprecated, but still exported.
function listenerCountOf(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
}

// ---------------------------------------------------------------------------
// Functions that accept an EventEmitter or an EventTarget

function isEventTarget(value) {
  return eventTargetInternal().isEventTarget(value);
}

function notAnEmitter(name, value) {
  return new ERR_INVALID_ARG_TYPE(name, ['EventEmitter', 'EventTarget'], value);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return eventTargetInternal().getEventTargetListeners(emitterOrTarget, type);
  }
  throw notAnEmitter('emitter', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxFor(emitterOrTarget);
  }
  if (emitterOrTarget?.[kTargetMax] !== undefined) return emitterOrTarget[kTargetMax];
  throw notAnEmitter('emitter', emitterOrTarget);
}

// With no targets this sets the default for every emitter and EventTarget
// that has not chosen its own.
function setMaxListeners(n = defaultMax, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMax = n;
    return;
  }
  for (const target of targets) {
    if (isEventTarget(target)) {
      target[kTargetMax] = n;
      target[kTargetMaxWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw notAnEmitter('eventTargets', target);
    }
  }
}

// events.once() and events.on() listen the same way on both kinds: the
// node-style methods when the object has them, addEventListener otherwise.
// On an EventTarget the listener must run even if an earlier listener
// stopped propagation.
function listenTo(source, name, fn, once) {
  if (typeof source.on === 'function') {
    if (once) source.once(name, fn);
    else source.on(name, fn);
    return;
  }
  if (typeof source.addEventListener === 'function') {
    source.addEventListener(name, fn, {
      __proto__: null,
      once,
      [eventTargetInternal().kResistStopPropagation]: true,
    });
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
}

function stopListening(source, name, fn) {
  if (typeof source.removeListener === 'function') {
    source.removeListener(name, fn);
  } else if (typeof source.removeEventListener === 'function') {
    source.removeEventListener(name, fn);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

function abortedBy(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function checkedSignal(options) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortedBy(signal);
  return signal;
}

async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = checkedSignal(options);
  // Only emitters with once() have an 'error' event that means failure.
  const watchErrors = name !== 'error' && typeof emitter.once === 'function';

  return new Promise((resolve, reject) => {
    const settle = (outcome, value) => {
      stopListening(emitter, name, onEvent);
      if (watchErrors) emitter.removeListener('error', onError);
      if (signal != null) signal.removeEventListener('abort', onAbort);
      outcome(value);
    };
    const onEvent = (...args) => settle(resolve, args);
    const onError = (err) => settle(reject, err);
    const onAbort = () => settle(reject, abortedBy(signal));

    listenTo(emitter, name, onEvent, true);
    if (watchErrors) emitter.once('error', onError);
    if (signal != null) listenTo(signal, 'abort', onAbort, true);
  });
}

// ---------------------------------------------------------------------------
// events.on(): an async iterator over the emitter's events

// A first-in first-out list that takes from a moving head instead of
// shifting the array, and compacts now and then.
class Fifo {
  #items = [];
  #head = 0;

  get size() { return this.#items.length - this.#head; }

  add(item) { this.#items.push(item); }

  take() {
    const items = this.#items;
    const item = items[this.#head];
    items[this.#head++] = undefined;
    if (this.#head === items.length) {
      items.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= items.length) {
      this.#items = items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function watermark(options, name, legacyName, fallback) {
  let value = options[name];
  if (value === undefined) value = options[legacyName];
  if (value === undefined) return fallback;
  validateInteger(value, `options.${name}`, 1);
  return value;
}

function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = checkedSignal(options);
  const high = watermark(options, 'highWaterMark', 'highWatermark', Number.MAX_SAFE_INTEGER);
  const low = watermark(options, 'lowWaterMark', 'lowWatermark', 1);
  const closers = options.close;

  // Events not asked for yet, and next() calls still waiting for one; at
  // most one of the two is non-empty.
  const buffered = new Fifo();
  const waiting = new Fifo();
  let failure = null;
  let done = false;
  let paused = false;

  const doneResult = () => ({ value: undefined, done: true });
  const watchErrors = event !== 'error' && typeof emitter.on === 'function';

  function onEvent(...args) {
    if (waiting.size > 0) {
      waiting.take().resolve({ value: args, done: false });
      return;
    }
    buffered.add(args);
    if (!paused && buffered.size > high) {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (waiting.size > 0) waiting.take().reject(err);
    else failure = err;
    finish();
  }

  function onAbort() {
    onError(abortedBy(signal));
  }

  function finish() {
    if (!done) {
      done = true;
      stopListening(emitter, event, onEvent);
      if (watchErrors) emitter.removeListener('error', onError);
      if (closers != null) {
        for (let i = 0; i < closers.length; i++) stopListening(emitter, closers[i], finish);
      }
      if (signal != null) signal.removeEventListener('abort', onAbort);
    }
    while (waiting.size > 0) waiting.take().resolve(doneResult());
    return Promise.resolve(doneResult());
  }

  const iterator = {
    __proto__: AsyncIteratorPrototype,

    next() {
      if (buffered.size > 0) {
        const value = buffered.take();
        if (paused && buffered.size < low) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return finish();
      return new Promise((resolve, reject) => waiting.add({ resolve, reject }));
    },

    return() {
      return finish();
    },

    throw(err) {
      if (!(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
  };

  listenTo(emitter, event, onEvent, false);
  if (watchErrors) emitter.on('error', onError);
  if (closers != null) {
    for (let i = 0; i < closers.length; i++) listenTo(emitter, closers[i], finish, false);
  }
  if (signal != null) listenTo(signal, 'abort', onAbort, true);

  return iterator;
}

// ---------------------------------------------------------------------------
// events.addAbortListener()

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let active = false;
  if (signal.aborted) {
    // Too late to listen: call it soon, but never synchronously.
    queueMicrotask(() => listener());
  } else {
    listenTo(signal, 'abort', listener, true);
    active = true;
  }
  return {
    __proto__: null,
    [kDispose]() {
      if (active) {
        active = false;
        signal.removeEventListener('abort', listener);
      }
    },
  };
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource: an emitter whose listeners run in the async
// context it was created in. Built on first use, as async_hooks is heavy.

let AsyncResourceEmitter;
function getAsyncResourceEmitter() {
  if (AsyncResourceEmitter !== undefined) return AsyncResourceEmitter;

  let AsyncResource;
  try {
    ({ AsyncResource } = require('async_hooks'));
  } catch {
    // Left undefined: see below.
  }
  if (typeof AsyncResource !== 'function') {
    AsyncResourceEmitter = class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        throw notImplemented('events.EventEmitterAsyncResource');
      }
    };
    return AsyncResourceEmitter;
  }

  const { ERR_INVALID_THIS } = require('internal/errors').codes;
  // Each emitter and its resource point at each other.
  const kResource = Symbol('kAsyncResource');
  const kOwner = Symbol('kEventEmitter');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    get eventEmitter() {
      if (this?.[kOwner] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kOwner];
    }
  }

  function resourceOf(emitter) {
    const resource = emitter?.[kResource];
    if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return resource;
  }

  AsyncResourceEmitter = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let type;
      if (typeof options === 'string') {
        type = options;
        options = undefined;
      } else {
        // Subclasses may leave the name out and go by their class name.
        if (new.target === AsyncResourceEmitter) validateString(options?.name, 'options.name');
        type = options?.name || new.target.name;
      }
      super(options);
      const resource = new EventEmitterReferencingAsyncResource(type, options);
      resource[kOwner] = this;
      this[kResource] = resource;
    }

    emit(event, ...args) {
      return resourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      resourceOf(this).emitDestroy();
    }

    get asyncId() {
      return resourceOf(this).asyncId();
    }

    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  };
  return AsyncResourceEmitter;
}

// ---------------------------------------------------------------------------
// The module: the constructor itself, with the rest hung on it. The order of
// the keys is Node's (Object.keys(require('events')) is observable).

function plain(value) {
  return { value, writable: true, enumerable: true, configurable: true };
}

Object.defineProperties(EventEmitter, {
  addAbortListener: plain(addAbortListener),
  once: plain(once),
  on: plain(on),
  getEventListeners: plain(getEventListeners),
  getMaxListeners: plain(getMaxListeners),
  // require('events').EventEmitter, for code written for Node 0.10.
  EventEmitter: plain(EventEmitter),
  usingDomains: plain(false),
  captureRejectionSymbol: plain(kRejection),
  captureRejections: {
    enumerable: true,
    configurable: false,
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
  },
  EventEmitterAsyncResource: {
    enumerable: true,
    configurable: true,
    get: getAsyncResourceEmitter,
    set: undefined,
  },
  errorMonitor: plain(kErrorMonitor),
  defaultMaxListeners: {
    enumerable: true,
    configurable: false,
    get() { return defaultMax; },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMax = value;
    },
  },
  // For internal/event_target, which keeps its limits under these keys.
  kMaxEventTargetListeners: { value: kTargetMax },
  kMaxEventTargetListenersWarned: { value: kTargetMaxWarned },
  setMaxListeners: plain(setMaxListeners),
  init: plain(init),
  listenerCount: plain(listenerCountOf),
});

module.exports = EventEmitter;
