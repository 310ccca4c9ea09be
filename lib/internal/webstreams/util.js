'use strict';

// Pieces shared by eddy's WHATWG streams (lib/internal/webstreams/*.js):
// internal slots and brand checks, promise helpers, the queue-with-sizes
// abstract operations, queuing strategy extraction, ArrayBuffer transfer
// and the shape of the [util.inspect.custom] output.
//
// Every public object (stream, reader, writer, controller, request) keeps
// its internal slots in a plain object stored under kState; that object
// points back at the public one through `object`. The algorithms work on
// the slot objects, and hand the public objects to user code.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const kState = Symbol('kState');

// --- slots and brand checks -------------------------------------------------

// Gives `object` its slots, tagged with the interface name `type`.
function attachSlots(object, type, slots) {
  // Defined, not assigned: accessors a program put on Object.prototype
  // must not see the streams' insides.
  Object.defineProperty(slots, 'type', {
    __proto__: null, value: type, writable: false, enumerable: true, configurable: false,
  });
  Object.defineProperty(slots, 'object', {
    __proto__: null, value: object, writable: false, enumerable: true, configurable: false,
  });
  Object.defineProperty(object, kState, {
    __proto__: null, value: slots, writable: false, enumerable: false, configurable: false,
  });
  return slots;
}

// The slots of `value` when it is a `type`, otherwise undefined. An object
// merely inheriting from a real one does not pass.
function slotsOf(value, type) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  const slots = value[kState];
  if (slots === undefined || slots.object !== value) return undefined;
  if (type !== undefined && slots.type !== type) return undefined;
  return slots;
}

// The slots of a method's receiver, or node's ERR_INVALID_THIS.
function thisSlots(self, type) {
  const slots = slotsOf(self, type);
  if (slots === undefined) throw new ERR_INVALID_THIS(type);
  return slots;
}

// The slots of a receiver for the classes node writes with private fields
// (queuing strategies, the encoding streams): a wrong receiver gets the
// engine error node's users see there.
function privateSlots(self, type, field) {
  const slots = slotsOf(self, type);
  if (slots === undefined) {
    throw new TypeError(`Cannot read private member #${field} from an object whose class did ` +
                        'not declare it');
  }
  return slots;
}

function isType(value, type) {
  return slotsOf(value, type) !== undefined;
}

// --- promises ---------------------------------------------------------------

// The intrinsics, so user code patching Promise.prototype does not get to
// see the streams' own reactions.
const PromiseCtor = Promise;
const promiseThen = Promise.prototype.then;
const promiseResolve = Promise.resolve.bind(Promise);
const promiseReject = Promise.reject.bind(Promise);

// A promise with its resolving functions; `settled` tells whether one of
// them has been called (the standard's "if promise is pending" checks).
function newDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new PromiseCtor((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.settled = true;
      resolve(value);
    };
    deferred.reject = (reason) => {
      deferred.settled = true;
      reject(reason);
    };
  });
  return deferred;
}

function resolvedWith(value) {
  return promiseResolve(value);
}

function rejectedWith(reason) {
  const promise = promiseReject(reason);
  return promise;
}

// "Upon fulfillment/rejection": reacts without giving user code a hook.
function reactTo(promise, onFulfilled, onRejected) {
  return Reflect.apply(promiseThen, promise, [onFulfilled, onRejected]);
}

const noop = () => {};

// "Upon fulfillment/rejection" whose outcome nobody waits for: the promise
// the reaction gives is marked handled.
function upon(promise, onFulfilled, onRejected) {
  markHandled(reactTo(promise, onFulfilled, onRejected));
}

// Marks a promise as handled: its rejection is not reported.
function markHandled(promise) {
  Reflect.apply(promiseThen, promise, [undefined, noop]);
}

// A promise settled through `deferred`, marked handled when asked.
function rejectDeferred(deferred, reason, handled = true) {
  if (handled) markHandled(deferred.promise);
  deferred.reject(reason);
}

// Calls `fn` on `receiver` and gives a promise for its outcome: "the
// result of invoking" a callback of the underlying source/sink/transformer.
function invokePromise(fn, receiver, args) {
  if (fn === undefined) return resolvedWith(undefined);
  try {
    return resolvedWith(Reflect.apply(fn, receiver, args));
  } catch (error) {
    return rejectedWith(error);
  }
}

// --- queue with sizes ---------------------------------------------------------

// A FIFO with amortised O(1) shift, used for the controllers' queues and
// for pending read requests.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  peek() { return this.items[this.head]; }

  last() { return this.items[this.items.length - 1]; }

  at(index) { return this.items[this.head + index]; }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  // Removes and returns every item, in order.
  drain() {
    const items = this.items.slice(this.head);
    this.clear();
    return items;
  }
}

// container has `queue` (a Queue of { value, size }) and `queueTotalSize`.
function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (!isNonNegativeNumber(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue = new Queue();
  container.queueTotalSize = 0;
}

function isNonNegativeNumber(value) {
  return typeof value === 'number' && !Number.isNaN(value) && value >= 0;
}

// --- argument conversion --------------------------------------------------------

// An optional dictionary argument: undefined, or an object (node refuses
// null and primitives with ERR_INVALID_ARG_TYPE).
function optionalObject(value, name) {
  if (value === undefined) return undefined;
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value;
}

// An optional dictionary that may also be null (strategies, options).
function optionalDictionary(value, name) {
  if (value === null) return undefined;
  return optionalObject(value, name);
}

// A callback member of a dictionary: undefined or a function.
function optionalCallback(value, name) {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  return value;
}

// The QueuingStrategy dictionary, read before the underlying source or
// sink as WebIDL converts arguments: its members in order, size checked.
function readStrategy(strategy, name = 'strategy') {
  strategy = optionalDictionary(strategy, name);
  if (strategy === undefined) return undefined;
  const highWaterMark = strategy.highWaterMark;
  const size = optionalCallback(strategy.size, 'strategy.size');
  return { highWaterMark, size };
}

// ExtractHighWaterMark, with node's error for a bad value.
function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy === undefined) return defaultHWM;
  const raw = strategy.highWaterMark;
  if (raw === undefined) return defaultHWM;
  const hwm = +raw;
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  return hwm;
}

// ExtractSizeAlgorithm: the strategy's size as a function of the chunk.
function extractSizeAlgorithm(strategy) {
  const size = strategy === undefined ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  optionalCallback(size, 'strategy.size');
  return (chunk) => size(chunk);
}

// --- ArrayBuffers -------------------------------------------------------------

function isDetached(buffer) {
  return buffer.detached === true;
}

// TransferArrayBuffer: a new ArrayBuffer owning the bytes, `buffer` left
// detached.
function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function canTransferArrayBuffer(buffer) {
  return !isDetached(buffer) && !isSharedArrayBuffer(buffer);
}

function isSharedArrayBuffer(buffer) {
  return typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer;
}

// The bytes of `view` in a fresh ArrayBuffer (CloneAsUint8Array).
function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

// The length in elements (1 for a DataView's bytes) and element size of a view.
function elementSize(view) {
  return view.BYTES_PER_ELEMENT === undefined ? 1 : view.BYTES_PER_ELEMENT;
}

// --- inspection ---------------------------------------------------------------

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

// What [util.inspect.custom] gives: `Name { ...data }` inspected one level
// down; nothing once the depth is used up (node prints `undefined` then).
function inspectShape(name, depth, options, data) {
  if (depth < 0) return undefined;
  const inner = { ...options };
  inner.depth = options.depth == null ? null : options.depth - 1;
  return `${name} ${lazyInspect()(data, inner)}`;
}

// Defines the [util.inspect.custom] method of `Class`; `describe(slots)`
// gives the data shown. `field` names the private member node reports for
// a wrong receiver that is an object.
function defineInspect(Class, type, describe, field = undefined) {
  Object.defineProperty(Class.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    __proto__: null,
    writable: true,
    enumerable: false,
    configurable: true,
    value: {
      [type](depth, options) {
        const slots = field !== undefined && this !== null && this !== undefined ?
          privateSlots(this, type, field) : thisSlots(this, type);
        return inspectShape(type, depth, options, describe(slots));
      },
    }[type],
  });
}

// The prototype shape node gives each interface: accessors and methods
// enumerable, Symbol.toStringTag read-only.
function setUpInterface(Class, type, members) {
  const proto = Class.prototype;
  for (const name of members) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: type, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  kState,
  Queue,
  attachSlots,
  canTransferArrayBuffer,
  cloneAsUint8Array,
  defineInspect,
  dequeueValue,
  elementSize,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  inspectShape,
  invokePromise,
  isDetached,
  isNonNegativeNumber,
  isType,
  markHandled,
  newDeferred,
  noop,
  optionalCallback,
  optionalDictionary,
  optionalObject,
  peekQueueValue,
  privateSlots,
  readStrategy,
  reactTo,
  rejectDeferred,
  rejectedWith,
  resetQueue,
  resolvedWith,
  setUpInterface,
  slotsOf,
  thisSlots,
  transferArrayBuffer,
  upon,
};
