'use strict';

// process.emitWarning(), and the default 'warning' listener that prints
// "(node:PID) [CODE] Name: message" on stderr.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// The "(Use `node --trace-warnings ...`" hint is printed once per process.
let hintPrinted = false;

function flagSet(name) {
  return require('internal/options').hasFlag(name);
}

// --redirect-warnings=file (the last one), else NODE_REDIRECT_WARNINGS as
// it was at start-up: warnings are appended to that file instead of stderr.
// A file that cannot be opened leaves them on stderr.
const redirectPath = (() => {
  const values = require('internal/options').flagValues('--redirect-warnings');
  if (values.length > 0) return values[values.length - 1];
  return internalBinding('process_methods').getEnv('NODE_REDIRECT_WARNINGS') || undefined;
})();
let redirectFd;

function writeRedirected(text) {
  const fs = require('fs');
  try {
    if (redirectFd === undefined) redirectFd = fs.openSync(redirectPath, 'a');
    fs.writeSync(redirectFd, `${text}\n`);
    return true;
  } catch {
    return false;
  }
}

// Goes through the global console, as Node does, so a program that has
// replaced process.stderr.write sees its warnings.
function printLine(text) {
  if (redirectPath !== undefined && writeRedirected(text)) return;
  try {
    require('console').error(text);
  } catch {
    // stderr is gone; there is nowhere to report to.
  }
}

function describe(warning, withStack) {
  const prefix = `(${process.release.name}:${process.pid}) ` +
    (warning.code ? `[${warning.code}] ` : '');
  if (withStack && warning.stack) return prefix + warning.stack;
  const text = typeof warning.toString === 'function' ?
    warning.toString() : Error.prototype.toString.call(warning);
  return prefix + text;
}

function onWarning(warning) {
  if (!(warning instanceof Error) || flagSet('--no-warnings')) return;
  const deprecation = warning.name === 'DeprecationWarning';
  if (deprecation && process.noDeprecation) return;
  const withStack = Boolean(process.traceProcessWarnings || flagSet('--trace-warnings') ||
    (deprecation && process.traceDeprecation));
  const lines = [describe(warning, withStack)];
  if (typeof warning.detail === 'string') lines.push(warning.detail);
  if (!withStack && !hintPrinted) {
    hintPrinted = true;
    const program = require('path').basename(process.argv0 || 'node', '.exe');
    const flag = deprecation ? '--trace-deprecation' : '--trace-warnings';
    lines.push(`(Use \`${program} ${flag} ...\` to show where the warning was created)`);
  }
  printLine(lines.join('\n'));
}

// Sorts out emitWarning's overloads into one record:
//   (warning, type?, code?, ctor?), (warning, ctor), (warning, type, ctor)
//   and (warning, { type, code, detail, ctor }).
function readArguments(type, code, ctor) {
  const parsed = { type, code, ctor, detail: undefined };
  if (typeof type === 'function') {
    return { type: 'Warning', code: undefined, ctor: type, detail: undefined };
  }
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    parsed.type = type.type || 'Warning';
    parsed.code = type.code;
    parsed.ctor = type.ctor;
    if (typeof type.detail === 'string') parsed.detail = type.detail;
  }
  if (parsed.type !== undefined && typeof parsed.type !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('type', 'string', parsed.type);
  }
  if (typeof parsed.code === 'function') {
    parsed.ctor = parsed.code;
    parsed.code = undefined;
  }
  if (parsed.code !== undefined && typeof parsed.code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', parsed.code);
  }
  return parsed;
}

function emitWarning(warning, type, code, ctor) {
  const how = readArguments(type, code, ctor);
  let subject = warning;
  if (typeof subject === 'string') {
    subject = new Error(warning);
    subject.name = String(how.type || 'Warning');
    if (how.code !== undefined) subject.code = how.code;
    if (how.detail !== undefined) subject.detail = how.detail;
    // The stack starts where the user called emitWarning (or `ctor`).
    if (Error.captureStackTrace) Error.captureStackTrace(subject, how.ctor || process.emitWarning);
  } else if (!(subject instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], subject);
  }

  if (subject.name === 'DeprecationWarning' && process.noDeprecation) return;
  if (subject.name === 'DeprecationWarning' && process.throwDeprecation) {
    // --throw-deprecation: the warning surfaces as an uncaught exception on
    // a later tick rather than from inside the caller.
    process.nextTick(() => { throw subject; });
    return;
  }
  process.nextTick(() => process.emit('warning', subject));
}

process.on('warning', onWarning);

module.exports = { emitWarning, onWarning };
