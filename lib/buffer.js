'use strict';

// node:buffer. `Buffer` instances are Uint8Arrays whose prototype is
// Buffer.prototype (a `FastBuffer` subclass of Uint8Array). Encoding work is
// done by internalBinding('buffer'); everything else (argument checking,
// pooling, numeric reads/writes) lives here.
//
// Binding contract (see tools/fake-buffer-binding.js for a reference
// implementation over Node's own Buffer):
//   encodings                                  { utf8: 1, ucs2: 2, latin1: 3, ascii: 4,
//                                                base64: 5, base64url: 6, hex: 7 }
//   byteLength(string, enc)                   -> bytes the string encodes to
//   write(u8, string, offset, length, enc)    -> bytes written
//   toString(u8, enc, start, end)             -> string
//   compare(a, b)                             -> -1 | 0 | 1
//   compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) -> -1 | 0 | 1
//   indexOf(u8, needle, byteOffset, enc, forward) -> index | -1
//   fill(u8, value, start, end, enc)          -> undefined | -1 (value encodes to no bytes)
//   isUtf8(u8), isAscii(u8)                   -> boolean

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  notImplemented,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const binding = internalBinding('buffer');
const {
  byteLength: bindingByteLength,
  compare: bindingCompare,
  compareOffset: bindingCompareOffset,
  fill: bindingFill,
  indexOf: bindingIndexOf,
  toString: bindingToString,
  write: bindingWrite,
} = binding;

const ENC_UTF8 = binding.encodings.utf8;
const ENC_UCS2 = binding.encodings.ucs2;
const ENC_LATIN1 = binding.encodings.latin1;
const ENC_ASCII = binding.encodings.ascii;
const ENC_BASE64 = binding.encodings.base64;
const ENC_BASE64URL = binding.encodings.base64url;
const ENC_HEX = binding.encodings.hex;

// Node 22's limit; the engine refuses what it cannot allocate (RangeError).
const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 2 ** 30 - 2; // SpiderMonkey's JSString::MAX_LENGTH
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

// --- type checks ------------------------------------------------------------

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const TypedArrayFill = TypedArrayPrototype.fill;
const TypedArraySet = TypedArrayPrototype.set;
const TypedArrayIndexOf = TypedArrayPrototype.indexOf;
const TypedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;

function isUint8Array(value) { return getTypedArrayTag.call(value) === 'Uint8Array'; }
function isTypedArray(value) { return getTypedArrayTag.call(value) !== undefined; }
function isArrayBufferView(value) { return ArrayBuffer.isView(value); }

// The engine's own test: an object that only inherits from
// ArrayBuffer.prototype is not an ArrayBuffer.
const { isAnyArrayBuffer } = internalBinding('types');

// --- encodings ----------------------------------------------------------------

function base64ByteLength(str, bytes) {
  // Trailing '=' padding does not produce bytes.
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, id, byteLength) {
  return { encoding: name, id, byteLength };
}
const utf8Ops = makeOps('utf8', ENC_UTF8, (s) => bindingByteLength(s, ENC_UTF8));
const ucs2Ops = makeOps('utf16le', ENC_UCS2, (s) => s.length * 2);
const latin1Ops = makeOps('latin1', ENC_LATIN1, (s) => s.length);
const asciiOps = makeOps('ascii', ENC_ASCII, (s) => s.length);
const base64Ops = makeOps('base64', ENC_BASE64, (s) => base64ByteLength(s, s.length));
const base64urlOps = makeOps('base64url', ENC_BASE64URL, (s) => base64ByteLength(s, s.length));
const hexOps = makeOps('hex', ENC_HEX, (s) => s.length >>> 1);

const encodingTable = Object.assign(Object.create(null), {
  'utf8': utf8Ops,
  'utf-8': utf8Ops,
  'ucs2': ucs2Ops,
  'ucs-2': ucs2Ops,
  'utf16le': ucs2Ops,
  'utf-16le': ucs2Ops,
  'latin1': latin1Ops,
  'binary': latin1Ops,
  'ascii': asciiOps,
  'base64': base64Ops,
  'base64url': base64urlOps,
  'hex': hexOps,
});

// Case-insensitive lookup of an encoding name; `undefined` when unknown.
function getEncodingOps(encoding) {
  if (typeof encoding !== 'string') encoding += '';
  const ops = encodingTable[encoding];
  if (ops !== undefined) return ops;
  return encodingTable[encoding.toLowerCase()];
}

// Like Node's normalizeEncoding(): null/undefined/'' mean utf8; non-strings
// are unknown.
function normalizeEncodingOps(encoding) {
  if (encoding == null || encoding === '') return utf8Ops;
  if (typeof encoding !== 'string') return undefined;
  const ops = encodingTable[encoding];
  if (ops !== undefined) return ops;
  return encodingTable[encoding.toLowerCase()];
}

// --- FastBuffer, the pool ------------------------------------------------------

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize = 8192;
let poolOffset = 0;
let allocPool;

let markAsUntransferable;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
  // Other Buffers share the pool: transferring it would detach them too.
  markAsUntransferable ??= require('internal/structured_clone').markAsUntransferable;
  markAsUntransferable(allocPool);
}

function alignPool() {
  // Keep every pooled slice 8-byte aligned.
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  const half = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= half) return createFromString(string, ops);
  length *= 4; // upper bound for every encoding
  if (length >= half) {
    length = ops.byteLength(string);
    if (length >= half) return createFromString(string, ops);
  }
  if (allocPool === undefined || length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = bindingWrite(b, string, 0, length, ops.id);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(string, ops) {
  const length = ops.byteLength(string);
  const b = new FastBuffer(length);
  const actual = bindingWrite(b, string, 0, length, ops.id);
  if (actual !== length) return new FastBuffer(b.buffer, 0, actual);
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = utf8Ops;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    // No length: the view tracks a resizable buffer's length.
    return new FastBuffer(obj, byteOffset);
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    TypedArraySet.call(b, obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// --- Buffer ----------------------------------------------------------------------

let bufferWarningEmitted = false;
let nodeModulesChecks = 0;
const kBufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
  'Buffer.from() methods instead.';

// Reads the frames from the engine directly, so a user's
// Error.prepareStackTrace (which may itself call Buffer()) is never run.
function calledFromNodeModules() {
  const { captureCallSites } = require('internal/bootstrap/polyfills');
  const sites = captureCallSites(showFlaggedDeprecation);
  for (let i = 0; i < sites.length; i++) {
    const file = sites[i].getFileName();
    if (typeof file === 'string' &&
        (file.includes('/node_modules/') || file.includes('\\node_modules\\'))) {
      return true;
    }
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000 || calledFromNodeModules()) return;
  // Set first: the warning's own stack may run code that calls Buffer().
  bufferWarningEmitted = true;
  if (typeof process === 'object' && process !== null &&
      typeof process.emitWarning === 'function') {
    process.emitWarning(kBufferWarning, 'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototype.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return bindingCompare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncodingOps(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const n = list[i].length;
      if (n) length += n;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : bindingByteLength(string, ENC_UTF8);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : bindingByteLength(string, ENC_UTF8);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

Buffer.poolSize = 8192;

// --- prototype ------------------------------------------------------------------

const proto = Buffer.prototype;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Errors thrown by Node's C++ layer: plain message, `code` property.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

// ToInteger for the raw slice/write helpers (`buf.utf8Slice(start, end)` ...).
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function rawSlice(buf, id, start, end) {
  const len = buf.length;
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, len);
  if (end < start) end = start;
  if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  if (start === end) return '';
  return bindingToString(buf, id, start, end);
}

// Node 22 reports a negative offset or length of the ascii, latin1 and
// utf8 writers as out of the buffer's bounds, and of the others as an
// index out of range.
const boundsCheckedWrites = new Set([ENC_ASCII, ENC_LATIN1, ENC_UTF8]);

function rawWrite(buf, id, string, offset, length) {
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  const len = buf.length;
  if (boundsCheckedWrites.has(id)) {
    if (Math.trunc(+offset) < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (Math.trunc(+length) < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  }
  offset = parseArrayIndex(offset, 0);
  if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let max = parseArrayIndex(length, len - offset);
  if (max > len - offset) max = len - offset;
  if (max === 0 || string.length === 0) return 0;
  return bindingWrite(buf, string, offset, max, id);
}

function defineRaw(name, id) {
  proto[`${name}Slice`] = {
    [`${name}Slice`](start, end) { return rawSlice(this, id, start, end); },
  }[`${name}Slice`];
  proto[`${name}Write`] = {
    [`${name}Write`](string, offset, length) { return rawWrite(this, id, string, offset, length); },
  }[`${name}Write`];
}
defineRaw('ascii', ENC_ASCII);
defineRaw('base64', ENC_BASE64);
defineRaw('base64url', ENC_BASE64URL);
defineRaw('latin1', ENC_LATIN1);
defineRaw('hex', ENC_HEX);
defineRaw('ucs2', ENC_UCS2);
defineRaw('utf8', ENC_UTF8);

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

function toIntegerOr(n, def) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return def;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) {
    // Node 22 copies into any other view too, byte for byte.
    if (!ArrayBuffer.isView(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toIntegerOr(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toIntegerOr(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toIntegerOr(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  let nb = sourceEnd - sourceStart;
  const room = target.length - targetStart;
  if (nb > room) nb = room;
  const available = source.length - sourceStart;
  if (nb > available) nb = available;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb !== source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  TypedArraySet.call(target, source, targetStart);
  return nb;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return bindingToString(this, ENC_UTF8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return bindingToString(this, ENC_UTF8, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return bindingToString(this, ops.id, start, end);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || bindingCompare(this, otherBuffer) === 0;
};

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

function isIndexKey(key, length) {
  if (typeof key !== 'string') return false;
  const n = +key;
  return n >= 0 && n < length && Number.isInteger(n) && String(n) === key;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kInspectKeysLimit = 1 << 20;
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  if (shown > 0) {
    const hex = bindingToString(this, ENC_HEX, 0, shown);
    const parts = new Array(shown);
    for (let i = 0; i < shown; i++) parts[i] = hex.slice(i * 2, i * 2 + 2);
    str = parts.join(' ');
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Listing own keys also lists every index, so extra properties of very
  // large buffers are not shown.
  if (ctx && this.length <= kInspectKeysLimit) {
    const length = this.length;
    const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
    if (!ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, sym)) keys.push(sym);
      }
    }
    let extras = false;
    const obj = { __proto__: null };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (isIndexKey(key, length)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (length !== 0) str += ', ';
      const text = lazyInspect()(obj, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the `[Object: null prototype] {` header and the closing ` }`.
      str += text.slice(text.indexOf('{') + 2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return bindingCompare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return bindingCompareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// Node's IndexOfOffset: where a search starts, or -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, id, forward, fromString) {
  // A ucs2 string search ignores an odd trailing byte of the haystack.
  const length = fromString && id === ENC_UCS2 ? buffer.length & ~1 : buffer.length;
  const needleLength = needle.length;
  const start = searchStart(length, byteOffset, needleLength, forward);
  if (needleLength === 0) return start;
  if (length === 0 || start < 0) return -1;
  if (needleLength > length) return -1;
  if (forward && start + needleLength > length) return -1;
  if (id === ENC_UCS2 && (length < 2 || needleLength < 2)) return -1;
  return bindingIndexOf(buffer, needle, start, id, forward);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') {
    const length = buffer.length;
    const start = searchStart(length, byteOffset, 1, dir);
    if (start < 0 || length === 0) return -1;
    const byte = (val >>> 0) & 0xff;
    return dir ? TypedArrayIndexOf.call(buffer, byte, start) :
      TypedArrayLastIndexOf.call(buffer, byte, start);
  }

  const ops = encoding === undefined ? utf8Ops : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = val.length === 0 ? new FastBuffer() : fromStringFast(val, ops);
    return indexOfBytes(buffer, needle, byteOffset, ops.id, dir, true);
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, ops === undefined ? ENC_UTF8 : ops.id, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  let ops;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    ops = normalizeEncodingOps(encoding);
    if (ops === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if (ops === utf8Ops) {
        if (code < 128) value = code;
      } else if (ops === latin1Ops) {
        value = code;
      }
    }
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    TypedArrayFill.call(buf, value, offset, end);
  } else if (typeof value === 'string') {
    if (bindingFill(buf, value, offset, end, ops.id) === -1) {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else if (isArrayBufferView(value)) {
    const bytes = isUint8Array(value) ? value :
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    bindingFill(buf, bytes, offset, end, ENC_UTF8);
  } else {
    // Anything else is converted like a uint32 and truncated to a byte.
    TypedArrayFill.call(buf, (+value >>> 0) & 0xff, offset, end);
  }
  return buf;
}

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return rawWrite(this, ENC_UTF8, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return rawWrite(this, ENC_UTF8, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return rawWrite(this, ops.id, string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const t = b[n];
  b[n] = b[m];
  b[m] = t;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

// --- numeric reads and writes ------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Offset checks for an n-byte access at `offset`.
function checkBounds(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
}

function readUIntLEn(buf, offset, n) {
  checkBounds(buf, offset, n);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    val += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return val;
}

function readUIntBEn(buf, offset, n) {
  checkBounds(buf, offset, n);
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 0x100 + buf[offset + i];
  return val;
}

function toSigned(val, n) {
  const limit = 2 ** (n * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

function requireOffset(offset) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  requireOffset(offset);
  checkByteLength(byteLength);
  return readUIntLEn(this, offset, byteLength);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
  requireOffset(offset);
  checkByteLength(byteLength);
  return readUIntBEn(this, offset, byteLength);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  requireOffset(offset);
  checkByteLength(byteLength);
  return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  requireOffset(offset);
  checkByteLength(byteLength);
  return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
};

proto.readUInt8 = function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
};
proto.readInt8 = function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return (val << 24) >> 24;
};
proto.readUInt16LE = function readUInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return this[offset] | (this[offset + 1] << 8);
};
proto.readUInt16BE = function readUInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return (this[offset] << 8) | this[offset + 1];
};
proto.readInt16LE = function readInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return ((this[offset] | (this[offset + 1] << 8)) << 16) >> 16;
};
proto.readInt16BE = function readInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return (((this[offset] << 8) | this[offset + 1]) << 16) >> 16;
};
proto.readUInt32LE = function readUInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16)) +
    this[offset + 3] * 0x1000000;
};
proto.readUInt32BE = function readUInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return this[offset] * 0x1000000 +
    ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
};
proto.readInt32LE = function readInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) |
    (this[offset + 3] << 24);
};
proto.readInt32BE = function readInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) |
    this[offset + 3];
};

proto.readBigUInt64LE = function readBigUInt64LE(offset = 0) {
  checkBounds(this, offset, 8);
  const lo = readUIntLEn(this, offset, 4);
  const hi = readUIntLEn(this, offset + 4, 4);
  return BigInt(lo) + (BigInt(hi) << 32n);
};
proto.readBigUInt64BE = function readBigUInt64BE(offset = 0) {
  checkBounds(this, offset, 8);
  const hi = readUIntBEn(this, offset, 4);
  const lo = readUIntBEn(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
};
proto.readBigInt64LE = function readBigInt64LE(offset = 0) {
  checkBounds(this, offset, 8);
  const lo = readUIntLEn(this, offset, 4);
  const hi = readUIntLEn(this, offset + 4, 4) | 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
};
proto.readBigInt64BE = function readBigInt64BE(offset = 0) {
  checkBounds(this, offset, 8);
  const hi = readUIntBEn(this, offset, 4) | 0;
  const lo = readUIntBEn(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
};

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const hostBigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

// Copies n bytes between buf[offset..] and scratch; `little` is the byte
// order in buf.
function loadScratch(scratch, buf, offset, n, little) {
  if (little !== hostBigEndian) {
    for (let i = 0; i < n; i++) scratch[i] = buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) scratch[n - 1 - i] = buf[offset + i];
  }
}
function storeScratch(scratch, buf, offset, n, little) {
  if (little !== hostBigEndian) {
    for (let i = 0; i < n; i++) buf[offset + i] = scratch[i];
  } else {
    for (let i = 0; i < n; i++) buf[offset + i] = scratch[n - 1 - i];
  }
}

function readFloat(buf, offset, little) {
  checkBounds(buf, offset, 4);
  loadScratch(float32Bytes, buf, offset, 4, little);
  return float32[0];
}
function readDouble(buf, offset, little) {
  checkBounds(buf, offset, 8);
  loadScratch(float64Bytes, buf, offset, 8, little);
  return float64[0];
}
proto.readFloatLE = function readFloatLE(offset = 0) { return readFloat(this, offset, true); };
proto.readFloatBE = function readFloatBE(offset = 0) { return readFloat(this, offset, false); };
proto.readDoubleLE = function readDoubleLE(offset = 0) { return readDouble(this, offset, true); };
proto.readDoubleBE = function readDoubleBE(offset = 0) { return readDouble(this, offset, false); };

function rangeText(min, max, n) {
  if (n > 4) {
    if (min === 0) return `>= 0 and < 2 ** ${n * 8}`;
    return `>= -(2 ** ${n * 8 - 1}) and < 2 ** ${n * 8 - 1}`;
  }
  return `>= ${min} and <= ${max}`;
}

// Range check of an n-byte integer value, then the offset checks.
function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, n), value);
  checkBounds(buf, offset, n);
}

function storeLE(buf, value, offset, n) {
  if (n > 4) {
    const high = Math.floor(value * 2 ** -32);
    storeLE(buf, value, offset, 4);
    storeLE(buf, high, offset + 4, n - 4);
    return offset + n;
  }
  for (let i = 0; i < n; i++) {
    buf[offset + i] = value;
    value >>>= 8;
  }
  return offset + n;
}

function storeBE(buf, value, offset, n) {
  if (n > 4) {
    const high = Math.floor(value * 2 ** -32);
    storeBE(buf, value, offset + n - 4, 4);
    storeBE(buf, high, offset, n - 4);
    return offset + n;
  }
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = value;
    value >>>= 8;
  }
  return offset + n;
}

function writeIntAny(buf, value, offset, n, signed, little) {
  value = +value;
  let min, max;
  if (signed) {
    max = 2 ** (n * 8 - 1) - 1;
    min = -max - 1;
  } else {
    min = 0;
    max = 2 ** (n * 8) - 1;
  }
  checkInt(value, min, max, buf, offset, n);
  return little ? storeLE(buf, value, offset, n) : storeBE(buf, value, offset, n);
}

function writeByte(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

proto.writeUInt8 = function writeUInt8(value, offset = 0) {
  return writeByte(this, value, offset, 0, 0xff);
};
proto.writeInt8 = function writeInt8(value, offset = 0) {
  return writeByte(this, value, offset, -0x80, 0x7f);
};
proto.writeUInt16LE = function writeUInt16LE(value, offset = 0) {
  return writeIntAny(this, value, offset, 2, false, true);
};
proto.writeUInt16BE = function writeUInt16BE(value, offset = 0) {
  return writeIntAny(this, value, offset, 2, false, false);
};
proto.writeInt16LE = function writeInt16LE(value, offset = 0) {
  return writeIntAny(this, value, offset, 2, true, true);
};
proto.writeInt16BE = function writeInt16BE(value, offset = 0) {
  return writeIntAny(this, value, offset, 2, true, false);
};
proto.writeUInt32LE = function writeUInt32LE(value, offset = 0) {
  return writeIntAny(this, value, offset, 4, false, true);
};
proto.writeUInt32BE = function writeUInt32BE(value, offset = 0) {
  return writeIntAny(this, value, offset, 4, false, false);
};
proto.writeInt32LE = function writeInt32LE(value, offset = 0) {
  return writeIntAny(this, value, offset, 4, true, true);
};
proto.writeInt32BE = function writeInt32BE(value, offset = 0) {
  return writeIntAny(this, value, offset, 4, true, false);
};

function writeIntN(buf, value, offset, byteLength, signed, little) {
  if (byteLength === 1) {
    return signed ? writeByte(buf, value, offset, -0x80, 0x7f) :
      writeByte(buf, value, offset, 0, 0xff);
  }
  checkByteLength(byteLength);
  return writeIntAny(buf, value, offset, byteLength, signed, little);
}

proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  return writeIntN(this, value, offset, byteLength, false, true);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  return writeIntN(this, value, offset, byteLength, false, false);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
  return writeIntN(this, value, offset, byteLength, true, true);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
  return writeIntN(this, value, offset, byteLength, true, false);
};

function writeBig64(buf, value, offset, min, max, little) {
  if (value > max || value < min) {
    const range = min === 0n ? '>= 0n and < 2n ** 64n' : '>= -(2n ** 63n) and < 2n ** 63n';
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (little) {
    storeLE(buf, lo, offset, 4);
    storeLE(buf, hi, offset + 4, 4);
  } else {
    storeBE(buf, hi, offset, 4);
    storeBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}

const kU64Max = 0xffffffffffffffffn;
const kI64Min = -(2n ** 63n);
const kI64Max = 2n ** 63n - 1n;
proto.writeBigUInt64LE = function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, kU64Max, true);
};
proto.writeBigUInt64BE = function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, kU64Max, false);
};
proto.writeBigInt64LE = function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, kI64Min, kI64Max, true);
};
proto.writeBigInt64BE = function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, kI64Min, kI64Max, false);
};

function writeFloat(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 4);
  float32[0] = value;
  storeScratch(float32Bytes, buf, offset, 4, little);
  return offset + 4;
}
function writeDouble(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 8);
  float64[0] = value;
  storeScratch(float64Bytes, buf, offset, 8, little);
  return offset + 8;
}
proto.writeFloatLE = function writeFloatLE(value, offset = 0) {
  return writeFloat(this, value, offset, true);
};
proto.writeFloatBE = function writeFloatBE(value, offset = 0) {
  return writeFloat(this, value, offset, false);
};
proto.writeDoubleLE = function writeDoubleLE(value, offset = 0) {
  return writeDouble(this, value, offset, true);
};
proto.writeDoubleBE = function writeDoubleBE(value, offset = 0) {
  return writeDouble(this, value, offset, false);
};

// Lowercase `Uint` aliases.
for (const name of [
  'readUIntLE', 'readUIntBE', 'readUInt8', 'readUInt16LE', 'readUInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readBigUInt64LE', 'readBigUInt64BE',
  'writeUIntLE', 'writeUIntBE', 'writeUInt8', 'writeUInt16LE', 'writeUInt16BE',
  'writeUInt32LE', 'writeUInt32BE', 'writeBigUInt64LE', 'writeBigUInt64BE',
]) {
  proto[name.replace('UInt', 'Uint')] = proto[name];
}

// --- module functions ----------------------------------------------------------------

function toUint8View(input) {
  if (isUint8Array(input)) return input;
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

// A detached ArrayBuffer cannot be read (a view of one reads as empty).
function validatableView(input) {
  if (isTypedArray(input)) return toUint8View(input);
  if (isAnyArrayBuffer(input)) {
    if (input.detached) {
      // Node's message as its binding gives it: no "Invalid state: " prefix.
      const err = new Error('Cannot validate on a detached buffer');
      err.code = 'ERR_INVALID_STATE';
      throw err;
    }
    return toUint8View(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return binding.isUtf8(validatableView(input));
}

function isAscii(input) {
  return binding.isAscii(validatableView(input));
}

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) {
    try {
      const m = require('internal/domexception');
      DOMExceptionCtor = typeof m === 'function' ? m : m.DOMException;
    } catch {
      DOMExceptionCtor = undefined;
    }
    if (typeof DOMExceptionCtor !== 'function') DOMExceptionCtor = globalThis.DOMException;
  }
  return new DOMExceptionCtor(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return rawSlice(fromString(input, 'latin1'), ENC_BASE64);
}

// Forgiving-base64 (WHATWG): ASCII whitespace is ignored, up to two '='
// may end the input, anything else outside the alphabet is an error.
function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}
function isAsciiWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (isAsciiWhitespace(c)) continue;
    if (c === 0x3d) {
      equals++;
      count++;
      if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else if (isBase64Char(c)) {
      if (equals) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
      count++;
    } else {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  let rem = count % 4;
  if (rem === 0 && equals) {
    // Padding only allowed when it completes a quantum of 2 or 3 chars.
    rem = (count - equals) % 4;
    if (rem === 0 || rem === 1) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  } else if (equals) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  } else if (rem === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  const bytes = fromString(input, 'base64');
  return bytes.length === 0 ? '' : bindingToString(bytes, ENC_LATIN1, 0, bytes.length);
}

// ICU-style transcoding between the encodings Node's `transcode` accepts.
const transcodeTargets = Object.assign(Object.create(null), {
  'ascii': 'ascii', 'latin1': 'latin1', 'binary': 'latin1', 'ucs2': 'ucs2',
  'ucs-2': 'ucs2', 'utf16le': 'ucs2', 'utf-16le': 'ucs2', 'utf8': 'utf8', 'utf-8': 'utf8',
});

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeTargets[`${fromEncoding}`.toLowerCase()];
  const to = transcodeTargets[`${toEncoding}`.toLowerCase()];
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  let str;
  if (from === 'ascii') {
    str = bindingToString(source, ENC_LATIN1, 0, source.length).replace(/[\x80-\xff]/g, '\ufffd');
  } else if (from === 'latin1') {
    str = bindingToString(source, ENC_LATIN1, 0, source.length);
  } else if (from === 'ucs2') {
    str = bindingToString(source, ENC_UCS2, 0, source.length & ~1);
    if (to !== 'ucs2' && /[\ud800-\udfff]/.test(str) &&
        /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(str)) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
  } else {
    if (to === 'ucs2' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    str = bindingToString(source, ENC_UTF8, 0, source.length);
  }
  if (to === 'ascii') str = str.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g, '?');
  else if (to === 'latin1') str = str.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g, '?');
  return fromString(str, to === 'ucs2' ? 'ucs2' : to === 'utf8' ? 'utf8' : 'latin1');
}

class Blob {
  constructor() { throw notImplemented('buffer.Blob'); }
}
class File extends Blob {
  constructor() { super(); throw notImplemented('buffer.File'); }
}
function resolveObjectURL() { throw notImplemented('buffer.resolveObjectURL'); }

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Internal helpers for other lib modules (non-enumerable, not part of the API).
Object.defineProperty(module.exports, 'FastBuffer', {
  __proto__: null, value: FastBuffer, enumerable: false, configurable: true, writable: true,
});
