'use strict';

// AbortController and AbortSignal (WHATWG DOM), as Node exposes them.
//
// Lifetimes. A signal matters only while something can still abort it and
// something still listens:
// - a controller's signal is kept by its controller;
// - a timeout signal is kept, while it has 'abort' listeners (its own or
//   those of signals depending on it), by `pinned` below until it fires;
// - a signal made by AbortSignal.any() ("dependent") aborts when one of its
//   sources does. Sources know their dependents only through WeakRefs, and
//   a dependent knows its sources the same way, so neither keeps the other
//   alive. A dependent that has 'abort' listeners is pinned while at least
//   one of its sources is alive; once they are all gone it can never abort
//   and is let go.

const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateUint32,
} = require('internal/validators');

// A signal's state, under symbols. Only the set of dependents keeps Node's
// description: tests find it by that name.
const kAborted = Symbol('signal.aborted');
const kReason = Symbol('signal.reason');
const kDependantSignals = Symbol('kDependantSignals');
const kIsDependent = Symbol('signal.isDependent');
const kSources = Symbol('signal.sources');
const kIsTimeout = Symbol('signal.isTimeout');
const kTransferable = Symbol('transferable');
// Lets our own code past the constructor that user code may not call.
const kInternal = Symbol('internal');

const { DOMException } = require('internal/domexception');
const { kMaxEventTargetListeners } = require('events');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const pinned = new Set();

// A timeout signal pinned on behalf of dependents counts them here.
const pinsByDependents = new WeakMap();
// Signals with 'abort' listeners of their own.
const listening = new WeakSet();

let timers;
function lazyTimers() {
  timers ??= require('timers');
  return timers;
}

// Timeout signals nobody can reach any more stop their timers.
const timerCleanup = new FinalizationRegistry((timer) => lazyTimers().clearTimeout(timer));

// A collected dependent leaves its WeakRef in each source's set: drop it.
const dependentCleanup = new FinalizationRegistry(({ ref, sources }) => {
  for (const sourceRef of sources) sourceRef.deref()?.[kDependantSignals]?.delete(ref);
});

// A collected source may leave dependents that can no longer abort.
const sourceCleanup = new FinalizationRegistry((dependents) => {
  for (const ref of dependents) {
    const dependent = ref.deref();
    if (dependent !== undefined && !hasLiveSource(dependent)) pinned.delete(dependent);
  }
});

function hasLiveSource(dependent) {
  for (const ref of dependent[kSources]) {
    if (ref.deref() !== undefined) return true;
  }
  return false;
}

const kAbortMessage = 'This operation was aborted';

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

function checkThis(self) {
  if (!isAbortSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

// `Name { ...fields }`, or `[Name]` past the depth limit, as util.inspect
// shows other objects.
function inspectAs(self, fields, depth, options, inspect) {
  if (depth < 0) return self;
  inspect ??= require('internal/util/inspect').inspect;
  const nested = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(fields, nested)}`;
}

// WebIDL sequence<AbortSignal>: any iterable of signals.
function signalsFrom(input) {
  const isObject = input !== null && (typeof input === 'object' || typeof input === 'function');
  if (!isObject || typeof input[Symbol.iterator] !== 'function') {
    const err = new TypeError('Value can not be converted to sequence.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const list = [];
  for (const value of input) {
    if (!isAbortSignal(value)) {
      throw new ERR_INVALID_ARG_TYPE(`signals[${list.length}]`, 'AbortSignal', value);
    }
    list.push(value);
  }
  return list;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Any number of parties may watch one signal: no leak warnings.
    this[kMaxEventTargetListeners] = 0;
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kIsDependent] = false;
  }

  get aborted() {
    checkThis(this);
    return this[kAborted];
  }

  get reason() {
    checkThis(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkThis(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException(kAbortMessage, 'AbortError')) {
    const signal = new AbortSignal(kInternal);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kInternal);
    signal[kIsTimeout] = true;
    // Weakly: the timer must not keep an unwatched signal alive.
    const ref = new WeakRef(signal);
    const timer = lazyTimers().setTimeout(() => {
      const target = ref.deref();
      if (target !== undefined) {
        abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    timer?.unref?.();
    timerCleanup.register(signal, timer);
    return signal;
  }

  static any(signals) {
    const inputs = signalsFrom(signals);
    const dependent = new AbortSignal(kInternal);
    dependent[kIsDependent] = true;
    // Already settled by an input: nothing to follow.
    const settled = inputs.find((input) => input[kAborted]);
    if (settled !== undefined) {
      dependent[kAborted] = true;
      dependent[kReason] = settled[kReason];
      return dependent;
    }

    const sources = new Set();
    for (const input of inputs) {
      if (!input[kIsDependent]) {
        sources.add(input);
      } else if (input[kSources] !== undefined) {
        // A dependent input stands for its own sources.
        for (const ref of input[kSources]) {
          const source = ref.deref();
          if (source !== undefined) sources.add(source);
        }
      }
    }

    const ref = new WeakRef(dependent);
    const sourceRefs = new Set();
    for (const source of sources) {
      sourceRefs.add(new WeakRef(source));
      if (source[kDependantSignals] === undefined) {
        source[kDependantSignals] = new Set();
        sourceCleanup.register(source, source[kDependantSignals]);
      }
      source[kDependantSignals].add(ref);
    }
    dependent[kSources] = sourceRefs;
    dependentCleanup.register(dependent, { ref, sources: sourceRefs });
    return dependent;
  }

  // The first 'abort' listener pins a signal that can still abort by itself
  // or through its sources; the last one going unpins it.
  [kNewListener](size, type, listener, once, capture, passive) {
    super[kNewListener](size, type, listener, once, capture, passive);
    if (type === 'abort' && size === 1) {
      listening.add(this);
      if (!this[kAborted]) pin(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) {
      listening.delete(this);
      unpin(this);
    }
  }
}

function timeoutSourcesOf(dependent) {
  const found = [];
  for (const ref of dependent[kSources]) {
    const source = ref.deref();
    if (source?.[kIsTimeout] === true && !source[kAborted]) found.push(source);
  }
  return found;
}

function pin(signal) {
  if (signal[kIsTimeout] === true) {
    pinned.add(signal);
    return;
  }
  if (!signal[kIsDependent] || signal[kSources] === undefined || !hasLiveSource(signal)) return;
  pinned.add(signal);
  // Its timeout sources must live to fire for it.
  for (const source of timeoutSourcesOf(signal)) {
    pinsByDependents.set(source, (pinsByDependents.get(source) ?? 0) + 1);
    pinned.add(source);
  }
}

function unpin(signal) {
  if (signal[kIsTimeout] === true) {
    if (!(pinsByDependents.get(signal) > 0)) pinned.delete(signal);
    return;
  }
  if (!pinned.delete(signal)) return;
  for (const source of timeoutSourcesOf(signal)) {
    const left = (pinsByDependents.get(source) ?? 1) - 1;
    pinsByDependents.set(source, left);
    if (left === 0 && !listening.has(source)) pinned.delete(source);
  }
}

Object.defineProperty(AbortSignal.prototype, 'aborted', { __proto__: null, enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// Aborts `signal` and, after its listeners ran, its dependents (in the
// order they were made). All of them are marked aborted before any
// listener runs, so listeners see a consistent state.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  const dependents = [];
  markAborted(signal, reason, dependents);
  fireAbort(signal);
  for (const dependent of dependents) fireAbort(dependent);
}

function markAborted(signal, reason, dependents) {
  signal[kAborted] = true;
  signal[kReason] = reason;
  const refs = signal[kDependantSignals];
  if (refs === undefined) return;
  for (const ref of refs) {
    const dependent = ref.deref();
    if (dependent !== undefined && !dependent[kAborted]) {
      dependent[kAborted] = true;
      dependent[kReason] = reason;
      dependents.push(dependent);
    }
  }
  refs.clear();
}

function fireAbort(signal) {
  unpin(signal);
  pinned.delete(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  #signal = undefined;

  // What V8 says when a private field is read off the wrong object; Node's
  // AbortController keeps its signal in one.
  static #check(self) {
    if (self === null || self === undefined) {
      throw new TypeError(`Cannot read properties of ${self} (reading '#signal')`);
    }
    if (typeof self !== 'object' || !(#signal in self)) {
      throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
    }
  }

  get signal() {
    AbortController.#check(this);
    this.#signal ??= new AbortSignal(kInternal);
    return this.#signal;
  }

  abort(reason = new DOMException(kAbortMessage, 'AbortError')) {
    AbortController.#check(this);
    abortSignal(this.signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', configurable: true,
});

// util.aborted(signal, resource): settles when `signal` aborts, but only if
// `resource` is still alive then; the promise does not keep it alive.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return;
  const resourceRef = new WeakRef(resource);
  return new Promise((resolve) => {
    const onAbort = () => {
      if (resourceRef.deref() !== undefined) resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true, [kResistStopPropagation]: true });
  });
}

// eddy has no workers to transfer a signal to; the mark only records that
// the caller asked for it.
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
