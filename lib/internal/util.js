'use strict';

// Helpers shared by the lib/ modules: deprecation and experimental warnings,
// promisify, small object utilities and a few well-known symbols.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateString, validateNumber } = require('internal/validators');

const kEmptyObject = Object.freeze(Object.create(null));
const kEnumerableProperty = Object.create(null);
kEnumerableProperty.enumerable = true;
Object.freeze(kEnumerableProperty);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Functions whose callback receives several values set this to the list of
// names; the promisified version then resolves with an object of them.
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

// --- warnings ----------------------------------------------------------------

const codesWarned = new Set();

// Wraps `fn` so that its first call emits a DeprecationWarning (once per code).
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// Emits the deprecation warning for `code` now, unless already emitted.
function emitDeprecationWarning(msg, code) {
  if (process.noDeprecation === true) return;
  if (code !== undefined) {
    if (codesWarned.has(code)) return;
    codesWarned.add(code);
    process.emitWarning(msg, 'DeprecationWarning', code);
  } else {
    process.emitWarning(msg, 'DeprecationWarning');
  }
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const msg = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(msg, 'ExperimentalWarning');
}

// --- promisify -------------------------------------------------------------

function nullProtoDescriptors(obj) {
  const descriptors = Object.getOwnPropertyDescriptors(obj);
  const keys = Reflect.ownKeys(descriptors);
  for (let i = 0; i < keys.length; i++) Object.setPrototypeOf(descriptors[keys[i]], null);
  return descriptors;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, nullProtoDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

// --- small helpers -----------------------------------------------------------

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

let isNativeErrorFn;
function isError(e) {
  if (isNativeErrorFn === undefined) isNativeErrorFn = require('internal/util/types').isNativeError;
  return isNativeErrorFn(e) || e instanceof Error;
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// Defines getters on `target` that load `require(id)[key]` on first use.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    let set = false;
    const descriptor = {
      __proto__: null,
      configurable: true,
      enumerable,
      get() {
        if (!set) {
          if (mod === undefined) mod = require(id);
          value = mod[key];
          set = true;
        }
        return value;
      },
      set(v) { value = v; set = true; },
    };
    Object.defineProperty(descriptor.get, 'name', { __proto__: null, value: `get ${key}` });
    Object.defineProperty(descriptor.set, 'name', { __proto__: null, value: `set ${key}` });
    Object.defineProperty(target, key, descriptor);
  }
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

let DOMExceptionCtor;
function lazyDOMExceptionClass() {
  if (DOMExceptionCtor === undefined) {
    if (typeof globalThis.DOMException === 'function') {
      DOMExceptionCtor = globalThis.DOMException;
    } else {
      DOMExceptionCtor = require('internal/per_context/domexception').DOMException;
    }
  }
  return DOMExceptionCtor;
}
function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return lazyUv().errname(err);
}

function getSystemErrorMap() {
  return lazyUv().getErrorMap();
}

// Removes ANSI escape/control sequences (colors, cursor moves, OSC links):
// the one implementation lives with inspect.
function stripVTControlCharacters(str) {
  return require('internal/util/inspect').stripVTControlCharacters(str);
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(str) {
  str = `${str}`;
  let out = null;
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
    }
    if (out === null) out = '';
    out += str.slice(last, i) + '\uFFFD';
    last = i + 1;
  }
  return out === null ? str : out + str.slice(last);
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// Whether text written to `stream` should carry ANSI colors.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    const v = process.env.FORCE_COLOR;
    return !(v === '0' || v === 'false');
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) map.set(key, key);
    else map.set(key, item);
  }
  return Array.from(map.values()).sort();
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function sleep(msec) {
  // Busy-waits; only used by tests and rare diagnostics.
  const end = Date.now() + msec;
  while (Date.now() < end);
}

module.exports = {
  cachedResult,
  codesWarned,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  deprecate,
  emitDeprecationWarning,
  emitExperimentalWarning,
  exposeInterface,
  exposeLazyInterfaces,
  filterDuplicateStrings,
  getConstructorOf,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  join,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  once,
  promisify,
  setOwnProperty,
  shouldColorize,
  sleep,
  spliceOne,
  stripVTControlCharacters,
  toUSVString,
};
