'use strict';

// V8's value serialization format (wire format version 15), in JavaScript:
// the structured clone encoding node:v8's Serializer/Deserializer speak and
// that Node's 'advanced' IPC serialization puts on the wire. Writing the same
// bytes V8 writes lets an eddy process and a node process exchange values.
//
// The format: 0xFF and the version, then one tagged value. Numbers are
// varints (unsigned LEB128; int32 zigzag-encoded first) or little-endian
// doubles; every object gets an id in the order it is first met, and a
// second meeting writes a reference to that id ('^').
//
// Serializer and Deserializer have node:v8's method names; DefaultSerializer
// and DefaultDeserializer write typed arrays and DataViews as host objects
// (a type index, the byte length, the bytes), as Node's do.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const types = require('internal/util/types');

const kLatestVersion = 15;

const Tag = {
  kVersion: 0xFF,
  kPadding: 0x00,
  kVerifyObjectCount: 0x3F, // ?
  kTheHole: 0x2D, // -
  kUndefined: 0x5F, // _
  kNull: 0x30, // 0
  kTrue: 0x54, // T
  kFalse: 0x46, // F
  kInt32: 0x49, // I
  kUint32: 0x55, // U
  kDouble: 0x4E, // N
  kBigInt: 0x5A, // Z
  kUtf8String: 0x53, // S
  kOneByteString: 0x22, // "
  kTwoByteString: 0x63, // c
  kObjectReference: 0x5E, // ^
  kBeginJSObject: 0x6F, // o
  kEndJSObject: 0x7B, // {
  kBeginSparseJSArray: 0x61, // a
  kEndSparseJSArray: 0x40, // @
  kBeginDenseJSArray: 0x41, // A
  kEndDenseJSArray: 0x24, // $
  kDate: 0x44, // D
  kTrueObject: 0x79, // y
  kFalseObject: 0x78, // x
  kNumberObject: 0x6E, // n
  kBigIntObject: 0x7A, // z
  kStringObject: 0x73, // s
  kRegExp: 0x52, // R
  kBeginJSMap: 0x3B, // ;
  kEndJSMap: 0x3A, // :
  kBeginJSSet: 0x27, // '
  kEndJSSet: 0x2C, // ,
  kArrayBuffer: 0x42, // B
  kResizableArrayBuffer: 0x7E, // ~
  kArrayBufferView: 0x56, // V
  kSharedArrayBuffer: 0x75, // u
  kHostObject: 0x5C, // \
  kError: 0x72, // r
};

// Inside an error ('r'): which prototype, then its parts.
const ErrorTag = {
  kEvalErrorPrototype: 0x45, // E
  kRangeErrorPrototype: 0x52, // R
  kReferenceErrorPrototype: 0x46, // F
  kSyntaxErrorPrototype: 0x53, // S
  kTypeErrorPrototype: 0x54, // T
  kUriErrorPrototype: 0x55, // U
  kMessage: 0x6D, // m
  kCause: 0x63, // c
  kStack: 0x73, // s
  kEnd: 0x2E, // .
};

const errorPrototypeTags = new Map([
  ['EvalError', ErrorTag.kEvalErrorPrototype],
  ['RangeError', ErrorTag.kRangeErrorPrototype],
  ['ReferenceError', ErrorTag.kReferenceErrorPrototype],
  ['SyntaxError', ErrorTag.kSyntaxErrorPrototype],
  ['TypeError', ErrorTag.kTypeErrorPrototype],
  ['URIError', ErrorTag.kUriErrorPrototype],
]);
const errorConstructors = new Map([
  [ErrorTag.kEvalErrorPrototype, EvalError],
  [ErrorTag.kRangeErrorPrototype, RangeError],
  [ErrorTag.kReferenceErrorPrototype, ReferenceError],
  [ErrorTag.kSyntaxErrorPrototype, SyntaxError],
  [ErrorTag.kTypeErrorPrototype, TypeError],
  [ErrorTag.kUriErrorPrototype, URIError],
]);

// RegExp flags as V8 numbers them.
const regExpFlags = [
  ['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['d', 128], ['v', 256],
];

// The 'V' subtags of array buffer views V8 writes itself.
const viewTags = new Map([
  [0x62, Int8Array], [0x42, Uint8Array], [0x43, Uint8ClampedArray],
  [0x77, Int16Array], [0x57, Uint16Array], [0x64, Int32Array], [0x44, Uint32Array],
  [0x66, Float32Array], [0x46, Float64Array], [0x71, BigInt64Array],
  [0x51, BigUint64Array], [0x3F, DataView],
]);

const kMaxArrayIndex = 2 ** 32 - 2;

// A canonical array index ("0", "17", not "017" or "-1").
function arrayIndexOf(key) {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n <= kMaxArrayIndex && String(n) === key ? n : -1;
}

function isOneByte(string) {
  for (let i = 0; i < string.length; i++) {
    if (string.charCodeAt(i) > 0xFF) return false;
  }
  return true;
}

function describe(value) {
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  let name = 'Object';
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag) name = tag;
  } catch {
    // A revoked proxy: still an Object.
  }
  return `#<${name}>`;
}

const doubleView = new DataView(new ArrayBuffer(8));

class Serializer {
  #buffer = Buffer.allocUnsafe(64);
  #length = 0;
  #ids = new Map();
  #nextId = 0;
  #viewsAsHostObjects = false;

  writeHeader() {
    this.#writeByte(Tag.kVersion);
    this.writeUint32(kLatestVersion);
  }

  writeValue(value) {
    this.#writeObject(value);
    return true;
  }

  releaseBuffer() {
    const out = Buffer.from(this.#buffer.subarray(0, this.#length));
    this.#buffer = Buffer.allocUnsafe(64);
    this.#length = 0;
    this.#ids = new Map();
    this.#nextId = 0;
    return out;
  }

  transferArrayBuffer() {
    throw require('internal/errors').notImplemented('v8.Serializer.prototype.transferArrayBuffer');
  }

  writeUint32(value) {
    this.#writeVarint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#writeVarint(BigInt(hi >>> 0) * 2n ** 32n + BigInt(lo >>> 0));
  }

  writeDouble(value) {
    doubleView.setFloat64(0, +value, true);
    this.#reserve(8);
    for (let i = 0; i < 8; i++) this.#buffer[this.#length++] = doubleView.getUint8(i);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    this.#reserve(bytes.length);
    this.#buffer.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAsHostObjects = Boolean(flag);
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${describe(object)}`);
  }

  // --- the encoding ----------------------------------------------------------

  #reserve(n) {
    if (this.#length + n <= this.#buffer.length) return;
    let size = this.#buffer.length * 2;
    while (size < this.#length + n) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    bigger.set(this.#buffer.subarray(0, this.#length));
    this.#buffer = bigger;
  }

  #writeByte(byte) {
    this.#reserve(1);
    this.#buffer[this.#length++] = byte;
  }

  // Unsigned LEB128; a BigInt for what exceeds 32 bits.
  #writeVarint(value) {
    this.#reserve(10);
    if (typeof value === 'bigint') {
      do {
        let byte = Number(value & 0x7Fn);
        value >>= 7n;
        if (value !== 0n) byte |= 0x80;
        this.#buffer[this.#length++] = byte;
      } while (value !== 0n);
      return;
    }
    do {
      let byte = value & 0x7F;
      value = Math.floor(value / 128);
      if (value !== 0) byte |= 0x80;
      this.#buffer[this.#length++] = byte;
    } while (value !== 0);
  }

  #writeZigZag(value) {
    this.#writeVarint(((value << 1) ^ (value >> 31)) >>> 0);
  }

  #writeString(string) {
    if (isOneByte(string)) {
      this.#writeByte(Tag.kOneByteString);
      this.#writeVarint(string.length);
      this.#reserve(string.length);
      this.#length += this.#buffer.latin1Write(string, this.#length, string.length);
      return;
    }
    const byteLength = string.length * 2;
    // The UTF-16 code units start at an even offset, as V8 aligns them.
    let varintSize = 1;
    for (let v = byteLength; v >= 128; v = Math.floor(v / 128)) varintSize++;
    if ((this.#length + 1 + varintSize) & 1) this.#writeByte(Tag.kPadding);
    this.#writeByte(Tag.kTwoByteString);
    this.#writeVarint(byteLength);
    this.#reserve(byteLength);
    this.#length += this.#buffer.ucs2Write(string, this.#length, byteLength);
  }

  #writeBigIntContents(value) {
    const negative = value < 0n;
    let magnitude = negative ? -value : value;
    const bytes = [];
    while (magnitude > 0n) {
      bytes.push(Number(magnitude & 0xFFn));
      magnitude >>= 8n;
    }
    // Digits are 64 bits wide.
    while (bytes.length % 8 !== 0) bytes.push(0);
    this.#writeVarint(bytes.length * 2 + (negative ? 1 : 0));
    this.#reserve(bytes.length);
    for (const b of bytes) this.#buffer[this.#length++] = b;
  }

  #writeNumber(value) {
    if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 &&
        !Object.is(value, -0)) {
      this.#writeByte(Tag.kInt32);
      this.#writeZigZag(value);
    } else {
      this.#writeByte(Tag.kDouble);
      this.writeDouble(value);
    }
  }

  #writeObject(value) {
    switch (typeof value) {
      case 'undefined': this.#writeByte(Tag.kUndefined); return;
      case 'boolean': this.#writeByte(value ? Tag.kTrue : Tag.kFalse); return;
      case 'number': this.#writeNumber(value); return;
      case 'bigint':
        this.#writeByte(Tag.kBigInt);
        this.#writeBigIntContents(value);
        return;
      case 'string': this.#writeString(value); return;
      case 'symbol':
      case 'function':
        throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
      default:
        break;
    }
    if (value === null) {
      this.#writeByte(Tag.kNull);
      return;
    }
    const id = this.#ids.get(value);
    if (id !== undefined) {
      this.#writeByte(Tag.kObjectReference);
      this.#writeVarint(id);
      return;
    }
    if (ArrayBuffer.isView(value) && !this.#viewsAsHostObjects) {
      this.#writeNativeView(value);
      return;
    }
    this.#ids.set(value, this.#nextId++);
    this.#writeReceiver(value);
  }

  #writeReceiver(value) {
    if (types.isProxy(value)) throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
    if (Array.isArray(value)) {
      this.#writeArray(value);
    } else if (ArrayBuffer.isView(value)) {
      this.#writeByte(Tag.kHostObject);
      this._writeHostObject(value);
    } else if (types.isDate(value)) {
      this.#writeByte(Tag.kDate);
      this.writeDouble(value.getTime());
    } else if (types.isBoxedPrimitive(value)) {
      this.#writeBoxed(value);
    } else if (types.isRegExp(value)) {
      this.#writeByte(Tag.kRegExp);
      this.#writeString(value.source);
      let flags = 0;
      for (const [letter, bit] of regExpFlags) if (value.flags.includes(letter)) flags |= bit;
      this.#writeVarint(flags);
    } else if (types.isMap(value)) {
      const entries = [...Map.prototype.entries.call(value)];
      this.#writeByte(Tag.kBeginJSMap);
      for (const [k, v] of entries) {
        this.#writeObject(k);
        this.#writeObject(v);
      }
      this.#writeByte(Tag.kEndJSMap);
      this.#writeVarint(entries.length * 2);
    } else if (types.isSet(value)) {
      const items = [...Set.prototype.values.call(value)];
      this.#writeByte(Tag.kBeginJSSet);
      for (const item of items) this.#writeObject(item);
      this.#writeByte(Tag.kEndJSSet);
      this.#writeVarint(items.length);
    } else if (types.isArrayBuffer(value)) {
      this.#writeArrayBuffer(value);
    } else if (types.isNativeError(value)) {
      this.#writeError(value);
    } else if (types.isSharedArrayBuffer(value) || types.isWeakMap(value) ||
               types.isWeakSet(value) || types.isPromise(value) ||
               types.isGeneratorObject(value) || types.isMapIterator(value) ||
               types.isSetIterator(value) || types.isModuleNamespaceObject(value) ||
               types.isArgumentsObject(value) || value instanceof WeakRef) {
      throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
    } else {
      this.#writeByte(Tag.kBeginJSObject);
      const count = this.#writeProperties(value, Object.keys(value));
      this.#writeByte(Tag.kEndJSObject);
      this.#writeVarint(count);
    }
  }

  #writeBoxed(value) {
    if (types.isNumberObject(value)) {
      this.#writeByte(Tag.kNumberObject);
      this.writeDouble(Number.prototype.valueOf.call(value));
    } else if (types.isStringObject(value)) {
      this.#writeByte(Tag.kStringObject);
      this.#writeString(String.prototype.valueOf.call(value));
    } else if (types.isBooleanObject(value)) {
      this.#writeByte(Boolean.prototype.valueOf.call(value) ? Tag.kTrueObject : Tag.kFalseObject);
    } else if (types.isBigIntObject(value)) {
      this.#writeByte(Tag.kBigIntObject);
      this.#writeBigIntContents(BigInt.prototype.valueOf.call(value));
    } else {
      throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
    }
  }

  // Keys and values of the listed own properties; a property deleted by an
  // earlier getter is skipped. Returns how many were written.
  #writeProperties(object, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
      const index = arrayIndexOf(key);
      if (index === -1) this.#writeString(key);
      else this.#writeNumber(index);
      this.#writeObject(object[key]);
      count++;
    }
    return count;
  }

  #writeArray(array) {
    const length = array.length;
    const keys = Object.keys(array);
    let indexCount = 0;
    while (indexCount < keys.length && arrayIndexOf(keys[indexCount]) !== -1) indexCount++;
    if (indexCount === length) {
      // No holes: the elements in order, then any named properties.
      this.#writeByte(Tag.kBeginDenseJSArray);
      this.#writeVarint(length);
      for (let i = 0; i < length; i++) this.#writeObject(array[i]);
      const count = this.#writeProperties(array, keys.slice(indexCount));
      this.#writeByte(Tag.kEndDenseJSArray);
      this.#writeVarint(count);
      this.#writeVarint(length);
      return;
    }
    this.#writeByte(Tag.kBeginSparseJSArray);
    this.#writeVarint(length);
    const count = this.#writeProperties(array, keys);
    this.#writeByte(Tag.kEndSparseJSArray);
    this.#writeVarint(count);
    this.#writeVarint(length);
  }

  #writeArrayBuffer(buffer) {
    if (buffer.resizable) {
      this.#writeByte(Tag.kResizableArrayBuffer);
      this.#writeVarint(buffer.byteLength);
      this.#writeVarint(buffer.maxByteLength);
    } else {
      this.#writeByte(Tag.kArrayBuffer);
      this.#writeVarint(buffer.byteLength);
    }
    this.writeRawBytes(new Uint8Array(buffer));
  }

  // A view V8 writes itself: its buffer, then 'V' and where it looks.
  #writeNativeView(view) {
    this.#writeObject(view.buffer);
    this.#ids.set(view, this.#nextId++);
    let subtag = 0x3F;
    for (const [tag, Ctor] of viewTags) {
      if (view instanceof Ctor) {
        subtag = tag;
        break;
      }
    }
    this.#writeByte(Tag.kArrayBufferView);
    this.#writeByte(subtag);
    this.#writeVarint(view.byteOffset);
    this.#writeVarint(view.byteLength);
    this.#writeVarint(0);
  }

  #writeError(error) {
    this.#writeByte(Tag.kError);
    const prototypeTag = errorPrototypeTags.get(error.name);
    if (prototypeTag !== undefined) this.#writeByte(prototypeTag);
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined && 'value' in message) {
      this.#writeByte(ErrorTag.kMessage);
      this.#writeString(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.#writeByte(ErrorTag.kStack);
      this.#writeString(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.#writeByte(ErrorTag.kCause);
      this.#writeObject(cause.value);
    }
    this.#writeByte(ErrorTag.kEnd);
  }
}

function dataError() {
  return new Error('Unable to deserialize cloned data.');
}

class Deserializer {
  #buffer;
  #position = 0;
  #version = 0;
  #objects = [];

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.buffer = buffer;
    this.#buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  readHeader() {
    if (this.#buffer[this.#position] === Tag.kVersion) {
      this.#position++;
      this.#version = this.#readVarint();
      if (this.#version > kLatestVersion || this.#version < 13) {
        throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      }
    }
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readValue() {
    return this.#readObject();
  }

  transferArrayBuffer() {
    throw require('internal/errors').notImplemented('v8.Deserializer.prototype.transferArrayBuffer');
  }

  readUint32() {
    return this.#readVarint() >>> 0;
  }

  readUint64() {
    const value = this.#readBigVarint();
    return [Number(value >> 32n) >>> 0, Number(value & 0xFFFFFFFFn) >>> 0];
  }

  readDouble() {
    const bytes = this.#take(8);
    for (let i = 0; i < 8; i++) doubleView.setUint8(i, bytes[i]);
    return doubleView.getFloat64(0, true);
  }

  _readRawBytes(length) {
    const start = this.#position;
    this.#take(length);
    return start;
  }

  readRawBytes(length) {
    return Buffer.from(this.#take(length));
  }

  _readHostObject() {
    throw dataError();
  }

  // --- the decoding ------------------------------------------------------------

  #take(n) {
    if (!(n >= 0) || this.#position + n > this.#buffer.length) throw dataError();
    const bytes = this.#buffer.subarray(this.#position, this.#position + n);
    this.#position += n;
    return bytes;
  }

  #readByte() {
    if (this.#position >= this.#buffer.length) throw dataError();
    return this.#buffer[this.#position++];
  }

  #readVarint() {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = this.#readByte();
      result += (byte & 0x7F) * scale;
      if ((byte & 0x80) === 0) return result;
      scale *= 128;
      if (scale > 2 ** 63) throw dataError();
    }
  }

  #readBigVarint() {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.#readByte();
      result |= BigInt(byte & 0x7F) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  }

  #readZigZag() {
    const raw = this.#readVarint() >>> 0;
    return (raw >>> 1) ^ -(raw & 1);
  }

  #readTag() {
    let tag;
    do tag = this.#readByte(); while (tag === Tag.kPadding);
    return tag;
  }

  #peekTag() {
    let at = this.#position;
    while (at < this.#buffer.length && this.#buffer[at] === Tag.kPadding) at++;
    return at < this.#buffer.length ? this.#buffer[at] : -1;
  }

  #readStringOf(tag) {
    const length = this.#readVarint();
    const start = this.#position;
    this.#take(length);
    const end = start + length;
    if (tag === Tag.kOneByteString) return this.#buffer.latin1Slice(start, end);
    if (tag === Tag.kTwoByteString) {
      if (length % 2 !== 0) throw dataError();
      return this.#buffer.ucs2Slice(start, end);
    }
    return this.#buffer.utf8Slice(start, end);
  }

  #readString() {
    const tag = this.#readTag();
    if (tag !== Tag.kOneByteString && tag !== Tag.kTwoByteString && tag !== Tag.kUtf8String) {
      throw dataError();
    }
    return this.#readStringOf(tag);
  }

  #readBigIntContents() {
    const bitfield = this.#readVarint();
    const bytes = this.#take(Math.floor(bitfield / 2));
    let value = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -value : value;
  }

  #remember(object) {
    this.#objects.push(object);
    return object;
  }

  #readObject() {
    const value = this.#readObjectInternal();
    // A buffer followed by a view on it ('V') is read as the view.
    if (types.isArrayBuffer(value) && this.#peekTag() === Tag.kArrayBufferView) {
      this.#readTag();
      return this.#readView(value);
    }
    return value;
  }

  #readObjectInternal() {
    const tag = this.#readTag();
    switch (tag) {
      case Tag.kVerifyObjectCount:
        this.#readVarint();
        return this.#readObject();
      case Tag.kUndefined: return undefined;
      case Tag.kNull: return null;
      case Tag.kTrue: return true;
      case Tag.kFalse: return false;
      case Tag.kInt32: return this.#readZigZag();
      case Tag.kUint32: return this.#readVarint() >>> 0;
      case Tag.kDouble: return this.readDouble();
      case Tag.kBigInt: return this.#readBigIntContents();
      case Tag.kUtf8String:
      case Tag.kOneByteString:
      case Tag.kTwoByteString:
        return this.#readStringOf(tag);
      case Tag.kObjectReference: {
        const id = this.#readVarint();
        if (id >= this.#objects.length) throw dataError();
        return this.#objects[id];
      }
      case Tag.kBeginJSObject: {
        const object = this.#remember({});
        const count = this.#readProperties(object, Tag.kEndJSObject);
        if (this.#readVarint() !== count) throw dataError();
        return object;
      }
      case Tag.kBeginSparseJSArray: {
        const length = this.#readVarint();
        const array = this.#remember(new Array(length));
        const count = this.#readProperties(array, Tag.kEndSparseJSArray);
        if (this.#readVarint() !== count || this.#readVarint() !== length) throw dataError();
        return array;
      }
      case Tag.kBeginDenseJSArray: {
        const length = this.#readVarint();
        const array = this.#remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#peekTag() === Tag.kTheHole) {
            this.#readTag();
            continue;
          }
          array[i] = this.#readObject();
        }
        const count = this.#readProperties(array, Tag.kEndDenseJSArray);
        if (this.#readVarint() !== count || this.#readVarint() !== length) throw dataError();
        return array;
      }
      case Tag.kDate: return this.#remember(new Date(this.readDouble()));
      case Tag.kTrueObject: return this.#remember(Object(true));
      case Tag.kFalseObject: return this.#remember(Object(false));
      case Tag.kNumberObject: return this.#remember(Object(this.readDouble()));
      case Tag.kBigIntObject: return this.#remember(Object(this.#readBigIntContents()));
      case Tag.kStringObject: return this.#remember(Object(this.#readString()));
      case Tag.kRegExp: {
        const source = this.#readString();
        const bits = this.#readVarint();
        let flags = '';
        for (const [letter, bit] of regExpFlags) if (bits & bit) flags += letter;
        return this.#remember(new RegExp(source, flags));
      }
      case Tag.kBeginJSMap: {
        const map = this.#remember(new Map());
        let count = 0;
        while (this.#peekTag() !== Tag.kEndJSMap) {
          const key = this.#readObject();
          map.set(key, this.#readObject());
          count += 2;
        }
        this.#readTag();
        if (this.#readVarint() !== count) throw dataError();
        return map;
      }
      case Tag.kBeginJSSet: {
        const set = this.#remember(new Set());
        let count = 0;
        while (this.#peekTag() !== Tag.kEndJSSet) {
          set.add(this.#readObject());
          count++;
        }
        this.#readTag();
        if (this.#readVarint() !== count) throw dataError();
        return set;
      }
      case Tag.kArrayBuffer: {
        const length = this.#readVarint();
        const buffer = new ArrayBuffer(length);
        new Uint8Array(buffer).set(this.#take(length));
        return this.#remember(buffer);
      }
      case Tag.kResizableArrayBuffer: {
        const length = this.#readVarint();
        const maxByteLength = this.#readVarint();
        const buffer = new ArrayBuffer(length, { maxByteLength });
        new Uint8Array(buffer).set(this.#take(length));
        return this.#remember(buffer);
      }
      case Tag.kError: return this.#readError();
      case Tag.kHostObject: {
        // The id is taken before the host object's own contents are read.
        const id = this.#objects.length;
        this.#objects.push(undefined);
        const object = this._readHostObject();
        this.#objects[id] = object;
        return object;
      }
      default:
        throw dataError();
    }
  }

  // key, value pairs up to `endTag`; returns how many.
  #readProperties(object, endTag) {
    let count = 0;
    while (this.#peekTag() !== endTag) {
      const key = this.#readObject();
      if (typeof key !== 'string' && typeof key !== 'number') throw dataError();
      object[key] = this.#readObject();
      count++;
    }
    this.#readTag();
    return count;
  }

  #readView(buffer) {
    const subtag = this.#readByte();
    const byteOffset = this.#readVarint();
    const byteLength = this.#readVarint();
    if (this.#version >= 14) this.#readVarint();  // flags
    const Ctor = viewTags.get(subtag);
    if (Ctor === undefined || byteOffset + byteLength > buffer.byteLength) throw dataError();
    const view = Ctor === DataView ?
      new DataView(buffer, byteOffset, byteLength) :
      new Ctor(buffer, byteOffset, byteLength / Ctor.BYTES_PER_ELEMENT);
    return this.#remember(view);
  }

  #readError() {
    const id = this.#objects.length;
    this.#objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const tag = this.#readByte();
      if (tag === ErrorTag.kEnd) break;
      if (errorConstructors.has(tag)) {
        Ctor = errorConstructors.get(tag);
      } else if (tag === ErrorTag.kMessage) {
        message = this.#readString();
      } else if (tag === ErrorTag.kStack) {
        stack = this.#readString();
      } else if (tag === ErrorTag.kCause) {
        cause = this.#readObject();
        hasCause = true;
      } else {
        throw dataError();
      }
    }
    const error = message === undefined ? new Ctor() : new Ctor(message);
    const define = (name, value) => Object.defineProperty(error, name, {
      __proto__: null, value, writable: true, enumerable: false, configurable: true,
    });
    if (stack !== undefined) define('stack', stack);
    else delete error.stack;
    if (hasCause) define('cause', cause);
    this.#objects[id] = error;
    return error;
  }
}

// Node's defaults: typed arrays, Buffers and DataViews travel as host
// objects: the index of their type in this list, their byte length and
// their bytes.
const hostViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array,
];

function hostTypeIndex(view) {
  if (view instanceof DataView) return 9;
  if (Buffer.isBuffer(view)) return 10;
  for (let i = 0; i < hostViewTypes.length; i++) {
    const Ctor = hostViewTypes[i];
    if (Ctor !== Buffer && Ctor !== DataView &&
        Object.getPrototypeOf(view) === Ctor.prototype) return i;
  }
  // A subclass of a typed array: its nearest built-in type.
  for (let i = 0; i < hostViewTypes.length; i++) {
    if (view instanceof hostViewTypes[i]) return i;
  }
  return -1;
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const index = hostTypeIndex(view);
    if (!ArrayBuffer.isView(view) || index === -1) return super._writeHostObject(view);
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const Ctor = hostViewTypes[index];
    if (Ctor === undefined) throw dataError();
    const bytes = this.readRawBytes(byteLength);
    if (Ctor === Buffer) return bytes;
    // A copy of their own, aligned for the element size.
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(bytes);
    if (Ctor === DataView) return new DataView(copy);
    if (byteLength % Ctor.BYTES_PER_ELEMENT !== 0) throw dataError();
    return new Ctor(copy, 0, byteLength / Ctor.BYTES_PER_ELEMENT);
  }
}

module.exports = { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer };
