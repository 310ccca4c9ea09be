'use strict';

// node:test mocks: mock.fn() wraps a function in a Proxy that records every
// call; mock.method()/getter()/setter() replace a property of an object
// with such a function until restored. mock.timers is not implemented.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  notImplemented,
} = require('internal/errors');
const { validateFunction, validateInteger, validateObject, validateBoolean } =
  require('internal/validators');

function kDefaultFunction() {}

class MockFunctionContext {
  #calls = [];
  #mocks = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall === undefined ? nextCall : onCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (typeof methodName === 'string' || typeof methodName === 'symbol') {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  trackCall(call) {
    this.#calls.push(call);
  }

  nextImpl() {
    const nextCall = this.#calls.length;
    const mock = this.#mocks.get(nextCall);
    const impl = mock !== undefined ? mock : this.#implementation;
    if (nextCall + 1 === this.#times) this.restore();
    this.#mocks.delete(nextCall);
    return impl;
  }
}

const { nextImpl, trackCall } = MockFunctionContext.prototype;
delete MockFunctionContext.prototype.nextImpl;
delete MockFunctionContext.prototype.trackCall;

function callStack() {
  const err = new Error();
  return err;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const missing = (name) => () => { throw notImplemented(`mock.timers.${name}`); };
      this.#timers = {
        enable: missing('enable'),
        reset: missing('reset'),
        tick: missing('tick'),
        runAll: missing('runAll'),
        setTime: missing('setTime'),
        [Symbol.dispose || Symbol.for('nodejs.dispose')]: missing('[Symbol.dispose]'),
      };
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times);
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return this.#setupMock(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    validateObjectOrFunction(objectOrFunction, 'object');
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times);
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      "cannot be used with 'options.getter'");
    }
    const descriptor = findMethodOnPrototypeChain(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor && descriptor.get;
    else if (setter) original = descriptor && descriptor.set;
    else original = descriptor && descriptor.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', getter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  #setupMock(ctx, fnToMatch) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(target, thisArg, argList) {
        const fn = Reflect.apply(nextImpl, ctx, []);
        let result;
        let error;
        try {
          result = Reflect.apply(fn, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          Reflect.apply(trackCall, ctx, [{
            __proto__: null, arguments: argList, error, result,
            stack: callStack(), target: undefined, this: thisArg,
          }]);
        }
        return result;
      },
      construct(target, argList, newTarget) {
        const realTarget = Reflect.apply(nextImpl, ctx, []);
        let result;
        let error;
        try {
          result = Reflect.construct(realTarget, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          Reflect.apply(trackCall, ctx, [{
            __proto__: null, arguments: argList, error, result,
            stack: callStack(), target, this: result,
          }]);
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push(ctx);
    return mock;
  }
}

function validateTimes(times) {
  if (times === Infinity) return;
  validateInteger(times, 'options.times', 1);
}

function validateObjectOrFunction(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Object', 'Function'], value);
  }
}

function findMethodOnPrototypeChain(instance, methodName) {
  let host = instance;
  let descriptor;
  while (host !== null) {
    descriptor = Object.getOwnPropertyDescriptor(host, methodName);
    if (descriptor) break;
    host = Object.getPrototypeOf(host);
  }
  return descriptor;
}

module.exports = { MockTracker, MockFunctionContext, ERR_OUT_OF_RANGE };
