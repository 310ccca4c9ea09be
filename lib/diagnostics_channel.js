'use strict';

// node:diagnostics_channel. A channel is an ordinary Channel until something
// subscribes or binds a store; then its prototype becomes ActiveChannel's
// (as in Node, where inspect shows which one it is). Channels are held
// weakly while inactive, strongly while active.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

// name -> { ref: WeakRef<Channel>, strong: Channel | undefined }
const registry = new Map();
const cleanup = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((name) => {
    const entry = registry.get(name);
    if (entry !== undefined && entry.ref.deref() === undefined) registry.delete(name);
  }) : null;

function lookup(name) {
  const entry = registry.get(name);
  return entry === undefined ? undefined : entry.ref.deref();
}

function holdStrongly(channel, strong) {
  const entry = registry.get(channel.name);
  if (entry !== undefined && entry.ref.deref() === channel) {
    entry.strong = strong ? channel : undefined;
  }
}

// Rethrows an error from a subscriber or transform as an uncaught exception,
// after the publisher has finished.
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

function activate(channel) {
  if (Object.getPrototypeOf(channel) === ActiveChannel.prototype) return;
  channel._subscribers = [];
  channel._stores = new Map();
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  holdStrongly(channel, true);
}

function maybeDeactivate(channel) {
  if (channel._subscribers.length > 0 || channel._stores.size > 0) return;
  channel._subscribers = undefined;
  channel._stores = undefined;
  Object.setPrototypeOf(channel, Channel.prototype);
  holdStrongly(channel, false);
}

function runWithStore(store, transform, data, next) {
  return () => {
    let value;
    try {
      value = transform === undefined ? data : transform(data);
    } catch (err) {
      reportLater(err);
      return next();
    }
    return store.run(value, next);
  };
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeDeactivate(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = runWithStore(store, transform, data, run);
    }
    return run();
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    registry.set(name, { ref: new WeakRef(this), strong: undefined });
    if (cleanup !== null) cleanup.register(this, name);
  }

  static [Symbol.hasInstance](instance) {
    if (instance === null || (typeof instance !== 'object' && typeof instance !== 'function')) {
      return false;
    }
    const proto = Object.getPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe(subscription) {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore(store) {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish(data) {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const ch = lookup(name);
  if (ch === undefined) return false;
  return ch.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = lookup(name);
  if (ch === undefined) return false;
  return ch.hasSubscribers;
}

// --- TracingChannel -----------------------------------------------------------------

const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function checkChannel(value, name) {
  if (!(value instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(name, ['Channel'], value);
  return value;
}

class TracingChannel {
  constructor(nameOrChannels) {
    let channels;
    if (typeof nameOrChannels === 'string') {
      channels = {};
      for (const event of kTraceEvents) {
        channels[event] = channel(`tracing:${nameOrChannels}:${event}`);
      }
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      channels = {};
      for (const event of kTraceEvents) {
        channels[event] = checkChannel(nameOrChannels[event], `nameOrChannels.${event}`);
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                     ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
    for (const event of kTraceEvents) {
      Object.defineProperty(this, event, {
        value: channels[event], writable: false, enumerable: false, configurable: true,
      });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of kTraceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of kTraceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const onFulfilled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const onRejected = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return Promise.prototype.then.call(promise, onFulfilled, onRejected);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      const callArgs = arguments;
      const self = this;
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, self, callArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(index, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
