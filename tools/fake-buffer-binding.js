'use strict';

// A stand-in for eddy's C++ internalBinding('buffer'), built on Node's own
// Buffer, so lib/buffer.js and lib/internal/encoding.js can run inside real
// Node through tools/node-shim.js:
//
//   const { load, setBinding } = require('./node-shim');
//   setBinding('buffer', require('./fake-buffer-binding'));
//   const { Buffer } = load('buffer');
//
// It doubles as the specification of the binding. All offsets that lib/
// passes are already validated integers within bounds, unless noted.
//
//   encodings                          { utf8: 1, ucs2: 2, latin1: 3, ascii: 4,
//                                        base64: 5, base64url: 6, hex: 7 }
//   byteLength(string, enc)           bytes `string` encodes to (utf8 is the only
//                                     encoding lib/ asks about; lone surrogates
//                                     count as 3 bytes, U+FFFD)
//   write(u8, string, offset, length, enc)
//                                     encodes into u8[offset, offset+length), returns
//                                     bytes written. utf8 never splits a character
//                                     (stops before one that does not fit); ucs2
//                                     writes whole code units only; latin1 and ascii
//                                     store the low byte of each code unit; hex stops
//                                     at the first invalid pair (an odd last digit is
//                                     dropped); base64/base64url accept both
//                                     alphabets, skip whitespace and other invalid
//                                     characters, and stop at '='.
//   toString(u8, enc, start, end)     decodes u8[start, end). utf8 replaces each
//                                     maximal invalid subsequence with U+FFFD (WHATWG);
//                                     ascii clears the high bit of each byte; ucs2
//                                     ignores a trailing odd byte; base64 emits padding,
//                                     base64url does not.
//   compare(a, b)                     memcmp over the shorter length, then shorter
//                                     sorts first: -1 | 0 | 1
//   compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
//                                     compare(source[sourceStart, sourceEnd),
//                                             target[targetStart, targetEnd))
//   indexOf(u8, needle, byteOffset, enc, forward)
//                                     needle: string (encoded with enc), Uint8Array,
//                                     or number (a byte). forward: first match at
//                                     index >= byteOffset; backward: last match
//                                     starting at index <= byteOffset. With enc ucs2
//                                     the search is in 2-byte units (see indexOfUnits
//                                     below: unit floor(byteOffset/2) first, only even
//                                     indexes match). -1 if none. lib/ has
//                                     already handled empty needles and offsets out
//                                     of range (0 <= byteOffset < u8.length).
//   fill(u8, value, start, end, enc)  repeats the bytes of value (a string encoded
//                                     with enc, or a Uint8Array) over u8[start, end),
//                                     the last copy truncated. Returns -1 without
//                                     writing if value encodes to zero bytes.
//   isUtf8(u8), isAscii(u8)           validity checks -> boolean
//   decodeUtf8(u8, fatal, ignoreBOM)  TextDecoder('utf-8'): WHATWG decode; a leading
//                                     EF BB BF is dropped unless ignoreBOM. When fatal
//                                     and the input is not valid UTF-8 (truncated tail
//                                     included) throws a TypeError whose message is
//                                     'The encoded data was not valid for encoding
//                                     utf-8' and whose own enumerable `code` is
//                                     'ERR_ENCODING_INVALID_ENCODED_DATA'.
//   encodeUtf8(string)                new Uint8Array of the UTF-8 bytes (lone
//                                     surrogates become EF BF BD)
//   encodeIntoUtf8(string, u8)        [read (UTF-16 units), written (bytes)]: encodes
//                                     as many whole characters as fit.

const buffer = require('buffer');
const NodeBuffer = buffer.Buffer;

const encodings = { utf8: 1, ucs2: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7 };
const names = ['', 'utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

function encName(enc) {
  const name = names[enc];
  if (!name) throw new Error(`fake buffer binding: bad encoding id ${enc}`);
  return name;
}

function view(u8) {
  return NodeBuffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function checkU8(u8, what) {
  if (!(u8 instanceof Uint8Array)) throw new TypeError(`fake buffer binding: ${what} needs a Uint8Array`);
}

function byteLength(string, enc) {
  return NodeBuffer.byteLength(string, encName(enc));
}

function write(u8, string, offset, length, enc) {
  checkU8(u8, 'write');
  return view(u8).write(string, offset, length, encName(enc));
}

function toString(u8, enc, start, end) {
  checkU8(u8, 'toString');
  return view(u8).toString(encName(enc), start, end);
}

function compare(a, b) {
  return NodeBuffer.compare(view(a), view(b));
}

function compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) {
  return NodeBuffer.compare(view(source).subarray(sourceStart, sourceEnd),
                            view(target).subarray(targetStart, targetEnd));
}

function indexOf(u8, needle, byteOffset, enc, forward) {
  checkU8(u8, 'indexOf');
  const v = view(u8);
  if (typeof needle === 'number') {
    return forward ? v.indexOf(needle & 0xff, byteOffset) : v.lastIndexOf(needle & 0xff, byteOffset);
  }
  const bytes = typeof needle === 'string' ? NodeBuffer.from(needle, encName(enc)) : view(needle);
  if (enc === encodings.ucs2) return indexOfUnits(v, bytes, byteOffset, forward);
  return forward ? v.indexOf(bytes, byteOffset) : v.lastIndexOf(bytes, byteOffset);
}

// ucs2 searches work on 2-byte units: the search starts at unit
// floor(byteOffset / 2) (so a forward match may begin one byte before
// byteOffset, as in Node) and only even byte indexes match.
function indexOfUnits(hay, needle, byteOffset, forward) {
  const units = hay.length >>> 1;
  const needleUnits = needle.length >>> 1;
  if (needleUnits === 0 || needleUnits > units) return -1;
  const last = units - needleUnits;
  const startUnit = byteOffset >>> 1;
  const matchAt = (u) => {
    for (let i = 0; i < needleUnits * 2; i++) if (hay[u * 2 + i] !== needle[i]) return false;
    return true;
  };
  if (forward) {
    for (let u = startUnit; u <= last; u++) if (matchAt(u)) return u * 2;
  } else {
    for (let u = Math.min(startUnit, last); u >= 0; u--) if (matchAt(u)) return u * 2;
  }
  return -1;
}

function fill(u8, value, start, end, enc) {
  checkU8(u8, 'fill');
  const bytes = typeof value === 'string' ? NodeBuffer.from(value, encName(enc)) : view(value);
  if (bytes.length === 0) return -1;
  view(u8).fill(bytes, start, end);
  return undefined;
}

function isUtf8(u8) { return buffer.isUtf8(u8); }
function isAscii(u8) { return buffer.isAscii(u8); }

function decodeUtf8(u8, fatal, ignoreBOM) {
  checkU8(u8, 'decodeUtf8');
  if (fatal && !buffer.isUtf8(u8)) {
    const err = new TypeError('The encoded data was not valid for encoding utf-8');
    err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
    throw err;
  }
  let start = 0;
  if (!ignoreBOM && u8.length >= 3 && u8[0] === 0xEF && u8[1] === 0xBB && u8[2] === 0xBF) start = 3;
  return view(u8).toString('utf8', start);
}

function encodeUtf8(string) {
  const b = NodeBuffer.from(string, 'utf8');
  const out = new Uint8Array(b.length);
  out.set(b);
  return out;
}

const nodeEncoder = new TextEncoder();
function encodeIntoUtf8(string, u8) {
  const { read, written } = nodeEncoder.encodeInto(string, u8);
  return [read, written];
}

module.exports = {
  encodings,
  byteLength,
  write,
  toString,
  compare,
  compareOffset,
  indexOf,
  fill,
  isUtf8,
  isAscii,
  decodeUtf8,
  encodeUtf8,
  encodeIntoUtf8,
};
