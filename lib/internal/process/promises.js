'use strict';

// Unhandled promise rejections, in Node's four modes (plus
// warn-with-error-code). The engine records rejection events; they are
// examined after each microtask drain, so a handler attached in the same
// tick still counts as handled.

const { takeRejectionEvents, tickInfo } = internalBinding('task_queue');
const { getPromiseDetails } = internalBinding('util');
const { triggerUncaughtException } = internalBinding('errors');
const { runInContext } = require('internal/async_context');

const kHasRejectionToWarn = 1;
const kUnhandled = 0;

const maybeUnhandledPromises = new WeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;
let mode;

function getMode() {
  if (mode === undefined) mode = internalBinding('builtins').options.unhandledRejections;
  return mode;
}

function collectEvents() {
  const events = takeRejectionEvents();  // [kind, promise, frame] ...
  for (let i = 0; i < events.length; i += 3) {
    const promise = events[i + 1];
    if (events[i] === kUnhandled) {
      const details = getPromiseDetails(promise);
      maybeUnhandledPromises.set(promise, {
        reason: details[1],
        uid: ++lastPromiseId,
        warned: false,
        frame: events[i + 2],
      });
      pendingUnhandledRejections.push(promise);
    } else {
      const info = maybeUnhandledPromises.get(promise);
      if (info === undefined) continue;
      maybeUnhandledPromises.delete(promise);
      if (info.warned) {
        const warning = new Error('Promise rejection was handled ' +
                                  `asynchronously (rejection id: ${info.uid})`);
        warning.name = 'PromiseRejectionHandledWarning';
        warning.id = info.uid;
        asyncHandledRejections.push({ promise, warning });
      }
    }
  }
}

function isErrorLike(o) {
  return o instanceof Error || (typeof o === 'object' && o !== null &&
    Object.prototype.hasOwnProperty.call(o, 'stack'));
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async ' +
          'function without a catch block, or by rejecting a promise which was ' +
          'not handled with .catch(). The promise rejected with the reason ' +
          `"${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', configurable: true, writable: true,
});

// V8's NoSideEffectsToString, which Node uses to print a rejection reason
// that is not an error: no getter or user toString() runs.
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return Symbol.prototype.toString.call(value);
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return String(value);
  const dataProperty = (name) => {
    for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
      const desc = Object.getOwnPropertyDescriptor(o, name);
      if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
    }
    return undefined;
  };
  if (dataProperty('toString') === Object.prototype.toString) {
    const ctor = dataProperty('constructor');
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
      return `#<${ctor.name}>`;
    }
  }
  return Object.prototype.toString.call(value);
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // An unprintable reason still gets the second warning.
  }
  process.emitWarning(warning);
}

// node:domain's: takes an unhandled rejection in a domain (returns true).
let domainRejectionHandler = null;
function setDomainRejectionHandler(fn) {
  domainRejectionHandler = fn;
}

function reportUnhandled(promise, { reason, uid }) {
  if (domainRejectionHandler !== null && domainRejectionHandler(reason)) return;
  switch (getMode()) {
    case 'strict': {
      const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
      triggerUncaughtException(err, true);
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledRejectionWarning(uid, reason);
      }
      break;
    }
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitUnhandledRejectionWarning(uid, reason);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledRejectionWarning(uid, reason);
        process.exitCode = 1;
      }
      break;
    default:  // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
      }
  }
}

// Returns true when it may have queued ticks or microtasks.
function processPromiseRejections() {
  collectEvents();
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    // In the async context of the rejection, as node 22: listeners see its
    // AsyncLocalStorage stores, and a domain takes it first.
    runInContext(info.frame, reportUnhandled, undefined, [promise, info]);
    maybeScheduled = true;
  }
  tickInfo[kHasRejectionToWarn] = 0;
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

module.exports = { processPromiseRejections, setDomainRejectionHandler };
