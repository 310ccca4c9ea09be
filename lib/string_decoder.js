'use strict';

// node:string_decoder — decodes a stream of byte chunks into strings without
// splitting multi-byte characters across chunk boundaries.
//
// State lives in a 7-byte Buffer like Node's (so util.inspect looks the same):
//   [0..3] bytes of the incomplete character, [4] bytes still missing,
//   [5] bytes buffered, [6] encoding id.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;
const kSize = 7;

// Node's internal encoding ids.
const encodingIds = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

function bytesToString(bytes, start, end, encoding) {
  if (end <= start) return '';
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString(encoding);
}

// Number of bytes a UTF-8 lead byte announces, or 0 when it is no lead byte.
function utf8Length(byte) {
  if ((byte & 0xE0) === 0xC0) return 2;
  if ((byte & 0xF0) === 0xE0) return 3;
  if ((byte & 0xF8) === 0xF0) return 4;
  return 0;
}

function decodeChunk(decoder, buf) {
  const bytes = toBytes(buf);
  const state = decoder[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  const encoding = decoder.encoding;
  const len = bytes.length;
  if (encoding === 'ascii' || encoding === 'latin1' || encoding === 'hex') {
    return bytesToString(bytes, 0, len, encoding);
  }

  let pos = 0;
  let head = '';
  // First complete the character left over from the previous chunk.
  if (state[kMissing] > 0) {
    let take = Math.min(len, state[kMissing]);
    let broken = false;
    if (encoding === 'utf8') {
      // A byte that is no continuation byte ends the pending character early.
      for (let i = 0; i < take; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          take = i;
          broken = true;
          break;
        }
      }
    }
    for (let i = 0; i < take; i++) state[state[kBuffered] + i] = bytes[i];
    state[kBuffered] += take;
    state[kMissing] = broken ? 0 : state[kMissing] - take;
    pos = take;
    if (state[kMissing] === 0) {
      head = bytesToString(state, 0, state[kBuffered], encoding);
      state[kBuffered] = 0;
    }
  }
  if (pos === len) return head;

  // Then find an incomplete character at the end of this chunk.
  let keep = 0;
  let need = 0;
  if (encoding === 'utf8') {
    if (bytes[len - 1] & 0x80) {
      let count = 0;
      for (let i = len - 1; i >= pos; i--) {
        count++;
        const b = bytes[i];
        if ((b & 0xC0) === 0x80) {
          if (count >= 4 || i === pos) break; // no room for a lead byte
          continue;
        }
        const total = utf8Length(b);
        if (total > count) {
          keep = count;
          need = total - count;
        }
        break;
      }
    }
  } else if (encoding === 'utf16le') {
    if ((len - pos) % 2 === 1) {
      keep = need = 1;
    } else if ((bytes[len - 1] & 0xFC) === 0xD8) {
      keep = need = 2; // a high surrogate waits for its pair
    }
  } else { // base64, base64url
    keep = (len - pos) % 3;
    if (keep > 0) need = 3 - keep;
  }

  const end = len - keep;
  for (let i = 0; i < keep; i++) state[i] = bytes[end + i];
  state[kBuffered] = keep;
  state[kMissing] = need;
  return head + bytesToString(bytes, pos, end, encoding);
}

function flush(decoder) {
  const state = decoder[kNativeDecoder];
  if (decoder.encoding === 'utf16le' && state[kBuffered] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissing]--;
    state[kBuffered]--;
  }
  if (state[kBuffered] === 0) return '';
  const out = bytesToString(state, 0, state[kBuffered], decoder.encoding);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return out;
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncoding] = encodingIds[normalized];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return decodeChunk(this, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBuffered] > 0) ret += flush(this);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissing] = 0;
  this[kNativeDecoder][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, 4); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissing]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing]; },
  },
});

module.exports = { StringDecoder };
