'use strict';

// node:test mocking. A mock function is a Proxy around the function it
// imitates: calling it picks an implementation from its MockFunctionContext
// (reachable as fn.mock), runs it and appends a record of the call. A
// MockTracker hands these out and undoes them all on reset(), which the test
// runner calls when a test ends.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } =
  require('internal/validators');

function noop() {}

// Records are null-prototype objects, as in Node, so that deepStrictEqual
// against them is unaffected by Object.prototype.
function callRecord(args, error, result, target, thisValue) {
  return {
    __proto__: null,
    arguments: args,
    error,
    result,
    stack: new Error(),
    target,
    this: thisValue,
  };
}

// Shared rules for "use this implementation on call number N": N defaults
// to the next call and may not name a call that already happened.
class OneShotTable {
  #byIndex = new Map();

  add(value, index, nextIndex, name) {
    const at = index === undefined ? nextIndex : index;
    validateInteger(at, name, nextIndex);
    this.#byIndex.set(at, value);
  }

  // The override for call `index`, consumed; `fallback` when there is none.
  take(index, fallback) {
    if (!this.#byIndex.has(index)) return fallback;
    const value = this.#byIndex.get(index);
    this.#byIndex.delete(index);
    return value;
  }
}

// Only the tracker may drive a context's bookkeeping; these are its keys.
const kSelect = Symbol('kSelect');
const kRecord = Symbol('kRecord');

class MockFunctionContext {
  #history = [];
  #impl;
  #once = new OneShotTable();
  #undo;
  #limit;

  constructor(impl, undo, limit) {
    this.#impl = impl;
    this.#undo = undo;
    this.#limit = limit;
  }

  get calls() { return this.#history.slice(); }

  callCount() { return this.#history.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#impl = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    this.#once.add(implementation, onCall, this.#history.length, 'onCall');
  }

  restore() {
    // A method mock puts the object's original property back; a bare mock
    // function goes back to the function it was created from.
    const replacement = this.#undo();
    if (replacement !== undefined) this.#impl = replacement;
  }

  resetCalls() { this.#history = []; }

  // Picks the implementation for the call about to happen. When that call
  // is the last of `times`, the original comes back for later calls.
  [kSelect]() {
    const index = this.#history.length;
    const chosen = this.#once.take(index, this.#impl);
    if (index + 1 === this.#limit) this.restore();
    return chosen;
  }

  [kRecord](record) { this.#history.push(record); }
}

class MockPropertyContext {
  #history = [];
  #value;
  #once = new OneShotTable();
  #undo;
  #name;
  #writable;

  constructor(value, undo, name, writable) {
    this.#value = value;
    this.#undo = undo;
    this.#name = name;
    this.#writable = writable;
  }

  get accesses() { return this.#history.slice(); }

  accessCount() { return this.#history.length; }

  // Also what an assignment to the property runs, so it counts as a 'set'
  // access (Node counts it the same way).
  mockImplementation(value) {
    if (!this.#writable) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', this.#name, 'cannot be set');
    }
    const stored = this.#once.take(this.#history.length, value);
    this.#history.push({ __proto__: null, type: 'set', value: stored, stack: new Error() });
    this.#value = stored;
  }

  mockImplementationOnce(value, onAccess) {
    this.#once.add(value, onAccess, this.#history.length, 'onAccess');
  }

  resetAccesses() { this.#history = []; }

  restore() { this.#undo(); }

  // The getter installed on the mocked object; a pending one-shot value
  // for this access index wins over the current value.
  [kSelect]() {
    const value = this.#once.take(this.#history.length, this.#value);
    this.#history.push({ __proto__: null, type: 'get', value, stack: new Error() });
    return value;
  }
}

// options.times: how many calls use the replacement before the original
// comes back (every call when absent).
function readTimes(options) {
  validateObject(options, 'options');
  const times = options.times === undefined ? Infinity : options.times;
  if (times !== Infinity) validateInteger(times, 'options.times', 1);
  return times;
}

function checkKey(key, name) {
  if (typeof key !== 'string' && typeof key !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], key);
  }
}

function checkHost(host) {
  if (host === null || (typeof host !== 'object' && typeof host !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('object', 'object', host);
  }
}

// The descriptor that defines `key` for `host`, own or inherited.
function lookupDescriptor(host, key) {
  for (let o = host; o !== null; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

// An options object may stand in place of the optional implementation.
function splitImplementation(implementation, options) {
  if (implementation !== null && typeof implementation === 'object') {
    return [noop, implementation];
  }
  return [implementation, options];
}

// Wraps `shape` (the function whose length, name and prototype the mock
// shows) so calls and constructions go through `ctx`.
function wrapCallable(shape, ctx) {
  return new Proxy(shape, {
    __proto__: null,
    apply(target, thisValue, args) {
      const impl = ctx[kSelect]();
      let result;
      let error;
      try {
        result = Reflect.apply(impl, thisValue, args);
        return result;
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx[kRecord](callRecord(args, error, result, undefined, thisValue));
      }
    },
    construct(target, args, newTarget) {
      const impl = ctx[kSelect]();
      let result;
      let error;
      try {
        result = Reflect.construct(impl, args, newTarget);
        return result;
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx[kRecord](callRecord(args, error, result, target, result));
      }
    },
    get(target, key, receiver) {
      return key === 'mock' ? ctx : Reflect.get(target, key, receiver);
    },
  });
}

class MockTracker {
  #contexts = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original, implementation, options = { __proto__: null }) {
    // fn(options) and fn(original, options) are both allowed.
    if (original !== null && typeof original === 'object') {
      options = original;
      original = undefined;
      implementation = undefined;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    // The default is a fresh no-op each time: the Proxy forwards property
    // writes to its target, so a shared one would leak between mocks.
    if (original === undefined) original = function() {};
    if (implementation === undefined) implementation = original;
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    const ctx = new MockFunctionContext(implementation, () => original, readTimes(options));
    this.#contexts.push(ctx);
    return wrapCallable(original, ctx);
  }

  method(object, methodName, implementation = noop, options = { __proto__: null }) {
    checkKey(methodName, 'methodName');
    checkHost(object);
    const useOriginal = implementation === noop ||
      (implementation !== null && typeof implementation === 'object');
    [implementation, options] = splitImplementation(implementation, options);
    validateFunction(implementation, 'implementation');
    const times = readTimes(options);
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }

    const before = lookupDescriptor(object, methodName);
    const slot = getter ? 'get' : setter ? 'set' : 'value';
    const original = before !== undefined ? before[slot] : undefined;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }

    // The mock becomes an own property even when the method was inherited;
    // restoring leaves the original there as an own property too, so the
    // prototype chain is never touched.
    const undo = () => { Object.defineProperty(object, methodName, before); };
    const ctx = new MockFunctionContext(useOriginal ? original : implementation, undo, times);
    this.#contexts.push(ctx);
    const mock = wrapCallable(original, ctx);

    const replacement = {
      __proto__: null,
      configurable: before.configurable,
      enumerable: before.enumerable,
    };
    if (slot === 'value') {
      replacement.value = mock;
      replacement.writable = before.writable;
    } else {
      replacement.get = slot === 'get' ? mock : before.get;
      replacement.set = slot === 'set' ? mock : before.set;
    }
    Object.defineProperty(object, methodName, replacement);
    return mock;
  }

  getter(object, methodName, implementation = noop, options = { __proto__: null }) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = noop, options = { __proto__: null }) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  #accessor(kind, object, methodName, implementation, options) {
    [implementation, options] = splitImplementation(implementation, options);
    validateObject(options, 'options');
    if (options[kind] === false) {
      throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, [kind]: true });
  }

  property(object, propertyName, value) {
    checkHost(object);
    checkKey(propertyName, 'propertyName');
    // Only own properties: mocking an inherited one would need a shadow the
    // caller never asked for.
    const own = Object.getOwnPropertyDescriptor(object, propertyName);
    if (own === undefined) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const start = arguments.length < 3 ? object[propertyName] : value;
    const writable = 'value' in own ? own.writable : typeof own.set === 'function';
    const undo = () => Object.defineProperty(object, propertyName, own);
    const ctx = new MockPropertyContext(start, undo, propertyName, writable);
    this.#contexts.push(ctx);
    Object.defineProperty(object, propertyName, {
      __proto__: null,
      get() { return ctx[kSelect](); },
      set(v) { ctx.mockImplementation(v); },
      enumerable: own.enumerable,
      configurable: true,
    });
    // What the caller gets is a view of the object carrying the context.
    return new Proxy(object, {
      __proto__: null,
      get(target, key, receiver) {
        return key === 'mock' ? ctx : Reflect.get(target, key, receiver);
      },
    });
  }

  reset() {
    this.restoreAll();
    this.#contexts = [];
    if (this.#timers !== undefined) this.#timers.reset();
  }

  restoreAll() {
    for (const ctx of this.#contexts) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext, ERR_OUT_OF_RANGE };
