'use strict';

// structuredClone(value[, { transfer }]) on the engine's structured clone.
//
// Transferring: eddy has one thread and no message ports, so the only
// transferables are ArrayBuffers. The engine clones the value (a transferred
// buffer inside it is copied once, every reference to it in the result
// sharing the copy), then each listed buffer is detached, as a transfer
// leaves it. Nothing is detached when the clone fails.

const { structuredClone: engineClone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

// ArrayBuffers that may be cloned but not transferred (Buffer's pool, which
// other Buffers share).
const untransferable = new WeakSet();

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function markAsUntransferable(object) {
  if (isObjectLike(object)) untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return isObjectLike(object) && untransferable.has(object);
}

let lazyTypes;
function types() {
  lazyTypes ??= require('internal/util/types');
  return lazyTypes;
}

function dataCloneError(message) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, 'DataCloneError');
}

// Web IDL's conversions, with node 22's messages (no code in them).
function idlError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// The ArrayBuffers of options.transfer, checked in order as node does.
function transferList(options) {
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw idlError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (!isObjectLike(transfer) || typeof transfer[Symbol.iterator] !== 'function') {
    throw idlError("Failed to execute 'structuredClone': transfer in Options can not be " +
                   'converted to sequence.');
  }
  const list = [...transfer];
  for (const item of list) {
    if (!isObjectLike(item)) throw idlError('Value is not an object');
  }
  const buffers = [];
  for (const item of list) {
    if (!types().isArrayBuffer(item)) {
      throw dataCloneError('Found invalid value in transferList.');
    }
    if (item.detached || untransferable.has(item)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    if (buffers.includes(item)) {
      throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    buffers.push(item);
  }
  return buffers;
}

// What node names in the DataCloneError: the first value, in the order the
// clone visits them, that cannot be cloned (undefined when none is found).
function uncloneableMessage(root) {
  const t = types();
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'function') return `${Function.prototype.toString.call(value)} could not be cloned.`;
    if (typeof value === 'symbol') return `${String(value)} could not be cloned.`;
    if (!isObjectLike(value) || seen.has(value)) continue;
    seen.add(value);
    if (t.isProxy(value) || t.isPromise(value) || t.isWeakMap(value) || t.isWeakSet(value) ||
        t.isGeneratorObject(value) || t.isModuleNamespaceObject(value) ||
        value instanceof WeakRef || value instanceof FinalizationRegistry) {
      return `#<${t.isProxy(value) ? 'Object' : constructorName(value)}> could not be cloned.`;
    }
    if (t.isArrayBuffer(value)) {
      if (value.detached) return 'An ArrayBuffer is detached and could not be cloned.';
      continue;
    }
    if (t.isArrayBufferView(value)) {
      if (value.buffer.detached) return 'An ArrayBuffer is detached and could not be cloned.';
      continue;
    }
    if (t.isDate(value) || t.isRegExp(value) || t.isBoxedPrimitive(value) || t.isSharedArrayBuffer(value)) {
      continue;
    }
    // Children are pushed in reverse so that the first is looked at first.
    const children = [];
    if (t.isMap(value)) {
      for (const [k, v] of value) children.push(k, v);
    } else if (t.isSet(value)) {
      for (const v of value) children.push(v);
    } else if (t.isNativeError(value)) {
      children.push(value.message, value.cause);
    } else {
      for (const key of Object.keys(value)) children.push(value[key]);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return undefined;
}

function constructorName(object) {
  for (let proto = Object.getPrototypeOf(object); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    if (typeof ctor === 'function' && ctor.name) return ctor.name;
  }
  return 'Object';
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  const transfer = options === undefined || options === null ? [] : transferList(options);
  // process.env is a Proxy here (a plain object in Node): clone its data.
  if (value === process.env) value = { ...value };
  let clone;
  try {
    clone = engineClone(value);
  } catch (err) {
    // The engine's DataCloneError becomes the DOMException Node throws.
    if (!err || (err.name !== 'DataCloneError' && !/structured data|clone/i.test(`${err.message}`))) {
      throw err;
    }
    let message;
    try {
      message = uncloneableMessage(value);
    } catch {
      // A getter threw while looking: keep the generic message.
    }
    if (message === undefined) {
      let what;
      try {
        what = typeof value === 'function' ? String(value) : require('internal/util/inspect').inspect(value);
      } catch {
        what = 'value';
      }
      message = `${what} could not be cloned.`;
    }
    throw dataCloneError(message);
  }
  for (const buffer of transfer) buffer.transfer();
  return clone;
}

module.exports = { structuredClone, markAsUntransferable, isMarkedAsUntransferable };
