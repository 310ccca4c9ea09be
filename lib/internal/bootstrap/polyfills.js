'use strict';

// What SpiderMonkey 140 still lacks and npm packages use: V8's stack trace
// API (Error.stackTraceLimit, Error.prepareStackTrace with CallSite objects,
// and the `Error: message` header that V8 puts in front of the frames of
// Error.captureStackTrace), a join that answers at once for huge sparse
// arrays, and the Symbol.dispose/asyncDispose that node defines (Debian's
// engine is built without explicit resource management).
// Installed once, before any user code, as non-enumerable properties like
// the engine's own.

// --- Array.prototype.join on huge sparse arrays ----------------------------------

// The engine's join visits every index: `new Array(2 ** 32 - 1).join('')`
// ran for minutes (V8 answers at once). Huge arrays that are mostly holes
// are joined from their own elements here, and results longer than the
// engine's longest string fail at once with V8's RangeError.
{
  const nativeJoin = Array.prototype.join;
  const kMaxStringLength = 2 ** 30 - 2;
  const kHuge = 2 ** 24;
  const join = function join(separator) {
    const o = Object(this);
    const len = Math.min(Math.max(Math.trunc(Number(o.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
    if (len <= kHuge) return nativeJoin.call(o, separator);
    const sep = separator === undefined ? ',' : String(separator);
    if ((len - 1) * sep.length > kMaxStringLength) throw new RangeError('Invalid string length');
    const keys = Object.keys(o);
    if (keys.length > len / 2) return nativeJoin.call(o, sep);
    let out = '';
    let separators = 0;
    let total = (len - 1) * sep.length;
    for (let k = 0; k < keys.length; k++) {
      const index = Number(keys[k]);
      if (!Number.isInteger(index) || index >= len || `${index}` !== keys[k]) continue;
      const value = o[index];
      const str = value === undefined || value === null ? '' : String(value);
      total += str.length;
      if (total > kMaxStringLength) throw new RangeError('Invalid string length');
      out += sep.repeat(index - separators) + str;
      separators = index;
    }
    return out + sep.repeat(len - 1 - separators);
  };
  Object.defineProperty(Array.prototype, 'join', {
    value: join, writable: true, configurable: true, enumerable: false,
  });
}

// --- V8's stack trace API ------------------------------------------------------

// One frame of a V8-format stack line ("    at fn (file:line:col)").
class CallSite {
  constructor(fnName, fileName, line, column, isNative) {
    this._fn = fnName;
    this._file = fileName;
    this._line = line;
    this._column = column;
    this._native = isNative;
  }
  getThis() { return undefined; }
  getTypeName() {
    const dot = this._fn ? this._fn.lastIndexOf('.') : -1;
    return dot > 0 ? this._fn.slice(0, dot) : null;
  }
  getFunction() { return undefined; }
  getFunctionName() {
    if (!this._fn) return null;
    const dot = this._fn.lastIndexOf('.');
    return dot > 0 ? this._fn.slice(dot + 1) : this._fn;
  }
  getMethodName() { return this.getTypeName() ? this.getFunctionName() : null; }
  getFileName() { return this._file || undefined; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return !this.getTypeName(); }
  isEval() { return false; }
  isNative() { return this._native; }
  isConstructor() { return this._fn ? this._fn.startsWith('new ') : false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    const where = this._native ? 'native' :
      `${this._file}${this._line != null ? `:${this._line}:${this._column}` : ''}`;
    return this._fn ? `${this._fn} (${where})` : where;
  }
}

const frameRe = /^\s*at (?:(.+?) \((.*?)(?::(\d+):(\d+))?\)|(.*?)(?::(\d+):(\d+))?)$/;
function parseFrames(lines) {
  const sites = [];
  // Indexed loops only: user code may have replaced the array iterator.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = frameRe.exec(line);
    if (!m) continue;
    if (m[2] !== undefined) {
      sites.push(new CallSite(m[1], m[2], m[3] ? +m[3] : null, m[4] ? +m[4] : null, m[2] === 'native'));
    } else {
      sites.push(new CallSite(null, m[5], m[6] ? +m[6] : null, m[7] ? +m[7] : null, m[5] === 'native'));
    }
  }
  return sites;
}

const stackDescriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
const engineStack = stackDescriptor && stackDescriptor.get;

// Splits the engine's V8-format stack into header and frame lines.
function splitStack(stack) {
  const lines = stack.split('\n');
  let first = 0;
  while (first < lines.length && !lines[first].startsWith('    at ')) first++;
  return { header: lines.slice(0, first).join('\n'), frames: lines.slice(first).filter(Boolean) };
}

function errorHeader(err) {
  try {
    return Error.prototype.toString.call(err);
  } catch {
    return 'Error';
  }
}

function formatStack(err, frameLines) {
  const limit = Error.stackTraceLimit;
  const n = typeof limit === 'number' ? Math.max(0, Math.floor(limit)) : 0;
  const frames = frameLines.slice(0, n);
  if (typeof Error.prepareStackTrace === 'function') {
    return Error.prepareStackTrace(err, parseFrames(frames));
  }
  const header = errorHeader(err);
  return frames.length ? `${header}\n${frames.join('\n')}` : header;
}

if (!('stackTraceLimit' in Error)) {
  Error.stackTraceLimit = 10;
}

// Error.captureStackTrace(target[, constructorOpt]): the engine's own
// records the frames below constructorOpt (matched by identity; none when it
// is not on the stack) as a plain string. V8 makes `stack` an accessor that
// formats lazily, header first, through stackTraceLimit and
// prepareStackTrace; so does this.
const engineCapture = Error.captureStackTrace;
function captureStackTrace(target, constructorOpt) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const holder = {};
  engineCapture(holder, typeof constructorOpt === 'function' ? constructorOpt : captureStackTrace);
  const frames = splitStack(nameAnonymousFrames(holder.stack)).frames;
  let cached;
  Object.defineProperty(target, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      if (cached === undefined) cached = formatStack(target, frames);
      return cached;
    },
    set(v) {
      Object.defineProperty(target, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
    },
  });
}
Object.defineProperty(Error, 'captureStackTrace', {
  value: captureStackTrace, writable: true, configurable: true, enumerable: false,
});

// The engine names a function without a name "" where V8 says
// "Object.<anonymous>" (a CommonJS module body) or "<anonymous>".
function nameAnonymousFrames(stack) {
  return stack.includes('    at  (') ?
    stack.replace(/^ {4}at {2}\(/gm, '    at Object.<anonymous> (') : stack;
}

// The engine records the frames of a subclass's constructors (`class E
// extends Error {}` thrown in f: "at E", then "at f"); V8 starts below
// new.target's frame. Frames carry only names, so the constructors on the
// error's prototype chain are matched by name at the top of the stack:
// returns how many frames to drop.
const engineErrorPrototypes = new Set([
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
  AggregateError,
].map((ctor) => ctor.prototype));
function constructorFrames(err, frames) {
  const names = [];
  let proto = Object.getPrototypeOf(err);
  while (proto !== null && !engineErrorPrototypes.has(proto)) {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name) names.push(ctor.name);
    proto = Object.getPrototypeOf(proto);
  }
  if (names.length === 0 || frames.length === 0) return 0;
  let cut = 0;
  for (let i = 0; i < frames.length && i < names.length; i++) {
    const name = frameRe.exec(frames[i])?.[1];
    if (name === undefined || !names.includes(name)) break;
    if (name === names[0]) cut = i + 1;
  }
  return cut;
}

// Error.prototype.stack honours stackTraceLimit and prepareStackTrace.
if (engineStack) {
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      let raw = engineStack.call(this);
      if (typeof raw !== 'string') return raw;
      raw = nameAnonymousFrames(raw);
      const { header, frames } = splitStack(raw);
      const skip = constructorFrames(this, frames);
      if (typeof Error.prepareStackTrace !== 'function' && Error.stackTraceLimit === 10) {
        if (skip === 0 && frames.length <= 10) return raw;
        return [header, ...frames.slice(skip, skip + 10)].join('\n');
      }
      return formatStack(this, skip === 0 ? frames : frames.slice(skip));
    },
    // V8 keeps an assigned stack non-enumerable, so it never shows up in
    // inspect output or deep comparisons.
    set(value) {
      Object.defineProperty(this, 'stack', {
        value, writable: true, configurable: true, enumerable: false,
      });
    },
  });
}

// Explicit resource management symbols: node defines them, and Debian's
// SpiderMonkey 140 is built without the feature.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}

// The CallSites of the frames below `below` (a function on the stack),
// for util.getCallSites.
function captureCallSites(below) {
  const holder = {};
  engineCapture(holder, below);
  return parseFrames(splitStack(nameAnonymousFrames(holder.stack)).frames);
}

module.exports = { CallSite, parseFrames, captureCallSites };
