'use strict';

// Where uncaught exceptions go and how the process ends: the handlers that
// src/core/environment.cc calls (registered through internalBinding('errors')).

const {
  setEmitProcessExit,
  setEmitBeforeExit,
} = internalBinding('errors');
const { writeString } = internalBinding('fs');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (fn !== null && typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (fn !== null && captureCallback !== null) {
    const err = new Error('`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    err.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw err;
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// node:domain's: `fn` takes an uncaught error thrown in a domain, returning
// whether one of its listeners handled it; `hasListeners` answers whether
// a domain entered now has 'error' listeners (then Node does not abort
// under --abort-on-uncaught-exception).
let domainErrorHandler = null;
let domainHasListeners = null;
function setDomainErrorHandler(fn, hasListeners = null) {
  domainErrorHandler = fn;
  domainHasListeners = hasListeners;
}

let abortOnUncaught;
function abortsOnUncaught() {
  abortOnUncaught ??= require('internal/options').hasFlag('--abort-on-uncaught-exception');
  return abortOnUncaught;
}

function writeStderr(text) {
  try {
    writeString(2, text);
  } catch {
    // Nothing more can be done when stderr is gone.
  }
}

// The report Node prints for a fatal error: where it was thrown, the error,
// and the version.
function printFatal(er, arrow) {
  const { inspect } = require('internal/util/inspect');
  let body;
  if (er instanceof Error || (er !== null && typeof er === 'object' && 'stack' in er)) {
    const enhance = er[Symbol.for('eddy.enhanceStackBeforeInspector')];
    if (typeof enhance === 'function') {
      try {
        const stack = enhance();
        Object.defineProperty(er, 'stack', {
          value: stack, writable: true, configurable: true, enumerable: false,
        });
      } catch {
        // Report the error as it is.
      }
    }
    try {
      body = inspect(er);
    } catch {
      body = String(er && er.stack);
    }
  } else if (typeof er === 'object' || typeof er === 'function') {
    body = inspect(er);
  } else {
    // Node adds the hint only for thrown primitives.
    body = typeof er === 'symbol' ? inspect(er) : String(er);
    const argv0 = require('path').basename(process.argv0 || 'node');
    body += `\n(Use \`${argv0} --trace-uncaught ...\` to show where the exception was thrown)`;
  }
  // Node leaves a blank line between the arrow and an error, none before
  // a thrown primitive.
  const isError = er instanceof Error || (er !== null && typeof er === 'object' && 'stack' in er);
  const head = arrow ? (isError ? `${arrow}\n` : arrow) : '';
  writeStderr(`${head}${body}\n\nNode.js ${process.version}\n`);
}

// Returns true when a listener handled the error; otherwise runs the exit
// sequence, prints the error and returns the exit code.
function onFatalException(er, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  // --abort-on-uncaught-exception: Node aborts where the error is thrown,
  // before any listener runs, unless a capture callback or a domain with
  // 'error' listeners is there to take it.
  if (abortsOnUncaught() && captureCallback === null &&
      (domainHasListeners === null || !domainHasListeners())) {
    printFatal(er, arrow);
    process.abort();
  }
  process.emit('uncaughtExceptionMonitor', er, type);
  if (domainErrorHandler !== null) {
    let handled;
    try {
      handled = domainErrorHandler(er);
    } catch (thrown) {
      // A domain's 'error' listener threw: nothing takes that error.
      if (abortsOnUncaught()) {
        printFatal(thrown, '');
        process.abort();
      }
      throw thrown;
    }
    if (handled) return true;
  }
  if (captureCallback !== null) {
    captureCallback(er);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', er, type);
    return true;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // The error being reported matters more than one thrown by 'exit'.
  }
  printFatal(er, arrow);
  if (require('internal/options').hasFlag('--abort-on-uncaught-exception')) process.abort();
  // An 'exit' listener may have set process.exitCode: Node exits with it.
  const code = process.exitCode;
  return code === undefined || code === null ? 1 : code | 0;
}

// End of the event loop, or process.exit(): emit 'exit' once and return the
// exit code.
function emitProcessExit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  return process.exitCode | 0;
}

function emitBeforeExit() {
  process.emit('beforeExit', process.exitCode || 0);
}

function setupExecution() {
  // Called by src/core/environment.cc with (error, fromPromise, arrow).
  Object.defineProperty(process, '_fatalException', {
    value: onFatalException, writable: true, configurable: true, enumerable: true,
  });
  setEmitProcessExit(emitProcessExit);
  setEmitBeforeExit(emitBeforeExit);
}

module.exports = {
  setupExecution,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  setDomainErrorHandler,
  printFatal,
};
