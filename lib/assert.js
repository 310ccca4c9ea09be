'use strict';

// node:assert. A failed check throws an AssertionError
// (internal/assert/assertion_error.js builds its message and diff); the deep
// comparisons, the partial one too, are internal/util/comparisons.js.
// Layout: locating the source of a failing assert.ok() call, the checks,
// throws/rejects, CallTracker, the Assert class and the strict variant.

const errors = require('internal/errors');
// Argument errors; ERR_UNAVAILABLE_DURING_EXIT is CallTracker's.
const { ERR_AMBIGUOUS_ARGUMENT, ERR_CONSTRUCT_CALL_REQUIRED, ERR_MISSING_ARGS } = errors.codes;
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE } = errors.codes;
const { ERR_UNAVAILABLE_DURING_EXIT } = errors.codes;
const AssertionError = require('internal/assert/assertion_error');
const comparisons = require('internal/util/comparisons');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = comparisons;
const validators = require('internal/validators');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Brand checks that also work for values from other realms.
const getRegExpGlobal = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get;
function isRegExp(value) {
  try {
    return typeof Reflect.apply(getRegExpGlobal, value, []) === 'boolean';
  } catch {
    return false;
  }
}
function matches(regexp, text) {
  return Reflect.apply(RegExp.prototype.exec, regexp, [text]) !== null;
}

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

// --- source of a failing assert.ok() call ------------------------------------

const errorMessageCache = new Map();

// Frame of the caller of `fn`: { file, line, column } (1-based) or null.
function callerLocation(fn) {
  const limitDesc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const limitWritable = limitDesc !== undefined && limitDesc.writable;
  const savedLimit = Error.stackTraceLimit;
  let stack;
  try {
    if (limitWritable) Error.stackTraceLimit = 1;
    const holder = {};
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(holder, fn);
      stack = holder.stack;
    }
  } catch {
    stack = undefined;
  } finally {
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
  if (typeof stack !== 'string') return null;
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith('    at ')) continue;
    let loc = line.slice(7);
    if (loc.endsWith(')')) {
      const open = loc.lastIndexOf('(');
      if (open === -1) return null;
      loc = loc.slice(open + 1, -1);
    }
    const m = /^(.*):(\d+):(\d+)$/.exec(loc);
    if (m === null) return null;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return null;
}

function fileFromLocation(name) {
  if (name.startsWith('file://')) {
    try {
      return decodeURIComponent(name.slice(7));
    } catch {
      return null;
    }
  }
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name)) return name;
  return null;
}

function isIdentChar(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
    c === '_' || c === '$' || c > '\u007f';
}

// Skips a string or template literal starting at `i` (the quote); returns the
// index after it.
function skipQuoted(src, i) {
  const quote = src[i];
  i++;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) return i + 1;
    if (quote === '`' && c === '$' && src[i + 1] === '{') {
      i = skipBalanced(src, i + 1);
      if (i === -1) return -1;
      continue;
    }
    if (quote !== '`' && c === '\n') return -1;
    i++;
  }
  return -1;
}

function skipRegExp(src, i) {
  let inClass = false;
  i++;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '\n') return -1;
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '/') {
      i++;
      while (i < src.length && isIdentChar(src[i])) i++;
      return i;
    }
    i++;
  }
  return -1;
}

// A `/` starts a regular expression when the previous significant token
// cannot end an operand.
function slashStartsRegExp(prev) {
  if (prev === '') return true;
  if (isIdentChar(prev[prev.length - 1])) {
    return /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/
      .test(prev);
  }
  return prev !== ')' && prev !== ']' && prev !== '}';
}

// Walks the tokens of `src` from `i`, calling `onToken(kind, start, end, text)`
// for each (kind: 'open', 'close', 'word', 'literal', 'punct'); stops when
// `onToken` returns true (returns that token's end) or at the end (-1).
function scanTokens(src, i, onToken) {
  let prev = '';
  while (i < src.length) {
    const c = src[i];
    const start = i;
    let kind;
    if (c === '(' || c === '[' || c === '{') {
      kind = 'open';
      i++;
      prev = c;
    } else if (c === ')' || c === ']' || c === '}') {
      kind = 'close';
      i++;
      prev = c;
    } else if (c === '"' || c === '\'' || c === '`') {
      i = skipQuoted(src, i);
      if (i === -1) return -1;
      kind = 'literal';
      prev = ')';
    } else if (c === '/' && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
      continue;
    } else if (c === '/' && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
      continue;
    } else if (c === '/' && slashStartsRegExp(prev)) {
      i = skipRegExp(src, i);
      if (i === -1) return -1;
      kind = 'literal';
      prev = ')';
    } else if (isIdentChar(c)) {
      while (i < src.length && isIdentChar(src[i])) i++;
      kind = 'word';
      prev = src.slice(start, i);
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    } else {
      kind = 'punct';
      i++;
      prev = c;
    }
    if (onToken(kind, start, i, src[start])) return i;
  }
  return -1;
}

// From an opening bracket at `i`, returns the index just after its match.
function skipBalanced(src, i) {
  const stack = [];
  return scanTokens(src, i, (kind, start, end, ch) => {
    if (kind === 'open') {
      stack.push(ch === '(' ? ')' : ch === '[' ? ']' : '}');
    } else if (kind === 'close') {
      if (stack.pop() !== ch) return true;
      return stack.length === 0;
    }
    return false;
  });
}

// Number of brackets opened in src[0, pos) that are still open at `pos`.
function openBracketsBefore(src, pos) {
  let depth = 0;
  scanTokens(src, 0, (kind, start) => {
    if (start >= pos) return true;
    if (kind === 'open') depth++;
    else if (kind === 'close' && depth > 0) depth--;
    return false;
  });
  return depth;
}

// Whether the code after a call at `end` would let the call be parsed as
// part of an expression: a trailing comma before a bracket closed on an
// earlier line leaves an unparsable fragment, and Node then gives up.
function tailParses(src, end, openOnLine) {
  let depth = 0;
  let last = '';
  let ok = true;
  const done = scanTokens(src, end, (kind, start, tokenEnd, ch) => {
    if (kind === 'open') {
      depth++;
    } else if (kind === 'close') {
      if (depth === 0) {
        ok = openOnLine > 0 || last !== ',';
        return true;
      }
      depth--;
    } else if (depth === 0 && (ch === ';' || ch === ':')) {
      return true;
    }
    last = kind === 'punct' ? ch : kind;
    return false;
  });
  if (done === -1) ok = last !== ',';
  return ok;
}

// Start of the callee expression (`a.b?.c[d]`) that ends right before `end`.
function calleeStart(src, end, lineStart) {
  let i = end;
  while (i > lineStart) {
    const c = src[i - 1];
    if (isIdentChar(c) || c === '.' || c === '?') {
      i--;
    } else if (c === ']') {
      let depth = 0;
      let j = i - 1;
      for (; j >= lineStart; j--) {
        if (src[j] === ']') depth++;
        else if (src[j] === '[' && --depth === 0) break;
      }
      if (j < lineStart) return i;
      i = j;
    } else {
      break;
    }
  }
  // Do not include a leading optional-chain `?` or `.` left over.
  while (i < end && (src[i] === '.' || src[i] === '?')) i++;
  return i;
}

// Returns [startColumn, code] of the call at `offset` in `src` (which starts
// at the line of the call), or null.
function findCallAt(src, offset) {
  // Walk forward over the callee (identifiers, dots, brackets) to its `(`.
  // The engine's column may point inside the last bracket, at the quoted
  // key of `assert['ok']["apply"](...)`.
  let i = offset;
  while (i < src.length) {
    const c = src[i];
    if (isIdentChar(c) || c === '.' || c === '?' || c === ' ' || c === '\t') {
      i++;
    } else if ((c === '\'' || c === '"') && i === offset) {
      const close = src.indexOf(c, i + 1);
      if (close === -1 || src[close + 1] !== ']') return null;
      i = close + 2;
    } else if (c === '[') {
      i = skipBalanced(src, i);
      if (i === -1) return null;
    } else {
      break;
    }
  }
  if (src[i] !== '(') return null;
  const end = skipBalanced(src, i);
  if (end === -1) return null;
  let calleeEnd = i;
  while (calleeEnd > offset && (src[calleeEnd - 1] === ' ' || src[calleeEnd - 1] === '\t')) {
    calleeEnd--;
  }
  const start = calleeStart(src, calleeEnd, 0);
  if (start > offset) return null;
  if (!tailParses(src, end, openBracketsBefore(src, start))) return null;
  return [start, src.slice(start, end)];
}

function escapeControl(code) {
  // eslint-disable-next-line no-control-regex
  return code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (ch) => {
    const hex = ch.charCodeAt(0).toString(16);
    return `\\u${'0000'.slice(hex.length)}${hex}`;
  });
}

// The source text a frame's location refers to: a file, or the -e script.
function sourceOf(location) {
  if (location === '[eval]') {
    return typeof process._eval === 'string' ? process._eval : null;
  }
  const file = fileFromLocation(location);
  return file === null ? null : require('fs').readFileSync(file, 'utf8');
}

// The message quotes the failing call, only its first line when it spans
// several.
function getErrMessage(fn) {
  const loc = callerLocation(fn);
  if (loc === null) return undefined;
  const key = `${loc.file}:${loc.line}:${loc.column}`;
  if (errorMessageCache.has(key)) return errorMessageCache.get(key);
  let message;
  try {
    const source = sourceOf(loc.file);
    if (source === null) {
      errorMessageCache.set(key, undefined);
      return undefined;
    }
    let lineStart = 0;
    for (let n = 1; n < loc.line; n++) {
      lineStart = source.indexOf('\n', lineStart) + 1;
      if (lineStart === 0) throw new Error('line out of range');
    }
    // Enough source for any reasonable multi-line call.
    const src = source.slice(lineStart, lineStart + 65536);
    const found = findCallAt(src, loc.column - 1);
    if (found === null) throw new Error('no call found');
    let code = found[1];
    const newline = code.indexOf('\n');
    if (newline !== -1) code = code.slice(0, code[newline - 1] === '\r' ? newline - 1 : newline);
    message = `The expression evaluated to a falsy value:\n\n  ${escapeControl(code)}\n`;
  } catch {
    message = undefined;
  }
  errorMessageCache.set(key, message);
  return message;
}

// --- assert() / assert.ok() ------------------------------------------------------

// `count` is how many arguments the caller got: assert() with none at all
// has its own message; a falsy value with no message quotes the call.
function checkTruthy(caller, count, value, message) {
  if (value) return;
  let text = message;
  let generated = true;
  if (count === 0) {
    text = 'No value argument passed to `assert.ok()`';
  } else if (message === undefined || message === null) {
    text = getErrMessage(caller);
  } else if (isError(message)) {
    throw message;
  } else {
    generated = false;
  }
  const err = new AssertionError({
    actual: value, expected: true, message: text, operator: '==', stackStartFn: caller,
  });
  err.generatedMessage = generated;
  throw err;
}

function ok(...args) {
  checkTruthy(ok, args.length, ...args);
}

// Per Assert instance: { diff, strict }.
const assertSettings = new WeakMap();

// The diff setting of the Assert instance a method was called on ('simple'
// when called on the module or detached).
function diffOf(self) {
  const settings = self !== null && typeof self === 'object' ? assertSettings.get(self) : undefined;
  return settings === undefined ? 'simple' : settings.diff;
}

// --- failing -------------------------------------------------------------------------

// A failed check: an Error given as the message is thrown as it is,
// anything else becomes an AssertionError described by `details`.
function raise(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

let warnedLegacyFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const count = arguments.length;
  let text = message;
  let op = operator;
  let generated = false;
  if (count === 0 || (count === 1 && (actual === undefined || actual === null))) {
    text = 'Failed';
    generated = true;
  } else if (count === 1) {
    text = actual;
    actual = undefined;
  } else {
    if (!warnedLegacyFail) {
      warnedLegacyFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
                          'Please use assert.strictEqual() instead or only pass a message.',
                          'DeprecationWarning', 'DEP0094');
    }
    if (count === 2) op = '!=';
  }
  if (text instanceof Error) throw text;
  const err = new AssertionError({
    actual,
    expected,
    operator: op === undefined ? 'fail' : op,
    stackStartFn: stackStartFn || fail,
    message: text,
    diff: diffOf(this),
  });
  if (generated) err.generatedMessage = true;
  throw err;
}

// --- the comparisons ---------------------------------------------------------------

// ==, except that NaN equals NaN.
function looselyEqual(actual, expected) {
  // eslint-disable-next-line eqeqeq
  return actual == expected || (Number.isNaN(actual) && Number.isNaN(expected));
}

// Each comparison: the relation it tests, whether it must hold or must not,
// and the operator recorded on the error (the method's name by default).
const comparisonTable = [
  ['equal', looselyEqual, true, '=='],
  ['notEqual', looselyEqual, false, '!='],
  ['deepEqual', isDeepEqual, true],
  ['notDeepEqual', isDeepEqual, false],
  ['deepStrictEqual', isDeepStrictEqual, true],
  ['notDeepStrictEqual', isDeepStrictEqual, false],
  ['strictEqual', Object.is, true],
  ['notStrictEqual', Object.is, false],
  ['partialDeepStrictEqual', isPartialStrictEqual, true],
];

const checks = { __proto__: null };
for (const [name, relation, wanted, operator = name] of comparisonTable) {
  // A computed method name gives the function the method's name, which
  // AssertionError uses to hide its own frame from the stack.
  const check = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
      if (Boolean(relation(actual, expected)) === wanted) return;
      raise({ actual, expected, message, operator, stackStartFn: check, diff: diffOf(this) });
    },
  }[name];
  checks[name] = check;
}

// --- throws / rejects / doesNotThrow / doesNotReject ------------------------------------

// Where the stack of a throws()/rejects() failure starts: below the
// caller for throws(); rejects() runs after an await, so nothing of the
// user's call is left on the stack and its own frame is kept instead.
function stackStart(caller) {
  if (caller === rejects) return expectThrown;
  if (caller === doesNotReject) return expectNothingThrown;
  return caller;
}

// What running the block produced: its exception, or this marker.
const NOTHING_THROWN = Symbol('nothing thrown');

function runBlock(fn) {
  validators.validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NOTHING_THROWN;
}

function isThenable(value) {
  return value instanceof Promise || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

// rejects()/doesNotReject() take a promise or a function returning one.
async function settle(promiseOrFn) {
  let pending = promiseOrFn;
  if (typeof promiseOrFn === 'function') {
    pending = promiseOrFn();
    if (!isThenable(pending)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (!isThenable(promiseOrFn)) {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseOrFn);
  }
  try {
    await pending;
  } catch (err) {
    return err;
  }
  return NOTHING_THROWN;
}

// Shown in place of the thrown error in the diff of a validation object
// mismatch: only the keys that were checked. The class name shows up in
// the message, hence this exact name.
class Comparison {
  constructor(source, keys, thrown) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const value = source[key];
      // A RegExp that matched the thrown string shows as that string.
      const matched = thrown !== undefined && typeof thrown[key] === 'string' &&
        isRegExp(value) && matches(value, thrown[key]);
      this[key] = matched ? thrown[key] : value;
    }
  }
}

// throws(fn, { key: value, ... }): each key of the object (plus name and
// message for an Error) must match the thrown error.
function matchValidationObject(thrown, spec, message, caller) {
  const keys = Object.keys(spec);
  if (spec instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', spec, 'may not be an empty object');
  }
  for (const key of keys) {
    const want = spec[key];
    if (typeof thrown[key] === 'string' && isRegExp(want) && matches(want, thrown[key])) continue;
    if (key in thrown && isDeepStrictEqual(thrown[key], want)) continue;
    if (message) {
      raise({
        actual: thrown, expected: spec, message, operator: caller.name,
        stackStartFn: stackStart(caller),
      });
    }
    const err = new AssertionError({
      actual: new Comparison(thrown, keys),
      expected: new Comparison(spec, keys, thrown),
      operator: 'deepStrictEqual',
      stackStartFn: stackStart(caller),
    });
    err.actual = thrown;
    err.expected = spec;
    err.operator = caller.name;
    throw err;
  }
}

// Why `thrown` does not satisfy the error class `Expected` (message text).
function describeWrongClass(thrown, Expected) {
  let text = `The error is expected to be an instance of "${Expected.name}". Received `;
  if (!isError(thrown)) return `${text}"${inspect(thrown, { depth: -1 })}"`;
  const name = (thrown.constructor && thrown.constructor.name) || thrown.name;
  text += Expected.name === name ?
    'an error with identical name but a different prototype.' : `"${name}"`;
  if (thrown.message) text += `\n\nError message:\n\n${thrown.message}`;
  return text;
}

// Checks `thrown` against what throws()/rejects() were told to expect: a
// RegExp for its string form, a validation object, an Error class, or a
// validation function that must return true.
function checkThrown(thrown, expected, message, caller) {
  let defaultMessage;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && thrown instanceof expected) return;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      defaultMessage = describeWrongClass(thrown, expected);
    } else {
      const verdict = Reflect.apply(expected, {}, [thrown]);
      if (verdict === true) return;
      const label = expected.name ? `"${expected.name}" ` : '';
      defaultMessage = `The ${label}validation function is expected to return "true". ` +
        `Received ${inspect(verdict)}`;
      if (isError(thrown)) defaultMessage += `\n\nCaught error:\n\n${thrown}`;
    }
  } else if (isRegExp(expected)) {
    const text = String(thrown);
    if (matches(expected, text)) return;
    defaultMessage = `The input did not match the regular expression ${inspect(expected)}. ` +
      `Input:\n\n${inspect(text)}\n`;
  } else if (thrown === null || typeof thrown !== 'object') {
    const err = new AssertionError({
      actual: thrown, expected, message, operator: 'deepStrictEqual',
      stackStartFn: stackStart(caller),
    });
    err.operator = caller.name;
    throw err;
  } else {
    matchValidationObject(thrown, expected, message, caller);
    return;
  }
  const err = new AssertionError({
    actual: thrown,
    expected,
    message: message || defaultMessage,
    operator: caller.name,
    stackStartFn: stackStart(caller),
  });
  err.generatedMessage = !message;
  throw err;
}

const ERROR_SPEC_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

// throws()/rejects(): `rest` is [error][, message]; a string in the error
// position is the message.
function expectThrown(caller, thrown, rest) {
  let [expected, message] = rest;
  if (typeof expected === 'string') {
    if (rest.length === 2) throw new ERR_INVALID_ARG_TYPE('error', ERROR_SPEC_TYPES, expected);
    // A message equal to what was thrown was probably meant as the error.
    if (thrown !== null && typeof thrown === 'object') {
      if (thrown.message === expected) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${thrown.message}" is identical to the message.`);
      }
    } else if (thrown === expected) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${thrown}" is identical to the message.`);
    }
    message = expected;
    expected = undefined;
  } else if (expected !== undefined && expected !== null &&
             typeof expected !== 'object' && typeof expected !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ERROR_SPEC_TYPES, expected);
  }

  if (thrown === NOTHING_THROWN) {
    const what = caller === rejects ? 'rejection' : 'exception';
    const name = expected && expected.name ? ` (${expected.name})` : '';
    raise({
      actual: undefined,
      expected,
      operator: caller.name,
      message: `Missing expected ${what}${name}${message ? `: ${message}` : '.'}`,
      stackStartFn: stackStart(caller),
    });
  }
  if (expected) checkThrown(thrown, expected, message, caller);
}

// doesNotThrow(fn, SomeError) only objects to errors of that kind.
function isUnwanted(thrown, expected) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && thrown instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [thrown]) === true;
  }
  if (isRegExp(expected)) return matches(expected, String(thrown));
  throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
}

function expectNothingThrown(caller, thrown, rest) {
  if (thrown === NOTHING_THROWN) return;
  let [expected, message] = rest;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (expected && !isUnwanted(thrown, expected)) throw thrown;
  const what = caller === doesNotReject ? 'rejection' : 'exception';
  raise({
    actual: thrown,
    expected,
    operator: caller.name,
    message: `Got unwanted ${what}${message ? `: ${message}` : '.'}\n` +
      `Actual message: "${thrown && thrown.message}"`,
    stackStartFn: stackStart(caller),
  });
}

function throws(fn, ...rest) {
  expectThrown(throws, runBlock(fn), rest);
}

async function rejects(promiseFn, ...rest) {
  expectThrown(rejects, await settle(promiseFn), rest);
}

function doesNotThrow(fn, ...rest) {
  expectNothingThrown(doesNotThrow, runBlock(fn), rest);
}

async function doesNotReject(fn, ...rest) {
  expectNothingThrown(doesNotReject, await settle(fn), rest);
}

// --- ifError, match ------------------------------------------------------------------

function ifError(err) {
  if (err === null || err === undefined) return;
  let detail;
  if (typeof err === 'object' && typeof err.message === 'string') {
    detail = err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    detail = inspect(err);
  }
  const failure = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message: `ifError got unwanted exception: ${detail}`,
    stackStartFn: ifError,
    diff: diffOf(this),
  });
  // The stack continues with the original error's frames; the frames both
  // stacks share are listed once.
  const original = err.stack;
  const framesAt = typeof original === 'string' ? original.indexOf('\n    at') : -1;
  if (framesAt !== -1) {
    const theirs = original.slice(framesAt + 1).split('\n');
    let ours = (failure.stack || '').split('\n');
    const shared = theirs.findIndex((frame) => ours.includes(frame));
    if (shared !== -1) ours = ours.slice(0, ours.indexOf(theirs[shared]));
    failure.stack = `${ours.join('\n')}\n${theirs.join('\n')}`;
  }
  throw failure;
}

function checkMatch(caller, wantMatch, string, regexp, message) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && matches(regexp, string) === wantMatch) return;
  if (message instanceof Error) throw message;
  let text = message;
  if (!text) {
    if (typeof string !== 'string') {
      text = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      const how = wantMatch ? 'did not match' : 'was expected to not match';
      text = `The input ${how} the regular expression ${inspect(regexp)}. ` +
        `Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message: text, operator: caller.name, stackStartFn: caller,
  });
  err.generatedMessage = !message;
  throw err;
}

function match(string, regexp, message) {
  checkMatch(match, true, string, regexp, message);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(doesNotMatch, false, string, regexp, message);
}

// --- CallTracker (deprecated in Node 20, still functional) ----------------------

// Per tracker: { contexts: Set of contexts, byFunction: WeakMap tracked fn -> context }.
const trackerState = new WeakMap();
let callTrackerWarned = false;

class CallTrackerContext {
  constructor(expected, calledFn, stackTrace) {
    this.expected = expected;
    this.calledFn = calledFn;
    this.stackTrace = stackTrace;
    this.calls = [];
  }

  track(thisArg, args) {
    this.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args) }));
  }

  reset() {
    this.calls = [];
  }

  report() {
    if (this.calls.length === this.expected) return undefined;
    return {
      message: `Expected the ${this.calledFn.name} function to be ` +
        `executed ${this.expected} time(s) but was ` +
        `executed ${this.calls.length} time(s).`,
      actual: this.calls.length,
      expected: this.expected,
      operator: this.calledFn.name,
      stack: this.stackTrace,
    };
  }
}

// What calls() tracks when given no function (Node reports it as 'calls').
const trackedNoop = function calls() {};

function trackerOf(tracker) {
  const state = trackerState.get(tracker);
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

function trackedContext(tracker, tracked) {
  const context = trackerOf(tracker).byFunction.get(tracked);
  if (context === undefined) {
    throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
  }
  return context;
}

class CallTracker {
  constructor() {
    if (!callTrackerWarned) {
      callTrackerWarned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
    trackerState.set(this, { contexts: new Set(), byFunction: new WeakMap() });
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of trackerOf(this).contexts) context.reset();
      return;
    }
    trackedContext(this, tracked).reset();
  }

  getCalls(tracked) {
    return Object.freeze(trackedContext(this, tracked).calls.slice());
  }

  calls(fn, expected = 1) {
    const state = trackerOf(this);
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = trackedNoop;
    } else if (fn === undefined) {
      fn = trackedNoop;
    }
    require('internal/validators').validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext(expected, fn, new Error());
    state.contexts.add(context);
    const tracked = new Proxy(fn, {
      __proto__: null, // traps must not come from a patched Object.prototype
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    state.byFunction.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of trackerOf(this).contexts) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}


// --- the Assert class --------------------------------------------------------------------
//
// new Assert({ diff, strict }) gives an independent set of the assertion
// methods. strict (the default) makes equal/deepEqual/notEqual/notDeepEqual
// the strict ones, as own properties of the instance. The methods are the
// module's own functions: called on an instance they use its settings,
// detached they behave like the module's.

function Assert(options = { __proto__: null }) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  // Like Node, only `diff` is checked; other values are taken as given.
  const { diff = 'simple', strict = true } = options !== null && typeof options === 'object' ?
    options : {};
  validators.validateOneOf(diff, 'options.diff', ['simple', 'full']);
  assertSettings.set(this, { diff, strict: Boolean(strict) });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = checks.strictEqual;
    this.deepEqual = checks.deepStrictEqual;
    this.notEqual = checks.notStrictEqual;
    this.notDeepEqual = checks.notDeepStrictEqual;
  }
}

// --- the module ------------------------------------------------------------------------------

const assert = ok;
module.exports = assert;

// Property order follows Node's, for code that lists them.
const api = {
  AssertionError,
  CallTracker,
  ok,
  fail,
  equal: checks.equal,
  notEqual: checks.notEqual,
  deepEqual: checks.deepEqual,
  notDeepEqual: checks.notDeepEqual,
  deepStrictEqual: checks.deepStrictEqual,
  notDeepStrictEqual: checks.notDeepStrictEqual,
  strictEqual: checks.strictEqual,
  notStrictEqual: checks.notStrictEqual,
  partialDeepStrictEqual: checks.partialDeepStrictEqual,
  match,
  doesNotMatch,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
};
Object.assign(assert, api);

// The instance's ok is its own function: the module's ok is the module
// itself and carries every other method as a property.
const instanceOk = {
  ok(...args) {
    checkTruthy(instanceOk, args.length, ...args);
  },
}.ok;

for (const name of ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
                    'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
                    'partialDeepStrictEqual', 'throws', 'rejects', 'doesNotThrow',
                    'doesNotReject', 'ifError', 'match', 'doesNotMatch']) {
  Object.defineProperty(Assert.prototype, name, {
    __proto__: null,
    value: name === 'ok' ? instanceOk : api[name],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// assert.strict: the same API with the loose comparisons swapped for the
// strict ones, itself callable like assert.ok().
function strict(...args) {
  checkTruthy(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, api, {
  equal: checks.strictEqual,
  deepEqual: checks.deepStrictEqual,
  notEqual: checks.notStrictEqual,
  notDeepEqual: checks.notDeepStrictEqual,
});
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;
