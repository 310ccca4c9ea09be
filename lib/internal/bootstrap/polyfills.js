'use strict';

// What SpiderMonkey 102 lacks and npm packages use: ES2023+ built-ins and
// V8's stack trace API (Error.captureStackTrace, Error.stackTraceLimit,
// Error.prepareStackTrace with CallSite objects). Installed once, before any
// user code, as non-enumerable properties like the engine's own.

function define(target, name, value) {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function toIntegerOrInfinity(v) {
  const n = Number(v);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

// --- Array and TypedArray (ES2023) -------------------------------------------

function findLast(predicate, thisArg) {
  if (typeof predicate !== 'function') throw new TypeError(`${predicate} is not a function`);
  const o = Object(this);
  for (let i = lengthOf(this) - 1; i >= 0; i--) {
    if (predicate.call(thisArg, o[i], i, o)) return o[i];
  }
  return undefined;
}
function findLastIndex(predicate, thisArg) {
  if (typeof predicate !== 'function') throw new TypeError(`${predicate} is not a function`);
  const o = Object(this);
  for (let i = lengthOf(this) - 1; i >= 0; i--) {
    if (predicate.call(thisArg, o[i], i, o)) return i;
  }
  return -1;
}
function lengthOf(o) {
  const len = toIntegerOrInfinity(Object(o).length);
  return len > 0 ? Math.min(len, Number.MAX_SAFE_INTEGER) : 0;
}

define(Array.prototype, 'findLast', findLast);
define(Array.prototype, 'findLastIndex', findLastIndex);
define(Array.prototype, 'toReversed', function toReversed() {
  const len = lengthOf(this);
  const o = Object(this);
  const a = new Array(len);
  for (let i = 0; i < len; i++) a[i] = o[len - 1 - i];
  return a;
});
define(Array.prototype, 'toSorted', function toSorted(compareFn) {
  if (compareFn !== undefined && typeof compareFn !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  const len = lengthOf(this);
  const o = Object(this);
  const a = new Array(len);
  for (let i = 0; i < len; i++) a[i] = o[i];
  return a.sort(compareFn);
});
define(Array.prototype, 'toSpliced', function toSpliced(start, skipCount, ...items) {
  const len = lengthOf(this);
  const o = Object(this);
  let s = toIntegerOrInfinity(start);
  s = s < 0 ? Math.max(len + s, 0) : Math.min(s, len);
  let skip;
  if (arguments.length === 0) skip = 0;
  else if (arguments.length === 1) skip = len - s;
  else skip = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), len - s);
  const a = [];
  for (let i = 0; i < s; i++) a.push(o[i]);
  for (const item of items) a.push(item);
  for (let i = s + skip; i < len; i++) a.push(o[i]);
  return a;
});
define(Array.prototype, 'with', function withAt(index, value) {
  const len = lengthOf(this);
  const o = Object(this);
  let i = toIntegerOrInfinity(index);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw new RangeError('Invalid index : ' + index);
  const a = new Array(len);
  for (let k = 0; k < len; k++) a[k] = k === i ? value : o[k];
  return a;
});
{
  const unscopables = Array.prototype[Symbol.unscopables];
  for (const name of ['findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced']) {
    unscopables[name] = true;
  }
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
define(TypedArrayPrototype, 'findLast', findLast);
define(TypedArrayPrototype, 'findLastIndex', findLastIndex);
define(TypedArrayPrototype, 'toReversed', function toReversed() {
  return this.slice().reverse();
});
define(TypedArrayPrototype, 'toSorted', function toSorted(compareFn) {
  if (compareFn !== undefined && typeof compareFn !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  return this.slice().sort(compareFn);
});
define(TypedArrayPrototype, 'with', function withAt(index, value) {
  const len = this.length;
  let i = toIntegerOrInfinity(index);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw new RangeError('Invalid typed array index');
  const copy = this.slice();
  copy[i] = value;
  return copy;
});

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
    const len = lengthOf(o);
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

// --- Object.groupBy, Map.groupBy, Promise.withResolvers, Array.fromAsync ------

function groupInto(items, callback, add) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  let k = 0;
  for (const value of items) add(callback(value, k++), value);
}
define(Object, 'groupBy', function groupBy(items, callback) {
  const out = Object.create(null);
  groupInto(items, callback, (key, value) => {
    key = typeof key === 'symbol' ? key : String(key);
    (out[key] ??= []).push(value);
  });
  return out;
});
define(Map, 'groupBy', function groupBy(items, callback) {
  const out = new Map();
  groupInto(items, callback, (key, value) => {
    if (key === 0) key = 0;  // -0 -> +0
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  });
  return out;
});
define(Promise, 'withResolvers', function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
});
define(Array, 'fromAsync', async function fromAsync(items, mapFn, thisArg) {
  if (mapFn !== undefined && typeof mapFn !== 'function') {
    throw new TypeError(`${mapFn} is not a function`);
  }
  const out = typeof this === 'function' && this !== Array ? new this() : [];
  let i = 0;
  if (items != null && (items[Symbol.asyncIterator] || items[Symbol.iterator])) {
    if (items[Symbol.asyncIterator]) {
      for await (const v of items) out[i] = mapFn ? await mapFn.call(thisArg, v, i) : v, i++;
    } else {
      for (const x of items) {
        const v = await x;
        out[i] = mapFn ? await mapFn.call(thisArg, v, i) : v;
        i++;
      }
    }
  } else {
    const o = Object(items);
    const len = lengthOf(o);
    for (; i < len; i++) {
      const v = await o[i];
      out[i] = mapFn ? await mapFn.call(thisArg, v, i) : v;
    }
  }
  out.length = i;
  return out;
});

// --- String (ES2024) ---------------------------------------------------------

define(String.prototype, 'isWellFormed', function isWellFormed() {
  const s = String(this);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
      return false;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) return false;
  }
  return true;
});
define(String.prototype, 'toWellFormed', function toWellFormed() {
  const s = String(this);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { out += s[i] + s[i + 1]; i++; continue; }
      out += '\uFFFD';
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      out += '\uFFFD';
    } else {
      out += s[i];
    }
  }
  return out;
});

// --- Set methods (ES2025) ----------------------------------------------------

function setRecord(other) {
  if (other === null || typeof other !== 'object' && typeof other !== 'function') {
    throw new TypeError('The "other" argument must be set-like');
  }
  const size = Number(other.size);
  if (Number.isNaN(size)) throw new TypeError('The "other" argument must have a numeric size');
  const has = other.has;
  const keys = other.keys;
  if (typeof has !== 'function' || typeof keys !== 'function') {
    throw new TypeError('The "other" argument must have has() and keys() methods');
  }
  return {
    size,
    has: (v) => has.call(other, v),
    *keys() {
      const it = keys.call(other);
      for (let r = it.next(); !r.done; r = it.next()) yield r.value;
    },
  };
}
define(Set.prototype, 'union', function union(other) {
  const o = setRecord(other);
  const out = new Set(this);
  for (const v of o.keys()) out.add(v);
  return out;
});
define(Set.prototype, 'intersection', function intersection(other) {
  const o = setRecord(other);
  const out = new Set();
  if (this.size <= o.size) {
    for (const v of this) if (o.has(v)) out.add(v);
  } else {
    for (const v of o.keys()) if (this.has(v)) out.add(v);
  }
  return out;
});
define(Set.prototype, 'difference', function difference(other) {
  const o = setRecord(other);
  const out = new Set(this);
  for (const v of this) if (o.has(v)) out.delete(v);
  return out;
});
define(Set.prototype, 'symmetricDifference', function symmetricDifference(other) {
  const o = setRecord(other);
  const out = new Set(this);
  for (const v of o.keys()) {
    if (this.has(v)) out.delete(v);
    else out.add(v);
  }
  return out;
});
define(Set.prototype, 'isSubsetOf', function isSubsetOf(other) {
  const o = setRecord(other);
  for (const v of this) if (!o.has(v)) return false;
  return true;
});
define(Set.prototype, 'isSupersetOf', function isSupersetOf(other) {
  const o = setRecord(other);
  for (const v of o.keys()) if (!this.has(v)) return false;
  return true;
});
define(Set.prototype, 'isDisjointFrom', function isDisjointFrom(other) {
  const o = setRecord(other);
  for (const v of this) if (o.has(v)) return false;
  return true;
});

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

// Error.captureStackTrace(target[, constructorOpt]): defines target.stack
// from the current stack, dropping frames above constructorOpt.
define(Error, 'captureStackTrace', function captureStackTrace(target, constructorOpt) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const raw = nameAnonymousFrames(engineStack ? engineStack.call(new Error()) : new Error().stack);
  let frames = splitStack(raw || '').frames.slice(1);  // drop captureStackTrace
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const name = constructorOpt.name;
    const idx = frames.findIndex((f) => {
      const m = frameRe.exec(f);
      const fn = m && m[1];
      return fn !== undefined && fn !== null &&
        (fn === name || fn.endsWith(`.${name}`) || fn === `new ${name}`);
    });
    if (idx !== -1) frames = frames.slice(idx + 1);
  }
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
});

// The engine names a function without a name "" where V8 says
// "Object.<anonymous>" (a CommonJS module body) or "<anonymous>".
function nameAnonymousFrames(stack) {
  return stack.includes('\n    at  (') ?
    stack.replace(/\n {4}at {2}\(/g, '\n    at Object.<anonymous> (') : stack;
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
      if (typeof Error.prepareStackTrace !== 'function' && Error.stackTraceLimit === 10) {
        const { header, frames } = splitStack(raw);
        if (frames.length <= 10) return raw;
        return `${header}\n${frames.slice(0, 10).join('\n')}`;
      }
      return formatStack(this, splitStack(raw).frames);
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

// Explicit resource management symbols: Node 20 defines them.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}
// --- structuredClone -----------------------------------------------------------

module.exports = { CallSite, parseFrames };
