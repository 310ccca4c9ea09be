'use strict';

// WHATWG TextEncoder and TextDecoder. Decoders exist for utf-8, utf-16le,
// utf-16be and windows-1252 (which WHATWG also names latin1, ascii,
// iso-8859-1, ...). UTF-8 work goes through internalBinding('buffer'):
//   decodeUtf8(u8, fatal, ignoreBOM), encodeUtf8(string),
//   encodeIntoUtf8(string, u8) -> [read, written], toString(u8, enc, start, end).
//
// Like Node 22: a decoder first uses a one-shot fast path (utf-8, and
// windows-1252, which maps 0x80-0x9F as WHATWG says); the first call with
// `{ stream: true }` switches it for good to the streaming decoder.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const binding = internalBinding('buffer');
const ENC_UCS2 = binding.encodings.ucs2;
const ENC_LATIN1 = binding.encodings.latin1;

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function isUint8Array(value) { return getTypedArrayTag.call(value) === 'Uint8Array'; }

function isAnyArrayBuffer(value) {
  if (value instanceof ArrayBuffer) return true;
  if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]' ||
    Object.prototype.toString.call(value) === '[object SharedArrayBuffer]';
}

// Errors that Node raises from C++: plain `TypeError: message` with a `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function invalidData(encoding) {
  return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                     `The encoded data was not valid for encoding ${encoding}`);
}

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

// --- TextEncoder -----------------------------------------------------------------

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    Object.defineProperty(this, kEncoder, { __proto__: null, value: true });
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const result = binding.encodeIntoUtf8(src, dest);
    return { read: result[0], written: result[1] };
  }

  [customInspect](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return lazyInspect()({ encoding: this.encoding }, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// --- labels -------------------------------------------------------------------------

const labelTable = Object.create(null);
function addLabels(name, labels) {
  for (const label of labels) labelTable[label] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
                    'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
                       'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                           'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                           'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function isLabelSpace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

// WHATWG "get an encoding": trim ASCII whitespace, ASCII-lowercase, look up.
function getEncodingFromLabel(label) {
  const direct = labelTable[label];
  if (direct !== undefined) return direct;
  let start = 0;
  let end = label.length;
  while (start < end && isLabelSpace(label.charCodeAt(start))) start++;
  while (end > start && isLabelSpace(label.charCodeAt(end - 1))) end--;
  return labelTable[label.slice(start, end).replace(/[A-Z]+/g, (m) => m.toLowerCase())];
}

// windows-1252 code points for bytes 0x80-0x9F.
const cp1252High = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];
const c1Controls = /[\x80-\x9f]/g;
function mapCp1252(ch) { return String.fromCharCode(cp1252High[ch.charCodeAt(0) - 0x80]); }

// --- TextDecoder -------------------------------------------------------------------------

const kEmpty = new Uint8Array(0);

function validateDecoder(obj) {
  const state = obj == null ? undefined : obj[kDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return state;
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Length of a valid but unfinished UTF-8 sequence at the end of `u8` (0-3).
function utf8PendingTail(u8) {
  const len = u8.length;
  for (let k = 1; k <= 3 && k <= len; k++) {
    const b = u8[len - k];
    if (b >= 0x80 && b <= 0xBF) continue; // continuation byte: look further back
    let need;
    let lo = 0x80;
    let hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 3;
      if (b === 0xE0) lo = 0xA0;
      else if (b === 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 4;
      if (b === 0xF0) lo = 0x90;
      else if (b === 0xF4) hi = 0x8F;
    } else {
      return 0;
    }
    if (k >= need) return 0;
    if (k >= 2) {
      const second = u8[len - k + 1];
      if (second < lo || second > hi) return 0;
    }
    return k;
  }
  return 0;
}

const surrogateRe = /[\ud800-\udfff]/;
// Replaces unpaired surrogates with U+FFFD, or throws when fatal.
function fixSurrogates(str, fatal, encoding) {
  if (!surrogateRe.test(str)) return str;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        i++;
        continue;
      }
    }
    if (fatal) throw invalidData(encoding);
    out += str.slice(last, i) + '\ufffd';
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function swapPairs(u8, length) {
  const out = new Uint8Array(length);
  for (let i = 0; i + 1 < length; i += 2) {
    out[i] = u8[i + 1];
    out[i + 1] = u8[i];
  }
  return out;
}

function decodeUtf16(state, u8, stream) {
  let len = u8.length;
  let keep = 0;
  if (stream) {
    keep = len & 1;
    const even = len - keep;
    if (even >= 2) {
      const unit = state.encoding === 'utf-16le' ?
        u8[even - 2] | (u8[even - 1] << 8) : (u8[even - 2] << 8) | u8[even - 1];
      if (unit >= 0xD800 && unit <= 0xDBFF) keep += 2; // wait for the low surrogate
    }
  }
  state.pending = keep ? u8.slice(len - keep) : kEmpty;
  len -= keep;
  const odd = len & 1; // only when flushing
  const even = len - odd;
  const units = state.encoding === 'utf-16le' ? u8 : swapPairs(u8, even);
  let str = even === 0 ? '' : binding.toString(units, ENC_UCS2, 0, even);
  str = fixSurrogates(str, state.fatal, state.encoding);
  if (odd) {
    if (state.fatal) throw invalidData(state.encoding);
    str += '\ufffd';
  }
  return str;
}

function decodeStreaming(state, u8, stream) {
  if (state.pending.length !== 0) u8 = concatBytes(state.pending, u8);
  state.pending = kEmpty;
  let str;
  try {
    if (state.encoding === 'utf-8') {
      let len = u8.length;
      if (stream) {
        const keep = utf8PendingTail(u8);
        if (keep) {
          state.pending = u8.slice(len - keep);
          len -= keep;
          u8 = u8.subarray(0, len);
        }
      }
      str = len === 0 ? '' : binding.decodeUtf8(u8, state.fatal, true);
    } else if (state.encoding === 'windows-1252') {
      str = u8.length === 0 ? '' : binding.toString(u8, ENC_LATIN1, 0, u8.length);
      str = str.replace(c1Controls, mapCp1252);
    } else {
      str = decodeUtf16(state, u8, stream);
    }
  } catch (err) {
    state.pending = kEmpty;
    state.bomSeen = false;
    throw err;
  }
  if (!state.ignoreBOM && !state.bomSeen && str.length !== 0) {
    state.bomSeen = true;
    if (str.charCodeAt(0) === 0xFEFF && state.encoding !== 'windows-1252') str = str.slice(1);
  }
  if (!stream) {
    state.bomSeen = false;
    state.pending = kEmpty;
  }
  return str;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let fatal = false;
    let ignoreBOM = false;
    if (options !== null) {
      fatal = !!options.fatal;
      ignoreBOM = !!options.ignoreBOM;
    }
    Object.defineProperty(this, kDecoder, {
      __proto__: null,
      value: {
        encoding: name,
        fatal,
        ignoreBOM,
        fastPath: name === 'utf-8' || name === 'windows-1252',
        pending: kEmpty,
        bomSeen: false,
      },
    });
  }

  decode(input = kEmpty, options = {}) {
    const state = validateDecoder(this);
    if (state.fastPath && options != null && options.stream) state.fastPath = false;
    let u8;
    if (isUint8Array(input)) {
      u8 = input;
    } else if (ArrayBuffer.isView(input)) {
      u8 = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (isAnyArrayBuffer(input)) {
      u8 = new Uint8Array(input);
    } else if (state.fastPath && state.encoding === 'utf-8') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
                        'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    } else if (state.fastPath) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "input" argument must be an ' +
                        'instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
    } else {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "input" argument must be an ' +
                        'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }

    if (state.fastPath) {
      if (u8.length === 0) return '';
      if (state.encoding === 'utf-8') return binding.decodeUtf8(u8, state.fatal, state.ignoreBOM);
      return binding.toString(u8, ENC_LATIN1, 0, u8.length).replace(c1Controls, mapCp1252);
    }
    // Like Node, `null` options leave the decoder in streaming mode.
    const stream = options === null ? true : !!(options != null && options.stream);
    return decodeStreaming(state, u8, stream);
  }

  get encoding() { return validateDecoder(this).encoding; }
  get fatal() { return validateDecoder(this).fatal; }
  get ignoreBOM() { return validateDecoder(this).ignoreBOM; }

  [customInspect](depth, opts) {
    const state = validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const text = lazyInspect()({
      encoding: state.encoding, fatal: state.fatal, ignoreBOM: state.ignoreBOM,
    }, opts);
    return `${this.constructor && this.constructor.name ? this.constructor.name : 'TextDecoder'} ${text}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};
