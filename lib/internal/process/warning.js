'use strict';

// process.emitWarning and the default 'warning' listener that prints
// "(node:PID) Name: message" to stderr.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let traceWarningHelperShown = false;

// Through the global console, like Node: a program that replaces
// process.stderr.write sees its warnings.
function writeOut(message) {
  try {
    require('console').error(message);
  } catch {
    // stderr closed: nothing to report to.
  }
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const { hasFlag } = require('internal/options');
  if (hasFlag('--no-warnings')) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || hasFlag('--trace-warnings') ||
    (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` ` +
      'to show where the warning was created)';
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const warningErr = new Error(warning);
  warningErr.name = String(type || 'Warning');
  if (code !== undefined) warningErr.code = code;
  if (detail !== undefined) warningErr.detail = detail;
  if (Error.captureStackTrace) Error.captureStackTrace(warningErr, ctor || process.emitWarning);
  return warningErr;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown from a later tick, as an uncaught exception, like Node.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

process.on('warning', onWarning);

module.exports = { emitWarning, onWarning };
