'use strict';

// AbortController and AbortSignal (WHATWG DOM) as Node exposes them.
//
// AbortSignal.any() makes a "composite" signal that depends on the plain
// source signals (composite inputs are flattened to their sources). Sources
// hold their dependants weakly; a composite or timeout signal that has
// 'abort' listeners is kept alive in `gcPersistentSignals` until it aborts.

const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateObject,
  validateUint32,
} = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kTransferable = Symbol('kTransferable');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const hasWeakRef = typeof WeakRef === 'function';
function makeRef(value) {
  return hasWeakRef ? new WeakRef(value) : { deref() { return value; } };
}

// Composite/timeout signals with abort listeners, kept from being collected.
const gcPersistentSignals = new Set();

let timeoutRegistry;
function clearTimeoutOnCollect(signal, timer) {
  if (typeof FinalizationRegistry !== 'function') return;
  if (timeoutRegistry === undefined) {
    timeoutRegistry = new FinalizationRegistry((t) => {
      require('timers').clearTimeout(t);
    });
  }
  timeoutRegistry.register(signal, timer);
}

let inspectFn;
function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  if (typeof inspect !== 'function') {
    if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
    inspect = inspectFn;
  }
  const opts = Object.assign({}, options);
  opts.depth = options == null || options.depth == null ? null : options.depth - 1;
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function isAbortSignal(value) {
  return value != null && typeof value === 'object' && value[kAborted] !== undefined;
}

function validateThisAbortSignal(self) {
  if (!isAbortSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, init = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = init !== undefined && init.aborted === true;
    this[kReason] = init !== undefined ? init.reason : undefined;
    this[kComposite] = init !== undefined && init.composite === true;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    const ref = makeRef(signal);
    const timer = require('timers').setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      gcPersistentSignals.delete(target);
      abortSignal(target, new DOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer != null && typeof timer.unref === 'function') timer.unref();
    clearTimeoutOnCollect(signal, timer);
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) {
      validateAbortSignal(signals[i], `signals[${i}]`);
      if (!isAbortSignal(signals[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (signals.length === 0) return result;
    for (let i = 0; i < signals.length; i++) {
      if (signals[i][kAborted]) {
        result[kAborted] = true;
        result[kReason] = signals[i][kReason];
        return result;
      }
    }
    const sources = new Set();
    result[kSourceSignals] = sources;
    const resultRef = makeRef(result);
    const addSource = (source) => {
      if (sources.has(source)) return;
      sources.add(source);
      if (source[kDependantSignals] === undefined) source[kDependantSignals] = new Set();
      source[kDependantSignals].add(resultRef);
    };
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!signal[kComposite]) {
        addSource(signal);
      } else if (signal[kSourceSignals] !== undefined) {
        for (const source of signal[kSourceSignals]) addSource(source);
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive) {
    super[kNewListener](size, type, listener, once, capture, passive);
    const keepAlive = this[kTimeout] === true ||
      (this[kComposite] && this[kSourceSignals] !== undefined && this[kSourceSignals].size > 0);
    if (keepAlive && type === 'abort' && !this[kAborted] && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: Object.assign(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted'),
                         { enumerable: true }),
  [Symbol.toStringTag]: {
    value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  gcPersistentSignals.delete(signal);
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    signal[kDependantSignals] = undefined;
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

function privateMemberError() {
  return new TypeError(
    'Cannot read private member #signal from an object whose class did not declare it');
}

const controllerSignals = new WeakMap();

class AbortController {
  constructor() {
    controllerSignals.set(this, undefined);
  }

  get signal() {
    if (!controllerSignals.has(this)) throw privateMemberError();
    let signal = controllerSignals.get(this);
    if (signal === undefined) {
      signal = new AbortSignal(kDontThrowSymbol);
      controllerSignals.set(this, signal);
    }
    return signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!controllerSignals.has(this)) throw privateMemberError();
    abortSignal(this.signal, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const key of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, key, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.aborted(signal, resource): resolves once `signal` aborts, unless
// `resource` has been garbage-collected by then (the signal holds it weakly).
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return;
  const resourceRef = new WeakRef(resource);
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => {
      if (resourceRef.deref() !== undefined) resolve();
    }, { once: true, [kResistStopPropagation]: true });
  });
}

// Marks a signal as transferable. eddy has no cross-thread messaging, so
// the mark only records intent.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  signal[kTransferable] = true;
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  abortSignal,
  isAbortSignal,
  kAborted,
  transferableAbortController,
  transferableAbortSignal,
};
