'use strict';

// node:assert. Every failing check throws an AssertionError
// (lib/internal/assert/assertion_error.js); deep comparisons come from
// lib/internal/util/comparisons.js.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { validateFunction } = require('internal/validators');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const regexpGlobalGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get;
function isRegExp(v) {
  try {
    return typeof regexpGlobalGetter.call(v) === 'boolean';
  } catch {
    return false;
  }
}
const regexpExec = RegExp.prototype.exec;

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

function isPromise(v) {
  return v instanceof Promise;
}

const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
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

function getErrMessage(fn) {
  const loc = callerLocation(fn);
  if (loc === null) return undefined;
  const key = `${loc.file}:${loc.line}:${loc.column}`;
  if (errorMessageCache.has(key)) return errorMessageCache.get(key);
  let message;
  try {
    const file = fileFromLocation(loc.file);
    if (file === null) {
      errorMessageCache.set(key, undefined);
      return undefined;
    }
    const source = require('fs').readFileSync(file, 'utf8');
    let lineStart = 0;
    for (let n = 1; n < loc.line; n++) {
      lineStart = source.indexOf('\n', lineStart) + 1;
      if (lineStart === 0) throw new Error('line out of range');
    }
    // Enough source for any reasonable multi-line call.
    const src = source.slice(lineStart, lineStart + 65536);
    const found = findCallAt(src, loc.column - 1);
    if (found === null) throw new Error('no call found');
    const column = found[0];
    message = escapeControl(found[1]);
    if (message.includes('\n')) {
      message = message.replace(/\r\n/g, '\n');
      const lines = message.split('\n');
      message = lines.shift();
      for (const line of lines) {
        let pos = 0;
        while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
        message += `\n  ${line.slice(pos)}`;
      }
    }
    message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
  } catch {
    message = undefined;
  }
  errorMessageCache.set(key, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// --- the functions ----------------------------------------------------------------

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

assert.ok = ok;
assert.AssertionError = AssertionError;

let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = notDeepStrictEqual;
function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// --- throws / rejects ----------------------------------------------------------

// Placeholder holding only the compared keys, so the diff shows just those.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            regexpExec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regexpExec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      // Validation object: every own key must match (RegExp values may match
      // string properties); Error instances also compare name and message.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regexpExec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      return regexpExec.call(expected, String(actual)) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
        `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }

    const newErr = new AssertionError({
      actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
    });

    // Append the original error's frames, dropping the ones both stacks share.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const origStackStart = origStack.indexOf('\n    at');
      if (origStackStart !== -1) {
        const originalFrames = origStack.slice(origStackStart + 1).split('\n');
        let newFrames = (newErr.stack || '').split('\n');
        for (const frame of originalFrames) {
          const pos = newFrames.indexOf(frame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
      }
    }
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexpExec.call(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

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

assert.CallTracker = CallTracker;

// --- strict mode -------------------------------------------------------------------

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
