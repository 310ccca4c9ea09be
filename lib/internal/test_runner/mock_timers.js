'use strict';

// mock.timers for node:test. While enabled, the chosen timer functions of
// globalThis, node:timers and node:timers/promises (and the global Date) are
// swapped for versions driven by a virtual clock that only moves when the
// test calls tick(), runAll() or setTime(). Everything runs synchronously
// inside those calls, so a test can step through time deterministically.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateString, validateFunction } =
  require('internal/validators');
const { emitExperimentalWarning } = require('internal/util');

// Delays outside 1..TIMEOUT_MAX become 1, as with the real timers.
const LONGEST_DELAY = 2 ** 31 - 1;
const ALL_APIS = ['setInterval', 'setTimeout', 'setImmediate', 'Date', 'scheduler.wait'];

function normalizeDelay(delay) {
  const ms = Number(delay);
  if (!(ms >= 1 && ms <= LONGEST_DELAY)) return 1;
  return ms;
}

// What the mocked setTimeout & co. hand back: the same surface as a real
// Timeout, but ref state means nothing to a clock nobody waits on.
class FakeTimer {
  constructor(clock, callback, args, runAt, every) {
    this.clock = clock;
    this.callback = callback;
    this.args = args;
    this.runAt = runAt;
    this.every = every;      // interval period, or 0 for a one-shot timer
    this.order = clock.nextOrder++;
    this.live = true;
  }

  hasRef() { return true; }
  ref() { return this; }
  unref() { return this; }
  refresh() { return this; }
  close() { this.clock.cancel(this); return this; }
  [Symbol.dispose]() { this.clock.cancel(this); }
}

function earlier(a, b) {
  return a.runAt < b.runAt || (a.runAt === b.runAt && a.order < b.order);
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// The swapped-in Date: a Proxy over the real constructor, so instanceof,
// subclassing and the static methods keep working; only "now" differs.
function makeFakeDate(RealDate, clock) {
  const now = function now() { return clock.now; };
  const toString = function toString() { return 'function Date() { [native code] }'; };
  const fake = new Proxy(RealDate, {
    __proto__: null,
    apply() {
      // Date() called as a function gives the current time as a string.
      return new RealDate(clock.now).toString();
    },
    construct(target, args, newTarget) {
      const useTarget = newTarget === fake ? RealDate : newTarget;
      if (args.length === 0) return Reflect.construct(RealDate, [clock.now], useTarget);
      return Reflect.construct(RealDate, args, useTarget);
    },
    get(target, key, receiver) {
      if (key === 'now') return now;
      if (key === 'isMock') return true;
      if (key === 'toString') return toString;
      return Reflect.get(target, key, target);
    },
    has(target, key) {
      return key === 'isMock' || Reflect.has(target, key);
    },
  });
  return fake;
}

// The virtual clock and its queue of pending FakeTimers, kept sorted by
// (runAt, order) so equal due times fire in creation order.
class VirtualClock {
  constructor() {
    this.now = 0;
    this.nextOrder = 0;
    this.queue = [];
  }

  schedule(timer) {
    let i = this.queue.length;
    while (i > 0 && earlier(timer, this.queue[i - 1])) i--;
    this.queue.splice(i, 0, timer);
    return timer;
  }

  cancel(timer) {
    if (!(timer instanceof FakeTimer) || timer.clock !== this) return;
    timer.live = false;
    const at = this.queue.indexOf(timer);
    if (at !== -1) this.queue.splice(at, 1);
  }

  // Runs every timer due at or before `until`. Each timer leaves the queue
  // before its callback runs, so a callback that throws, clears itself or
  // schedules more timers leaves the queue consistent.
  runDue(until) {
    while (this.queue.length > 0 && this.queue[0].runAt <= until) {
      const timer = this.queue.shift();
      if (timer.every > 0) {
        timer.runAt += timer.every;
        timer.order = this.nextOrder++;
        this.schedule(timer);
      } else {
        timer.live = false;
      }
      Reflect.apply(timer.callback, undefined, timer.args);
    }
  }

  drop() {
    for (const timer of this.queue) timer.live = false;
    this.queue = [];
    this.now = 0;
  }
}

class MockTimers {
  #on = false;
  #clock = new VirtualClock();
  #swapped = [];          // [object, key, original descriptor] to put back

  #requireOn() {
    if (!this.#on) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  // --- public API ----------------------------------------------------------

  tick(time = 1) {
    this.#requireOn();
    validateNumber(time, 'time');
    if (time < 0 || time === Infinity) {
      throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    }
    // Callbacks see the clock already moved to its final value, as in Node.
    this.#clock.now += time;
    this.#clock.runDue(this.#clock.now);
  }

  runAll() {
    this.#requireOn();
    const clock = this.#clock;
    let last = clock.now;
    for (const timer of clock.queue) {
      if (timer.runAt > last) last = timer.runAt;
    }
    this.tick(last - clock.now);
  }

  setTime(milliseconds) {
    this.#requireOn();
    // Moves Date only; pending timers keep their due times.
    this.#clock.now = Number(milliseconds);
  }

  enable(options = { __proto__: null }) {
    if (this.#on) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    if (options === null || typeof options !== 'object') options = { __proto__: null };
    let apis = ALL_APIS;
    if (options.apis !== undefined) {
      validateArray(options.apis, 'options.apis');
      apis = options.apis;
      for (let i = 0; i < apis.length; i++) {
        validateString(apis[i], `options.apis[${i}]`);
        if (!ALL_APIS.includes(apis[i])) {
          throw new ERR_INVALID_ARG_VALUE('options.apis', apis[i], `option ${apis[i]} is not supported`);
        }
      }
    }
    let start = 0;
    if (options.now !== undefined) {
      start = options.now instanceof Date ? options.now.getTime() : options.now;
      if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('initialTime', 'number', start);
      if (Number.isNaN(start)) {
        throw new ERR_INVALID_ARG_VALUE('now', start, `epoch must be a positive integer received ${start}`);
      }
      if (start < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', start);
    }
    if (apis.includes('Date') && globalThis.Date.isMock) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }
    emitExperimentalWarning('The MockTimers API');
    this.#clock.now = start;
    this.#on = true;
    for (const api of new Set(apis)) this.#install(api);
  }

  reset() {
    // Put the originals back in reverse order of installation.
    for (let i = this.#swapped.length - 1; i >= 0; i--) {
      const [object, key, descriptor] = this.#swapped[i];
      if (descriptor === undefined) delete object[key];
      else Object.defineProperty(object, key, descriptor);
    }
    this.#swapped = [];
    this.#clock.drop();
    this.#on = false;
  }

  [Symbol.dispose]() {
    this.reset();
  }

  // --- installing the fakes ------------------------------------------------

  #swap(object, key, value) {
    this.#swapped.push([object, key, Object.getOwnPropertyDescriptor(object, key)]);
    const old = Object.getOwnPropertyDescriptor(object, key);
    Object.defineProperty(object, key, {
      __proto__: null,
      value,
      writable: old ? old.writable !== false : true,
      enumerable: old ? old.enumerable : false,
      configurable: true,
    });
  }

  #install(api) {
    const timers = require('timers');
    const promises = require('timers/promises');
    const clock = this.#clock;
    const clear = (timer) => clock.cancel(timer);
    switch (api) {
      case 'setTimeout': {
        const fake = this.#callbackTimer(false);
        for (const host of [globalThis, timers]) {
          this.#swap(host, 'setTimeout', fake);
          this.#swap(host, 'clearTimeout', clear);
        }
        this.#swap(promises, 'setTimeout', this.#promiseTimeout());
        break;
      }
      case 'setInterval': {
        const fake = this.#callbackTimer(true);
        for (const host of [globalThis, timers]) {
          this.#swap(host, 'setInterval', fake);
          this.#swap(host, 'clearInterval', clear);
        }
        this.#swap(promises, 'setInterval', this.#promiseInterval());
        break;
      }
      case 'setImmediate': {
        const fake = (callback, ...args) => {
          validateFunction(callback, 'callback');
          // Immediates are due "now", ahead of any timer of 1ms or more.
          return clock.schedule(new FakeTimer(clock, callback, args, clock.now, 0));
        };
        for (const host of [globalThis, timers]) {
          this.#swap(host, 'setImmediate', fake);
          this.#swap(host, 'clearImmediate', clear);
        }
        this.#swap(promises, 'setImmediate', (value, options) =>
          this.#settleLater(0, value, options, true));
        break;
      }
      case 'scheduler.wait': {
        // An own property shadows Scheduler.prototype.wait; reset deletes it.
        this.#swap(promises.scheduler, 'wait', (delay, options) =>
          this.#settleLater(delay, undefined, options, false));
        break;
      }
      case 'Date': {
        this.#swap(globalThis, 'Date', makeFakeDate(globalThis.Date, this.#clock));
        break;
      }
    }
  }

  #callbackTimer(repeat) {
    return (callback, delay, ...args) => {
      if (callback !== undefined) validateFunction(callback, 'callback');
      const ms = normalizeDelay(delay);
      const fn = callback === undefined ? () => {} : callback;
      const clock = this.#clock;
      return clock.schedule(new FakeTimer(clock, fn, args, clock.now + ms, repeat ? ms : 0));
    };
  }

  // A promise settled by a fake timer `delay` ms from now (immediately due
  // when `immediate`), honouring options.signal like timers/promises does.
  #settleLater(delay, value, options, immediate) {
    const signal = options != null ? options.signal : undefined;
    try {
      if (options !== undefined) validateAbortSignal(signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    if (signal && signal.aborted) return Promise.reject(abortErrorFor(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const done = () => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const clock = this.#clock;
      const runAt = immediate ? clock.now : clock.now + normalizeDelay(delay);
      const timer = clock.schedule(new FakeTimer(clock, done, [], runAt, 0));
      if (signal) {
        onAbort = () => {
          clock.cancel(timer);
          reject(abortErrorFor(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  #promiseTimeout() {
    return (delay, value, options) => this.#settleLater(delay, value, options, false);
  }

  #promiseInterval() {
    const clock = this.#clock;
    return async function* setInterval(delay, value, options) {
      const signal = options != null ? options.signal : undefined;
      if (options !== undefined) validateAbortSignal(signal, 'options.signal');
      if (signal && signal.aborted) throw abortErrorFor(signal);
      // Firings not yet handed out, and the resolver of a consumer waiting
      // for the next one.
      let unclaimed = 0;
      let wake = null;
      const nudge = () => {
        if (wake !== null) {
          const w = wake;
          wake = null;
          w();
        }
      };
      const ms = normalizeDelay(delay);
      const timer = clock.schedule(new FakeTimer(clock, () => {
        unclaimed++;
        nudge();
      }, [], clock.now + ms, ms));
      const onAbort = () => {
        clock.cancel(timer);
        nudge();
      };
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      try {
        for (;;) {
          // Firings that happened before an abort are still delivered.
          while (unclaimed > 0) {
            unclaimed--;
            yield value;
          }
          if (signal && signal.aborted) throw abortErrorFor(signal);
          await new Promise((resolve) => { wake = resolve; });
        }
      } finally {
        clock.cancel(timer);
        if (signal) signal.removeEventListener('abort', onAbort);
      }
    };
  }
}

module.exports = { MockTimers };
