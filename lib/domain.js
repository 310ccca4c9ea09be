'use strict';

// node:domain (deprecated in Node, still used by older code): errors thrown
// by callbacks that ran in a domain, and 'error' events of emitters bound to
// one, go to the domain's 'error' listeners instead of ending the process.
//
// Node tracks the current domain with async hooks that enter and exit it
// around every callback. eddy carries it in an AsyncLocalStorage instead:
// whatever is scheduled while a domain is active (timers, immediates,
// nextTicks, promise jobs, I/O callbacks) runs with it active again, and
// since eddy's schedulers keep the callback's context when it throws, the
// uncaught exception handler finds the domain the error was thrown in.
// `_stack` holds the domains entered (enter(), run(), bound functions),
// innermost last. Node enters the domain of a callback before it runs and
// leaves it after; here a callback is seen to start when the async context
// is no longer the one the stack was last updated in, and the stack then
// holds the callback's domain alone (see syncStack).

const EventEmitter = require('events');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const { getContext } = require('internal/async_context');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const execution = require('internal/process/execution');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

const current = new AsyncLocalStorage();
const stack = [];
// The async context frame the stack was last brought up to date in. Every
// change of the active domain makes a new frame, so another frame means
// that another callback runs (or a synchronous AsyncLocalStorage.run()).
let stackFrame;

function syncStack() {
  const frame = getContext();
  if (frame === stackFrame) return;
  stackFrame = frame;
  const domain = current.getStore();
  // The same domain on top: still the code that entered it (inside
  // another storage's run(), say).
  if (domain !== undefined && stack[stack.length - 1] === domain) return;
  stack.length = 0;
  if (domain !== undefined) stack.push(domain);
}
// What process.domain reads outside every domain: null at first and after
// an uncaught error cleared the domains, undefined once one was exited (as
// in Node).
let none = null;

function activeDomain() {
  const domain = current.getStore();
  return domain === undefined ? none : domain;
}

// null or undefined: no domain, read back as given.
function setActive(domain) {
  if (domain === null || domain === undefined) {
    none = domain;
    current.enterWith(undefined);
  } else {
    current.enterWith(domain);
  }
  stackFrame = getContext();
}

// process.domain and domain.active: the domain the running code is in.
Object.defineProperty(process, 'domain', {
  get: activeDomain,
  set: setActive,
  configurable: true,
  enumerable: true,
});

// Where domain was first required, shown when the capture callback is set
// against it later.
const requireStack = new Error('require(`domain`) at this point').stack;
Object.defineProperty(process, 'setUncaughtExceptionCaptureCallback', {
  value: function setUncaughtExceptionCaptureCallback(fn) {
    const err = new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
    err.stack += `\n${'-'.repeat(40)}\n${requireStack}`;
    throw err;
  },
  writable: true,
  configurable: true,
  enumerable: true,
});

function defineDomain(object, domain) {
  Object.defineProperty(object, 'domain', {
    value: domain, writable: true, configurable: true, enumerable: false,
  });
}

// Calls fn in `domain` (no try/finally: an error thrown leaves the domain
// entered for the uncaught exception handler to find, as in Node).
function runIn(domain, fn, thisArg, args) {
  domain.enter();
  const result = Reflect.apply(fn, thisArg, args);
  domain.exit();
  return result;
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    syncStack();
    stack.push(this);
    setActive(this);
  }

  // Leaves this domain and every domain entered after it.
  exit() {
    syncStack();
    const at = stack.lastIndexOf(this);
    if (at === -1) {
      if (current.getStore() === this) setActive(undefined);
      return;
    }
    stack.length = at;
    setActive(stack.length === 0 ? undefined : stack[stack.length - 1]);
  }

  run(fn, ...args) {
    return runIn(this, fn, this, args);
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    // A domain added to one of its own ancestors would make a cycle.
    if (this.domain && emitter instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) {
        if (d === emitter) return;
      }
    }
    defineDomain(emitter, this);
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const at = this.members.indexOf(emitter);
    if (at !== -1) this.members.splice(at, 1);
  }

  bind(callback) {
    const domain = this;
    function runBound(...args) {
      return runIn(domain, callback, this, args);
    }
    defineDomain(runBound, this);
    return runBound;
  }

  // A callback(err, ...results) wrapper: an error goes to the domain, the
  // results to the callback.
  intercept(callback) {
    const domain = this;
    function runIntercepted(err, ...results) {
      if (err) {
        if (typeof err === 'object' || typeof err === 'function') {
          err.domainBound = callback;
          err.domainThrown = false;
          defineDomain(err, domain);
        }
        domain.emit('error', err);
        return undefined;
      }
      return runIn(domain, callback, this, results);
    }
    defineDomain(runIntercepted, this);
    return runIntercepted;
  }

  // An error thrown in this domain: true when an 'error' listener took it.
  _errorHandler(er) {
    syncStack();
    if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
      defineDomain(er, this);
      er.domainThrown = true;
    }
    // The listeners run outside this domain: an error they throw must not
    // come back to it.
    while (current.getStore() === this) this.exit();
    let caught = false;
    if (stack.length === 0) {
      // Outermost domain: an error a listener throws ends the process.
      if (this.listenerCount('error') > 0) caught = this.emit('error', er);
    } else {
      try {
        caught = this.emit('error', er);
      } catch (er2) {
        // The listener threw: the enclosing domain may take that error.
        if (stack.length === 0) throw er2;
        setActive(stack[stack.length - 1]);
        caught = activeDomain()._errorHandler(er2);
      }
    }
    // An uncaught error ends the current callback: no domain stays entered.
    stack.length = 0;
    setActive(null);
    return caught;
  }
}

// Uncaught exceptions thrown in a domain go to it first.
execution.setDomainErrorHandler((er) => {
  const domain = current.getStore();
  return domain !== undefined && domain._errorHandler(er);
}, () => {
  syncStack();
  return stack.some((domain) => domain.listenerCount('error') > 0);
});

// A promise rejected in a domain and left unhandled is an error on it.
require('internal/process/promises').setDomainRejectionHandler((reason) => {
  const domain = current.getStore();
  return domain !== undefined && domain._errorHandler(reason);
});

// Emitters created in a domain belong to it; their events run in it, and
// an 'error' nobody listens to goes to it.
EventEmitter.usingDomains = true;
const originalInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  defineDomain(this, null);
  const domain = current.getStore();
  if (domain !== undefined && !(this instanceof Domain)) this.domain = domain;
  return Reflect.apply(originalInit, this, [opts]);
};

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(originalEmit, this, arguments);
  }
  if (type === 'error') {
    const er = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      defineDomain(er, domain);
      er.domainThrown = false;
    }
    // The domain's listeners run outside the active domain (and its
    // duplicates on top of the stack), in the one entered before it.
    syncStack();
    const savedStack = stack.slice();
    const savedActive = activeDomain();
    let at = stack.length - 1;
    while (at !== -1 && stack[at] === savedActive) at--;
    stack.length = at + 1;
    setActive(stack.length === 0 ? null : stack[stack.length - 1]);
    domain.emit('error', er);
    stack.length = 0;
    stack.push(...savedStack);
    setActive(savedActive);
    return false;
  }
  return runIn(domain, originalEmit, this, arguments);
};

function create() {
  return new Domain();
}

// Async resources created in a domain belong to it, as in Node (where
// its init hook sets the property): the domain of the context they keep.
Object.defineProperty(AsyncResource.prototype, 'domain', {
  get() {
    return this.runInAsyncScope(() => current.getStore());
  },
  set(value) {
    Object.defineProperty(this, 'domain', {
      value, writable: true, configurable: true, enumerable: false,
    });
  },
  configurable: true,
  enumerable: false,
});

module.exports = {
  Domain,
  create,
  createDomain: create,
};
Object.defineProperty(module.exports, '_stack', {
  get() {
    syncStack();
    return stack;
  },
  configurable: true,
  enumerable: true,
});
Object.defineProperty(module.exports, 'active', {
  get: activeDomain,
  set: setActive,
  configurable: true,
  enumerable: true,
});
