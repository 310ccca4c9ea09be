'use strict';

// WHATWG URL and URLSearchParams, written in JavaScript from the URL Standard
// (https://url.spec.whatwg.org/) and checked against Node 20's behaviour.
//
// Layout of this file:
//   1. character sets, percent-encoding / decoding, UTF-8 helpers
//   2. hosts: IPv4, IPv6, opaque hosts, IDNA (punycode + UTS #46 mapping)
//   3. the URL record, the basic URL parser (the spec state machine), serializer
//   4. application/x-www-form-urlencoded parsing and serialisation
//   5. the URL and URLSearchParams classes
//   6. file URL <-> path helpers, urlToHttpOptions, format

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
  notImplemented,
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// 1. Characters, percent-encoding
// ---------------------------------------------------------------------------

const EOF = -1;

function isAsciiDigit(c) { return c >= 0x30 && c <= 0x39; }
function isAsciiAlpha(c) { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A); }
function isAsciiHex(c) {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexValue(c) {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x37;
  return c - 0x57;
}

// A percent-encode set as a 128-entry table: 1 = encode this ASCII byte.
// Every code point above U+007E is in every set.
function makeEncodeSet(base, extra) {
  const table = base ? Uint8Array.from(base) : new Uint8Array(128);
  if (!base) {
    for (let c = 0; c < 0x20; c++) table[c] = 1;
    table[0x7F] = 1;
  }
  for (let i = 0; i < extra.length; i++) table[extra.charCodeAt(i)] = 1;
  return table;
}
const C0_CONTROL_SET = makeEncodeSet(null, '');
const FRAGMENT_SET = makeEncodeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeEncodeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeEncodeSet(QUERY_SET, '\'');
const PATH_SET = makeEncodeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeEncodeSet(PATH_SET, '/:;=@[\\]^|');
// application/x-www-form-urlencoded keeps only ASCII alphanumerics and *-._
const FORM_SET = new Uint8Array(128).fill(1);
for (let c = 0; c < 128; c++) {
  if (isAsciiDigit(c) || isAsciiAlpha(c) || c === 0x2A || c === 0x2D || c === 0x2E || c === 0x5F) {
    FORM_SET[c] = 0;
  }
}

const HEX_TABLE = [];
for (let i = 0; i < 256; i++) HEX_TABLE.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encoded UTF-8 of one code point (>= 0x80).
function utf8PercentEncodeCodePoint(cp) {
  if (cp < 0x800) {
    return HEX_TABLE[0xC0 | (cp >> 6)] + HEX_TABLE[0x80 | (cp & 0x3F)];
  }
  if (cp < 0x10000) {
    return HEX_TABLE[0xE0 | (cp >> 12)] + HEX_TABLE[0x80 | ((cp >> 6) & 0x3F)] +
      HEX_TABLE[0x80 | (cp & 0x3F)];
  }
  return HEX_TABLE[0xF0 | (cp >> 18)] + HEX_TABLE[0x80 | ((cp >> 12) & 0x3F)] +
    HEX_TABLE[0x80 | ((cp >> 6) & 0x3F)] + HEX_TABLE[0x80 | (cp & 0x3F)];
}

// UTF-8 percent-encodes every code point of `str` that is in `set`.
// Lone surrogates become U+FFFD. With `spaceAsPlus`, U+0020 becomes '+'.
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    let enc;
    let width = 1;
    if (c < 0x80) {
      if (set[c] === 0) continue;
      enc = (spaceAsPlus && c === 0x20) ? '+' : HEX_TABLE[c];
    } else {
      let cp = c;
      if (c >= 0xD800 && c <= 0xDFFF) {
        const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
        if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
          cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          width = 2;
        } else {
          cp = 0xFFFD;
        }
      }
      enc = utf8PercentEncodeCodePoint(cp);
    }
    out += str.slice(last, i) + enc;
    last = i + width;
    if (width === 2) i++;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

// Replaces lone surrogates with U+FFFD (WebIDL USVString conversion).
const surrogateRe = /[\uD800-\uDFFF]/;
function toUSVString(value) {
  // V8's text for String(symbol) in a template, which Node shows here.
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  const str = `${value}`;
  if (!surrogateRe.test(str)) return str;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
    }
    out += `${str.slice(last, i)}\uFFFD`;
    last = i + 1;
  }
  return out + str.slice(last);
}

// UTF-8 bytes of a (well-formed) string, as an array of numbers.
function utf8Bytes(str, bytes) {
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp < 0x80) { bytes.push(cp); continue; }
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (d - 0xDC00);
        i++;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x800) {
      bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    } else {
      bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F),
                 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    }
  }
  return bytes;
}

// UTF-8 decode (WHATWG, replacement on errors, BOM kept).
function utf8Decode(bytes) {
  const cps = [];
  let out = '';
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7F) {
        cps.push(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1; cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2; cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3; cp = b & 0x7;
      } else {
        cps.push(0xFFFD);
      }
    } else if (b < lower || b > upper) {
      cp = needed = seen = 0;
      lower = 0x80; upper = 0xBF;
      cps.push(0xFFFD);
      i--;
    } else {
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
      if (++seen === needed) {
        cps.push(cp);
        cp = needed = seen = 0;
      }
    }
    if (cps.length >= 4096) {
      out += String.fromCodePoint(...cps);
      cps.length = 0;
    }
  }
  if (needed !== 0) cps.push(0xFFFD);
  return out + String.fromCodePoint(...cps);
}

// Percent-decodes `str` (as UTF-8 bytes) and UTF-8 decodes the result.
function percentDecodeString(str) {
  if (str.indexOf('%') === -1) return str;
  const bytes = [];
  const len = str.length;
  let runStart = 0;
  for (let i = 0; i < len; i++) {
    if (str.charCodeAt(i) !== 0x25) continue;
    if (i + 2 < len && isAsciiHex(str.charCodeAt(i + 1)) && isAsciiHex(str.charCodeAt(i + 2))) {
      if (runStart < i) utf8Bytes(str.slice(runStart, i), bytes);
      bytes.push(hexValue(str.charCodeAt(i + 1)) * 16 + hexValue(str.charCodeAt(i + 2)));
      i += 2;
      runStart = i + 1;
    }
  }
  if (runStart < len) utf8Bytes(str.slice(runStart), bytes);
  return utf8Decode(bytes);
}

function asciiLowerCase(str) {
  return /[A-Z]/.test(str) ? str.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : str;
}

// ---------------------------------------------------------------------------
// 2. Hosts
// ---------------------------------------------------------------------------

const FAILURE = null;

// Forbidden host code points (also forbidden in domains).
const FORBIDDEN_HOST = new Uint8Array(128);
for (const ch of '\0\t\n\r #/:<>?@[\\]^|') FORBIDDEN_HOST[ch.charCodeAt(0)] = 1;
const FORBIDDEN_DOMAIN = Uint8Array.from(FORBIDDEN_HOST);
for (let c = 0; c < 0x20; c++) FORBIDDEN_DOMAIN[c] = 1;
FORBIDDEN_DOMAIN[0x25] = 1; // %
FORBIDDEN_DOMAIN[0x7F] = 1;

function containsForbidden(str, table) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && table[c] === 1) return true;
  }
  return false;
}

// --- IPv4 -----------------------------------------------------------------

// Returns the number, or -1 on failure.
function parseIPv4Number(str) {
  if (str === '') return -1;
  let radix = 10;
  let start = 0;
  if (str.length >= 2 && str.charCodeAt(0) === 0x30 &&
      (str.charCodeAt(1) === 0x78 || str.charCodeAt(1) === 0x58)) {
    radix = 16; start = 2;
  } else if (str.length >= 2 && str.charCodeAt(0) === 0x30) {
    radix = 8; start = 1;
  }
  if (start === str.length) return 0;
  let value = 0;
  for (let i = start; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let d;
    if (radix === 16) {
      if (!isAsciiHex(c)) return -1;
      d = hexValue(c);
    } else if (radix === 10) {
      if (!isAsciiDigit(c)) return -1;
      d = c - 0x30;
    } else {
      if (c < 0x30 || c > 0x37) return -1;
      d = c - 0x30;
    }
    value = value * radix + d;
  }
  return value;
}

function endsInANumber(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== -1;
}

// Returns the 32-bit address as a number, or -1.
function parseIPv4(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return -1;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === -1) return -1;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return -1;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return -1;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.` +
    `${Math.floor(n / 256) % 256}.${n % 256}`;
}

// --- IPv6 -----------------------------------------------------------------

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const len = input.length;
  const at = (p) => (p < len ? input.charCodeAt(p) : EOF);

  if (at(0) === 0x3A) {
    if (at(1) !== 0x3A) return FAILURE;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== EOF) {
    if (pieceIndex === 8) return FAILURE;
    if (at(pointer) === 0x3A) {
      if (compress !== null) return FAILURE;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isAsciiHex(at(pointer))) {
      value = value * 16 + hexValue(at(pointer));
      pointer++;
      length++;
    }
    if (at(pointer) === 0x2E) {
      if (length === 0) return FAILURE;
      pointer -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(pointer) !== EOF) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
          else return FAILURE;
        }
        if (!isAsciiDigit(at(pointer))) return FAILURE;
        while (isAsciiDigit(at(pointer))) {
          const number = at(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(pointer) === 0x3A) {
      pointer++;
      if (at(pointer) === EOF) return FAILURE;
    } else if (at(pointer) !== EOF) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // Find the first longest run (length > 1) of zero pieces.
  let compress = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { bestLen = j - i; compress = i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// --- Punycode (RFC 3492) ---------------------------------------------------

const PUNY_BASE = 36;
const PUNY_TMIN = 1;
const PUNY_TMAX = 26;
const PUNY_SKEW = 38;
const PUNY_DAMP = 700;
const PUNY_MAXINT = 0x7FFFFFFF;

function punyAdapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + PUNY_SKEW));
}

function punyDigitValue(c) {
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  return PUNY_BASE;
}

function punyDigitChar(d) {
  return String.fromCharCode(d < 26 ? d + 0x61 : d - 26 + 0x30);
}

// Decodes the part after "xn--". Returns an array of code points or null.
function punycodeDecode(input) {
  const output = [];
  let n = 128;
  let i = 0;
  let bias = 72;
  let start = 0;
  const delim = input.lastIndexOf('-');
  if (delim > 0) {
    for (let j = 0; j < delim; j++) {
      const c = input.charCodeAt(j);
      if (c >= 0x80) return null;
      output.push(c);
    }
    start = delim + 1;
  }
  for (let pos = start; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY_BASE; ; k += PUNY_BASE) {
      if (pos >= input.length) return null;
      const digit = punyDigitValue(input.charCodeAt(pos++));
      if (digit >= PUNY_BASE) return null;
      if (digit > Math.floor((PUNY_MAXINT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? PUNY_TMIN : (k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(PUNY_MAXINT / (PUNY_BASE - t))) return null;
      w *= PUNY_BASE - t;
    }
    const count = output.length + 1;
    bias = punyAdapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > PUNY_MAXINT - n) return null;
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return output;
}

// Encodes an array of code points. Returns the string without "xn--".
function punycodeEncode(cps) {
  let n = 128;
  let delta = 0;
  let bias = 72;
  let output = '';
  for (const c of cps) if (c < 0x80) output += String.fromCharCode(c);
  const b = output.length;
  let h = b;
  if (b > 0) output += '-';
  while (h < cps.length) {
    let m = 0x7FFFFFFF;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = PUNY_BASE; ; k += PUNY_BASE) {
          const t = k <= bias ? PUNY_TMIN : (k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias);
          if (q < t) break;
          output += punyDigitChar(t + ((q - t) % (PUNY_BASE - t)));
          q = Math.floor((q - t) / (PUNY_BASE - t));
        }
        output += punyDigitChar(q);
        bias = punyAdapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// --- IDNA (UTS #46, non-transitional, CheckBidi, CheckJoiners, no STD3) ----
//
// Full UTS #46 data tables are not shipped: the mapping step is approximated
// with NFKC + lower-casing, "ignored" code points are removed from a short
// list, and disallowed code points are found by general category.

const IGNORED_RE = /[\u00AD\u034F\u180B-\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{1BCA0}-\u{1BCA3}\u{E0100}-\u{E01EF}]/gu;
const DOTS_RE = /[\u3002\uFF0E\uFF61]/g;
// Disallowed after mapping: unassigned, private use, surrogates, controls,
// non-ASCII separators, format characters other than ZWNJ/ZWJ, specials.
const DISALLOWED_RE = /[\u0080-\u009F\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\uFFF9-\uFFFD\u2FF0-\u2FFF\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E0FFF}]|(?![\u200C\u200D])\p{Cf}/u;
// Disallowed before mapping: capitals whose lower case is valid but which
// UTS #46 does not map, and Hangul fillers.
const PRE_DISALLOWED_RE = /[\u04C0\u1C90-\u1CBF\u10A0-\u10C7\u10CD\u2183\u115F\u1160\u3164\uFFA0]/;
const COMBINING_MARK_START_RE = /^\p{M}/u;

// Canonical combining class 9 (viramas), for the CONTEXTJ rules.
const VIRAMA_RE = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1715\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA82C\uA8C4\uA953\uA9C0\uAAF6\uABED\u{10A3F}\u{11046}\u{11070}\u{1107F}\u{110B9}\u{11133}\u{11134}\u{111C0}\u{11235}\u{112EA}\u{1134D}\u{11442}\u{114C2}\u{115BF}\u{1163F}\u{116B6}\u{1172B}\u{11839}\u{1193D}\u{1193E}\u{119E0}\u{11A34}\u{11A47}\u{11A99}\u{11C3F}\u{11D44}\u{11D45}\u{11D97}]$/u;
// Joining types D/L/R (approximated by the scripts that join) and T (marks).
const JOINING_RE = /(?=\p{L})[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}\p{Script=Phags_Pa}]/u;
// Joining_Type=R letters: they cannot join to a following letter.
const RIGHT_JOINING_RE = /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0710\u0715-\u0719\u071E\u0728\u072A\u072C\u072F\u074D\u0759-\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779\u0840-\u0846\u0849\u084E\u08AA-\u08AC\u08AE\u08B1\u08B2\u08B9]/;
const TRANSPARENT_RE = /[\p{Mn}\p{Me}\p{Cf}]/u;

// Bidi classes, approximated.
const BIDI_AN_RE = /[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u0890\u0891\u08E2\u{10D30}-\u{10D39}\u{10E60}-\u{10E7E}]/u;
const BIDI_EN_RE = /[0-9\u{102E1}-\u{102FB}\u00B2\u00B3\u00B9\u06F0-\u06F9\u2070\u2074-\u2079\u2080-\u2089\u2488-\u249B\uFF10-\uFF19\u{1D7CE}-\u{1D7FF}]/u;
const BIDI_RTL_RE = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const BIDI_NSM_RE = /[\p{Mn}\p{Me}]/u;
const BIDI_LEFT_RE = /[\p{L}\p{Mc}\p{Nd}\p{Nl}\p{No}\p{Co}]/u;

function bidiClass(ch) {
  if (BIDI_EN_RE.test(ch)) return 'EN';
  if (BIDI_AN_RE.test(ch)) return 'AN';
  if (BIDI_NSM_RE.test(ch)) return 'NSM';
  if (BIDI_RTL_RE.test(ch)) return 'R';
  if (BIDI_LEFT_RE.test(ch)) return 'L';
  return 'ON';
}

function lowerCaseEach(str) {
  let out = '';
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      out += (cp >= 0x41 && cp <= 0x5A) ? String.fromCharCode(cp + 32) : ch;
    } else {
      out += ch.toLowerCase();
    }
  }
  return out;
}

// The UTS #46 mapping step. Returns null when a disallowed code point remains.
function uts46Map(domain) {
  let s = domain.replace(IGNORED_RE, '');
  if (PRE_DISALLOWED_RE.test(s)) return null;
  // A code point whose compatibility mapping brings in a full stop is
  // disallowed (e.g. U+2488 DIGIT ONE FULL STOP), except the full stops.
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80 || ch === '\u3002' || ch === '\uFF0E' || ch === '\uFF61') continue;
    const m = ch.normalize('NFKC');
    if (m !== ch && (m.indexOf('.') !== -1 || m.indexOf('\u3002') !== -1)) return null;
  }
  if (s.indexOf('\u1E9E') !== -1) s = s.replace(/\u1E9E/g, 'ss');
  s = lowerCaseEach(s.normalize('NFKC')).normalize('NFKC');
  s = lowerCaseEach(s).normalize('NFC');
  s = s.replace(DOTS_RE, '.');
  if (DISALLOWED_RE.test(s)) return null;
  return s;
}

function checkJoiners(cps) {
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c !== 0x200C && c !== 0x200D) continue;
    if (i > 0 && VIRAMA_RE.test(String.fromCodePoint(cps[i - 1]))) continue;
    if (c === 0x200D) return false;
    // ZWNJ between joining letters, with transparent marks around it.
    let j = i - 1;
    while (j >= 0 && TRANSPARENT_RE.test(String.fromCodePoint(cps[j]))) j--;
    if (j < 0) return false;
    const before = String.fromCodePoint(cps[j]);
    if (!JOINING_RE.test(before) || RIGHT_JOINING_RE.test(before)) return false;
    let k = i + 1;
    while (k < cps.length && TRANSPARENT_RE.test(String.fromCodePoint(cps[k]))) k++;
    if (k >= cps.length || !JOINING_RE.test(String.fromCodePoint(cps[k]))) return false;
  }
  return true;
}

// Validity criteria of UTS #46 section 4.1 for one Unicode label.
function validateLabel(label, fromPunycode) {
  if (label === '') return true;
  if (fromPunycode) {
    if (label.normalize('NFC') !== label) return false;
    if (uts46Map(label) !== label) return false;
    if (label.indexOf('.') !== -1) return false;
  }
  if (COMBINING_MARK_START_RE.test(label)) return false;
  const cps = Array.from(label, (ch) => ch.codePointAt(0));
  if (cps.indexOf(0x200C) !== -1 || cps.indexOf(0x200D) !== -1) {
    // Node (ada) skips the Bidi rule for labels with joiners.
    return checkJoiners(cps);
  }
  return checkBidiLabel(label);
}

// The Bidi rule as Node (ada) applies it: only to labels that contain
// right-to-left characters (R, AL, AN). A label starting with a left-to-right
// character may not have R/AL/AN between its first and last non-mark
// characters; any other such label follows RFC 5893 rules 2 to 4.
function checkBidiLabel(label) {
  const classes = Array.from(label, bidiClass);
  let rtl = false;
  for (const k of classes) {
    if (k === 'R' || k === 'AN') { rtl = true; break; }
  }
  if (!rtl) return true;
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  if (classes[0] === 'L') {
    for (let i = 1; i < last; i++) {
      if (classes[i] === 'R' || classes[i] === 'AN') return false;
    }
    return true;
  }
  let hasEN = false;
  let hasAN = false;
  for (const k of classes) {
    if (k === 'L') return false;
    if (k === 'EN') hasEN = true;
    if (k === 'AN') hasAN = true;
  }
  if (hasEN && hasAN) return false;
  const end = classes[last];
  return end === 'R' || end === 'EN' || end === 'AN';
}

const nonAsciiRe = /[^\x00-\x7F]/;

// UTS #46 ToASCII. Returns the ASCII domain or null.
function idnaToASCII(domain) {
  if (!nonAsciiRe.test(domain)) {
    const lower = asciiLowerCase(domain);
    if (lower.indexOf('xn--') === -1) return lower;
  }
  const mapped = uts46Map(domain);
  if (mapped === null) return null;
  const labels = mapped.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      if (nonAsciiRe.test(label)) return null;
      const cps = punycodeDecode(label.slice(4));
      if (cps === null || cps.length === 0) return null;
      if (!validateLabel(String.fromCodePoint(...cps), true)) return null;
    } else {
      if (!validateLabel(label, false)) return null;
      if (nonAsciiRe.test(label)) {
        labels[i] = `xn--${punycodeEncode(Array.from(label, (ch) => ch.codePointAt(0)))}`;
      }
    }
  }
  return labels.join('.');
}

// UTS #46 ToUnicode over an already valid ASCII host: decodes xn-- labels.
function idnaToUnicode(domain) {
  if (domain.indexOf('xn--') === -1) return domain;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!label.startsWith('xn--')) continue;
    const cps = punycodeDecode(label.slice(4));
    if (cps === null || cps.length === 0) continue;
    const decoded = String.fromCodePoint(...cps);
    if (validateLabel(decoded, true)) labels[i] = decoded;
  }
  return labels.join('.');
}

// --- host parser ------------------------------------------------------------

// Returns the serialized host, or FAILURE.
function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5B) {
    if (input.charCodeAt(input.length - 1) !== 0x5D) return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    if (address === FAILURE) return FAILURE;
    return `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (containsForbidden(input, FORBIDDEN_HOST)) return FAILURE;
    return percentEncode(input, C0_CONTROL_SET);
  }
  const domain = percentDecodeString(input);
  const asciiDomain = idnaToASCII(domain);
  if (asciiDomain === null || asciiDomain === '') return FAILURE;
  if (containsForbidden(asciiDomain, FORBIDDEN_DOMAIN)) return FAILURE;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    if (ipv4 === -1) return FAILURE;
    return serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// ---------------------------------------------------------------------------
// 3. URL records and the basic URL parser
// ---------------------------------------------------------------------------

const specialSchemes = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };
function isSpecialScheme(scheme) { return scheme in specialSchemes; }
function defaultPort(scheme) {
  const p = specialSchemes[scheme];
  return p === undefined ? null : p;
}

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;     // serialized host, '' for the empty host, null if none
    this.port = null;     // number or null
    this.path = [];       // array of segments, or a string for an opaque path
    this.query = null;
    this.fragment = null;
    this.special = false;
  }

  clonePath() { return typeof this.path === 'string' ? this.path : this.path.slice(); }
  hasOpaquePath() { return typeof this.path === 'string'; }
  includesCredentials() { return this.username !== '' || this.password !== ''; }
  cannotHaveUsernamePasswordPort() {
    return this.host === null || this.host === '' || this.scheme === 'file';
  }
}

function isWindowsDriveLetterCodes(c1, c2) {
  return isAsciiAlpha(c1) && (c2 === 0x3A || c2 === 0x7C);
}
function isWindowsDriveLetter(s) {
  return s.length === 2 && isWindowsDriveLetterCodes(s.charCodeAt(0), s.charCodeAt(1));
}
function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && s.charCodeAt(1) === 0x3A;
}
function startsWithWindowsDriveLetter(input, pointer) {
  if (input.length - pointer < 2) return false;
  if (!isWindowsDriveLetterCodes(input.charCodeAt(pointer), input.charCodeAt(pointer + 1))) {
    return false;
  }
  if (input.length - pointer === 2) return true;
  const c = input.charCodeAt(pointer + 2);
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

// Returns whether a segment was removed.
function shortenPath(url) {
  const path = url.path;
  if (typeof path === 'string') {
    // Only reached for relative references with a fragment against a base
    // with an opaque path, which Node (ada) resolves as if hierarchical.
    const slash = path.lastIndexOf('/');
    if (slash === -1) return false;
    url.path = path.slice(0, slash);
    return true;
  }
  // Node (ada) keeps a lone segment that merely starts with a drive letter.
  if (url.scheme === 'file' && path.length === 1 &&
      isNormalizedWindowsDriveLetter(path[0].slice(0, 2))) {
    return false;
  }
  if (path.length === 0) return false;
  path.pop();
  return true;
}

function pushPathSegment(url, segment) {
  if (typeof url.path === 'string') url.path += `/${segment}`;
  else url.path.push(segment);
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.charCodeAt(0) === 0x25 && s.charCodeAt(1) === 0x32 &&
    (s.charCodeAt(2) === 0x65 || s.charCodeAt(2) === 0x45));
}
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

// States of the basic URL parser.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const leadingTrailingC0Re = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const tabNewlineRe = /[\t\n\r]/g;

// The basic URL parser. `input` must be a USVString. Without `url`, returns a
// new URLRecord or FAILURE. With `url` and `stateOverride` (setters), mutates
// `url` and returns FAILURE or url.
function basicURLParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    const first = input.charCodeAt(0);
    const lastc = input.charCodeAt(input.length - 1);
    if (first <= 0x20 || lastc <= 0x20) input = input.replace(leadingTrailingC0Re, '');
  }
  if (input.indexOf('\t') !== -1 || input.indexOf('\n') !== -1 || input.indexOf('\r') !== -1) {
    input = input.replace(tabNewlineRe, '');
  }

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let pointer = 0;

  for (;;) {
    const c = pointer < len ? input.charCodeAt(pointer) : EOF;

    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          buffer += String.fromCharCode(c >= 0x41 && c <= 0x5A ? c | 0x20 : c);
        } else if (c === 0x3A) {
          const bufferSpecial = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.special !== bufferSpecial) return url;
            if ((url.includesCredentials() || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          url.special = bufferSpecial;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (url.special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (url.special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        // The spec fails for any input not starting with '#' when the base
        // has an opaque path; Node (ada) only fails when there is no '#'.
        if (!base || (base.hasOpaquePath() && c !== 0x23 && input.indexOf('#') === -1)) {
          return FAILURE;
        }
        if (base.hasOpaquePath() && c === 0x23) {
          url.scheme = base.scheme;
          url.special = base.special;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        url.special = base.special;
        if (c === 0x2F) {
          state = RELATIVE_SLASH;
        } else if (url.special && c === 0x5C) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.clonePath();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (url.special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          // Split the buffer at its first ':' into username and password.
          let userPart = buffer;
          let passPart = null;
          if (!passwordTokenSeen) {
            const colon = buffer.indexOf(':');
            if (colon !== -1) {
              passwordTokenSeen = true;
              userPart = buffer.slice(0, colon);
              passPart = buffer.slice(colon + 1);
            }
            url.username += percentEncode(userPart, USERINFO_SET);
            if (passPart !== null) url.password += percentEncode(passPart, USERINFO_SET);
          } else {
            url.password += percentEncode(buffer, USERINFO_SET);
          }
          buffer = '';
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[pointer];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (stateOverride === HOSTNAME) return FAILURE;
          if (buffer === '') {
            // Node (ada) lets the host setter empty a non-special URL's host.
            if (stateOverride !== HOST || url.special) return FAILURE;
            url.host = '';
            state = PORT;
            break;
          }
          const host = parseHost(buffer, !url.special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C)) {
          pointer--;
          if (url.special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' &&
              (url.includesCredentials() || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !url.special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += input[pointer];
        }
        break;

      case PORT:
        if (stateOverride) return setPortLikeNode(url, input.slice(pointer));
        if (isAsciiDigit(c)) {
          buffer += input[pointer];
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            let port = 0;
            for (let i = 0; i < buffer.length; i++) {
              port = port * 10 + (buffer.charCodeAt(i) - 0x30);
              if (port > 65535) return FAILURE;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return url;
          }
          if (stateOverride) return FAILURE;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.special = true;
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.clonePath();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) &&
                typeof base.path !== 'string' && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0].slice(0, 2))) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !url.special);
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case PATH_START:
        if (url.special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) pointer--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 0x2F || (url.special && c === 0x5C) ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slashLike = c === 0x2F || (url.special && c === 0x5C);
          if (isDoubleDot(buffer)) {
            // Like Node (ada): a non-special URL whose path had nothing left
            // to remove gets no empty segment.
            if (shortenPath(url) || url.special) {
              if (!slashLike) pushPathSegment(url, '');
            }
          } else if (isSingleDot(buffer) && !slashLike) {
            pushPathSegment(url, '');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            pushPathSegment(url, percentEncode(buffer, PATH_SET));
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          // Take the whole run of segment characters at once.
          let end = pointer + 1;
          for (; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x2F || (url.special && d === 0x5C) ||
                (!stateOverride && (d === 0x3F || d === 0x23))) {
              break;
            }
          }
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          let end = pointer + 1;
          for (; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x3F || d === 0x23) break;
          }
          url.path += percentEncode(input.slice(pointer, end), C0_CONTROL_SET);
          pointer = end - 1;
        }
        break;

      case QUERY: {
        let end = stateOverride ? len : input.indexOf('#', pointer);
        if (end === -1) end = len;
        url.query += percentEncode(input.slice(pointer, end),
                                   url.special ? SPECIAL_QUERY_SET : QUERY_SET);
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT;
        }
        pointer = end;
        break;
      }

      case FRAGMENT:
        if (c !== EOF) {
          url.fragment += percentEncode(input.slice(pointer), FRAGMENT_SET);
          pointer = len;
        }
        break;

      default:
        throw new Error('unreachable URL parser state');
    }

    if (pointer >= len) break;
    pointer++;
  }
  // A non-special URL left with neither host nor path serializes like one
  // with an empty opaque path, and Node (ada) treats it as one.
  if (!stateOverride && !url.special && url.host === null &&
      typeof url.path !== 'string' && url.path.length === 0) {
    url.path = '';
  }
  return url;
}

// The port part of the port and host setters, as Node (ada) applies it: no
// change without an ASCII digit or when it starts with a space, control or
// '-'; the leading digits otherwise, and no port when there are none.
function setPortLikeNode(url, str) {
  if (!/[0-9]/.test(str)) return FAILURE;
  const first = str.charCodeAt(0);
  if (first <= 0x20 || first === 0x2D) return FAILURE;
  let end = 0;
  while (end < str.length && isAsciiDigit(str.charCodeAt(end))) end++;
  if (end === 0) {
    url.port = null;
    return url;
  }
  let port = 0;
  for (let i = 0; i < end; i++) {
    port = port * 10 + (str.charCodeAt(i) - 0x30);
    if (port > 65535) return FAILURE;
  }
  url.port = port === defaultPort(url.scheme) ? null : port;
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (let i = 0; i < url.path.length; i++) out += `/${url.path[i]}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string') return 'null';
      const inner = basicURLParse(url.path, null);
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (typeof url.path !== 'string') return;
  if (url.fragment !== null || url.query !== null) return;
  let end = url.path.length;
  while (end > 0 && url.path.charCodeAt(end - 1) === 0x20) end--;
  url.path = url.path.slice(0, end);
}

// ---------------------------------------------------------------------------
// 4. application/x-www-form-urlencoded
// ---------------------------------------------------------------------------

const plusRe = /\+/g;

// Parses into a flat [name, value, name, value, ...] list.
function parseFormURLEncoded(input) {
  const list = [];
  if (input === '') return list;
  let start = 0;
  const len = input.length;
  while (start <= len) {
    let end = input.indexOf('&', start);
    if (end === -1) end = len;
    if (end > start) {
      const seq = input.slice(start, end);
      const eq = seq.indexOf('=');
      let name = eq === -1 ? seq : seq.slice(0, eq);
      let value = eq === -1 ? '' : seq.slice(eq + 1);
      if (name.indexOf('+') !== -1) name = name.replace(plusRe, ' ');
      if (value.indexOf('+') !== -1) value = value.replace(plusRe, ' ');
      list.push(percentDecodeString(name), percentDecodeString(value));
    }
    start = end + 1;
  }
  return list;
}

function serializeFormURLEncoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${percentEncode(list[i], FORM_SET, true)}=${percentEncode(list[i + 1], FORM_SET, true)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// 5. URL and URLSearchParams
// ---------------------------------------------------------------------------

let lazyInspectFn;
function getInspect(inspect) {
  if (typeof inspect === 'function') return inspect;
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return lazyInspectFn;
}

const colorRe = /\u001b\[\d\d?m/g;

// Cross-class access to private state, filled in by static blocks below.
let getParamsList;
let setParamsList;
let linkParams;
let isURLSearchParams;
let setURLQueryFromParams;
let getURLRecord;
let isURLObject;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) converted.push(toUSVString(element));
          if (converted.length !== 2) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          this.#list.push(converted[0], converted[1]);
        }
      } else {
        // A record<USVString, USVString>: later duplicates overwrite earlier ones.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (seen.has(name)) {
            this.#list[seen.get(name) + 1] = value;
          } else {
            seen.set(name, this.#list.length);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str.charCodeAt(0) === 0x3F) str = str.slice(1);
      this.#list = parseFormURLEncoded(str);
    }
  }

  static {
    isURLSearchParams = (obj) => obj !== null && typeof obj === 'object' && #list in obj;
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
    linkParams = (params, url) => { params.#url = url; };
  }

  #update() {
    if (this.#url === null) return;
    const serialized = serializeFormURLEncoded(this.#list);
    setURLQueryFromParams(this.#url, serialized === '' ? null : serialized);
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const out = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    }
    this.#list = out;
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        out.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    // Stable, by UTF-16 code units (the original index breaks ties).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : a[2] - b[2])));
    const out = [];
    for (const p of pairs) out.push(p[0], p[1]);
    this.#list = out;
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The list is re-read on every step: callbacks may modify it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      Reflect.apply(callback, thisArg, [list[i + 1], list[i], this]);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createSearchParamsIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createSearchParamsIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeFormURLEncoded(this.#list);
  }

  [kInspect](recurseTimes, ctx, inspect) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    inspect = getInspect(inspect);
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const entries = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`;
      entries.push(entry);
      width += entry.replace(colorRe, '').length + 2;
    }
    const name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    if (width > ctx.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    if (entries.length > 0) return `${name} { ${entries.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.toStringTag]: { __proto__: null, value: 'URLSearchParams', configurable: true },
  [Symbol.iterator]: {
    __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  },
});
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
                   'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, key, { __proto__: null, enumerable: true });
}

// --- URLSearchParams iterators ---------------------------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    __proto__: null,
    writable: true,
    configurable: true,
    enumerable: true,
    value: function next() {
      if (this === null || typeof this !== 'object' || this[kIterTarget] === undefined) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = getParamsList(this[kIterTarget]);
      const index = this[kIterIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = index + 2;
      const kind = this[kIterKind];
      let value;
      if (kind === 'key') value = list[index];
      else if (kind === 'value') value = list[index + 1];
      else value = [list[index], list[index + 1]];
      return { value, done: false };
    },
  },
  [kInspect]: {
    __proto__: null,
    writable: true,
    configurable: true,
    enumerable: false,
    value: function(recurseTimes, ctx, inspect) {
      if (this === null || typeof this !== 'object' || this[kIterTarget] === undefined) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      if (typeof recurseTimes === 'number' && recurseTimes < 0) {
        return ctx.stylize('[Object]', 'special');
      }
      inspect = getInspect(inspect);
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = getParamsList(this[kIterTarget]);
      const kind = this[kIterKind];
      const items = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) {
        if (kind === 'key') items.push(list[i]);
        else if (kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      const multiline = inspect(items, innerOpts).indexOf('\n') !== -1;
      const strs = items.map((item) => inspect(item, innerOpts));
      const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
  },
  [Symbol.toStringTag]: {
    __proto__: null, value: 'URLSearchParams Iterator', configurable: true,
  },
});

function createSearchParamsIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperties(iterator, {
    [kIterTarget]: { __proto__: null, value: target },
    [kIterKind]: { __proto__: null, value: kind },
    [kIterIndex]: { __proto__: null, value: 0, writable: true },
  });
  return iterator;
}

// --- URL -----------------------------------------------------------------------

// Node's URL parser throws from C++: a plain TypeError carrying the code, so
// neither its stack header nor its toString() shows "[ERR_INVALID_URL]".
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  Error.captureStackTrace(err, invalidURL);
  return err;
}

function parseURLOrThrow(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(toUSVString(base), null);
    if (baseRecord === FAILURE) throw invalidURL(input, base);
  }
  const record = basicURLParse(toUSVString(input), baseRecord);
  if (record === FAILURE) throw invalidURL(input, base);
  return record;
}

function canParseRecord(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(toUSVString(base), null);
    if (baseRecord === FAILURE) return false;
  }
  return basicURLParse(toUSVString(input), baseRecord) !== FAILURE;
}

// What `util.inspect(url, { showHidden: true })` lists under
// [Symbol(context)]: where each part of href begins and ends, the way node's
// URL parser (ada) records them. An absent part reads 2 ** 32 - 1.
const kContext = Symbol('context');
const kAbsent = 0xFFFFFFFF;
const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };

class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = kAbsent;
  hash_start = kAbsent;
  port = kAbsent;
  scheme_type = 1;

  constructor(record) {
    this.href = serializeURL(record);
    let at = record.scheme.length + 1;
    this.protocol_end = at;
    const type = schemeTypes[record.scheme];
    if (type !== undefined) this.scheme_type = type;
    if (record.host === null) {
      this.username_end = this.host_start = this.host_end = at;
      // The "/." that keeps a path like //x from reading as a host.
      if (typeof record.path !== 'string' && record.path.length > 1 && record.path[0] === '') {
        at += 2;
      }
    } else {
      at += 2 + record.username.length;
      this.username_end = at;
      if (record.password !== '') at += 1 + record.password.length;
      this.host_start = at;
      if (record.includesCredentials()) at += 1;
      at += record.host.length;
      this.host_end = at;
      if (record.port !== null) {
        this.port = record.port;
        at += 1 + `${record.port}`.length;
      }
    }
    this.pathname_start = at;
    at += serializePath(record).length;
    if (record.query !== null) {
      this.search_start = at;
      at += 1 + record.query.length;
    }
    if (record.fragment !== null) this.hash_start = at;
  }

  get hasPort() { return this.port !== kAbsent; }
  get hasSearch() { return this.search_start !== kAbsent; }
  get hasHash() { return this.hash_start !== kAbsent; }
}

// Node's texts for a receiver that is not a URL (V8's private-member checks).
function checkContext(obj, member = '#context') {
  if (!isURLObject(obj)) {
    throw new TypeError(
      `Cannot read private member ${member} from an object whose class did not declare it`);
  }
}

class URL {
  #context;
  #searchParams;
  #href;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    this.#context = parseURLOrThrow(input, base);
    this.#href = undefined;
    this.#searchParams = undefined;
  }

  static {
    isURLObject = (obj) => obj !== null && typeof obj === 'object' && #context in obj;
    getURLRecord = (url) => url.#context;
    setURLQueryFromParams = (url, query) => {
      const ctx = url.#context;
      ctx.query = query;
      if (query === null) stripTrailingSpacesFromOpaquePath(ctx);
      url.#href = undefined;
    };
  }

  // Re-parses the query into the linked URLSearchParams after a change.
  #refreshSearchParams() {
    this.#href = undefined;
    if (this.#searchParams !== undefined) {
      const q = this.#context.query;
      setParamsList(this.#searchParams, q ? parseFormURLEncoded(q) : []);
    }
  }

  [kInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    inspect = getInspect(inspect);
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (opts !== null && typeof opts === 'object' && opts.showHidden) {
      obj[kContext] = new URLContext(this.#context);
    }
    const name = (this.constructor && this.constructor.name) || 'URL';
    return `${name} ${inspect(obj, opts)}`;
  }

  toString() {
    if (!isURLObject(this)) throw new TypeError('Receiver must be an instance of class URL');
    return this.href;
  }

  get href() {
    if (!isURLObject(this)) throw new TypeError('Receiver must be an instance of class URL');
    if (this.#href === undefined) this.#href = serializeURL(this.#context);
    return this.#href;
  }

  set href(value) {
    checkContext(this);
    value = toUSVString(value);
    const record = basicURLParse(value, null);
    if (record === FAILURE) throw new ERR_INVALID_URL(value);
    this.#context = record;
    this.#refreshSearchParams();
  }

  get origin() {
    checkContext(this);
    return serializeOrigin(this.#context);
  }

  get protocol() {
    checkContext(this);
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    checkContext(this);
    const ctx = this.#context;
    basicURLParse(`${toUSVString(value)}:`, null, ctx, SCHEME_START);
    this.#href = undefined;
  }

  get username() {
    checkContext(this);
    return this.#context.username;
  }

  set username(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.cannotHaveUsernamePasswordPort()) return;
    ctx.username = percentEncode(value, USERINFO_SET);
    this.#href = undefined;
  }

  get password() {
    checkContext(this);
    return this.#context.password;
  }

  set password(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.cannotHaveUsernamePasswordPort()) return;
    ctx.password = percentEncode(value, USERINFO_SET);
    this.#href = undefined;
  }

  get host() {
    checkContext(this);
    const ctx = this.#context;
    if (ctx.host === null || ctx.host === '') return '';
    if (ctx.port === null) return ctx.host;
    return `${ctx.host}:${ctx.port}`;
  }

  set host(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.hasOpaquePath()) return;
    if (!ctx.special && (ctx.host === null || ctx.host === '')) {
      // Node (ada) ignores the port here, and an empty host when there is none.
      const copy = copyRecord(ctx);
      basicURLParse(value, null, copy, HOST);
      if (copy.host === '' && ctx.host === null && !startsWithEmptySegment(ctx)) return;
      ctx.host = copy.host;
    } else {
      // As in the spec, a failure keeps whatever was set before it.
      basicURLParse(value, null, ctx, HOST);
    }
    this.#href = undefined;
  }

  get hostname() {
    checkContext(this);
    const host = this.#context.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.hasOpaquePath()) return;
    const copy = copyRecord(ctx);
    basicURLParse(value, null, copy, HOSTNAME);
    if (copy.host === '' && ctx.host === null && !ctx.special && !startsWithEmptySegment(ctx)) {
      return;
    }
    ctx.host = copy.host;
    this.#href = undefined;
  }

  get port() {
    checkContext(this);
    const port = this.#context.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.cannotHaveUsernamePasswordPort()) return;
    if (value.indexOf('\t') !== -1 || value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1) {
      value = value.replace(tabNewlineRe, '');
    }
    if (value === '') {
      ctx.port = null;
    } else {
      setPortLikeNode(ctx, value);
    }
    this.#href = undefined;
  }

  get pathname() {
    checkContext(this);
    return serializePath(this.#context);
  }

  set pathname(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.hasOpaquePath()) return;
    ctx.path = [];
    basicURLParse(value, null, ctx, PATH_START);
    this.#href = undefined;
  }

  get search() {
    if (!isURLObject(this)) throw new TypeError('Receiver must be an instance of class URL');
    const query = this.#context.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (value === '') {
      ctx.query = null;
      stripTrailingSpacesFromOpaquePath(ctx);
    } else {
      const input = value.charCodeAt(0) === 0x3F ? value.slice(1) : value;
      ctx.query = '';
      basicURLParse(input, null, ctx, QUERY);
    }
    this.#refreshSearchParams();
  }

  get searchParams() {
    checkContext(this, '#searchParams');
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      const q = this.#context.query;
      if (q) setParamsList(params, parseFormURLEncoded(q));
      linkParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    checkContext(this);
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    checkContext(this);
    value = toUSVString(value);
    const ctx = this.#context;
    if (value === '') {
      ctx.fragment = null;
      stripTrailingSpacesFromOpaquePath(ctx);
    } else {
      const input = value.charCodeAt(0) === 0x23 ? value.slice(1) : value;
      ctx.fragment = '';
      basicURLParse(input, null, ctx, FRAGMENT);
    }
    this.#href = undefined;
  }

  toJSON() {
    if (!isURLObject(this)) throw new TypeError('Receiver must be an instance of class URL');
    return this.href;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    if (!canParseRecord(url, base)) return null;
    return new URL(url, base);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return canParseRecord(url, base);
  }

  static createObjectURL(obj) {
    throw notImplemented('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    throw notImplemented('URL.revokeObjectURL');
  }
}

function startsWithEmptySegment(ctx) {
  return typeof ctx.path !== 'string' && ctx.path.length > 1 && ctx.path[0] === '';
}

function copyRecord(ctx) {
  const copy = new URLRecord();
  copy.scheme = ctx.scheme;
  copy.special = ctx.special;
  copy.username = ctx.username;
  copy.password = ctx.password;
  copy.host = ctx.host;
  copy.port = ctx.port;
  copy.path = ctx.clonePath();
  copy.query = ctx.query;
  copy.fragment = ctx.fragment;
  return copy;
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, value: 'URL', configurable: true },
});
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
                   'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, { __proto__: null, enumerable: true });
}
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, key, { __proto__: null, enumerable: true });
}

// ---------------------------------------------------------------------------
// 6. Helpers: domains, file URLs, http options, format
// ---------------------------------------------------------------------------

// Parses `domain` as the hostname of a special URL; '' when it is invalid.
function parseDomainAsHost(domain) {
  const record = basicURLParse('ws://x', null);
  const copy = copyRecord(record);
  if (basicURLParse(toUSVString(domain), null, copy, HOSTNAME) === FAILURE) return null;
  return copy.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseDomainAsHost(`${domain}`);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseDomainAsHost(`${domain}`);
  return host === null ? '' : idnaToUnicode(host);
}

// Like Node: a URL-looking object (duck-typed so that URLs from other realms count).
function isURL(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function isWindows() {
  return process.platform === 'win32';
}

let lazyPath;
function pathModule() {
  if (lazyPath === undefined) lazyPath = require('path');
  return lazyPath;
}

// ERR_INVALID_FILE_URL_PATH carries the URL it refused as `input`.
function invalidFilePath(reason, url) {
  const err = new ERR_INVALID_FILE_URL_PATH(reason);
  err.input = url;
  return err;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || // 2f 2F /
          (pathname[n + 1] === '5' && third === 99)) {  // 5c 5C \
        throw invalidFilePath('must not include encoded \\ or / characters', url);
      }
    }
  }
  pathname = pathname.split('/').join('\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A UNC path: \\server\share\resource
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 0x61 || letter > 0x7A || sep !== ':') {
    throw invalidFilePath('must be absolute', url);
  }
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw invalidFilePath('must not include encoded / characters', url);
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options = undefined) {
  const windows = options != null && options.windows !== undefined ?
    options.windows : isWindows();
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Escapes the characters of a path that the URL parser would otherwise drop
// or treat specially.
function encodePathChars(filepath, windows) {
  let out = '';
  for (let i = 0; i < filepath.length; i++) {
    const ch = filepath[i];
    switch (ch) {
      case '%': out += '%25'; break;
      case '\\': out += windows ? '\\' : '%5C'; break;
      case '\n': out += '%0A'; break;
      case '\r': out += '%0D'; break;
      case '\t': out += '%09'; break;
      case '?': out += '%3F'; break;
      case '#': out += '%23'; break;
      case '[': out += '%5B'; break;
      case ']': out += '%5D'; break;
      case '^': out += '%5E'; break;
      case '|': out += '%7C'; break;
      case '~': out += '%7E'; break;
      default: out += ch;
    }
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options != null && options.windows !== undefined ?
    options.windows : isWindows();
  if (typeof filepath !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  }
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\resource (or \\?\UNC\server\share\resource)
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEnd = filepath.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const outURL = new URL('file://');
    outURL.hostname = domainToASCII(filepath.slice(prefixLength, hostnameEnd));
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd).split('\\').join('/'), true);
    return outURL;
  }
  const path = pathModule();
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops trailing separators: keep the one the caller wrote.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2F || (windows && last === 0x5C)) &&
      resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  // Node 22 takes any object (a URL or a look-alike), arrays included.
  if (url === null || typeof url !== 'object') throw new ERR_INVALID_ARG_TYPE('url', 'object', url);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // keeps properties a caller added to its URL-like object
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, { auth, fragment, search, unicode }) for WHATWG URL objects.
function formatURL(url, options = undefined) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const source = isURLObject(url) ? getURLRecord(url) : basicURLParse(toUSVString(url.href), null);
  if (source === FAILURE) return `${url.href}`;
  const record = copyRecord(source);
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (unicode && record.host !== null && record.host !== '' && record.host[0] !== '[') {
    record.host = idnaToUnicode(record.host);
  }
  return serializeURL(record);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  toPathIfFileURL,
  formatURL,
  // Used by other lib modules.
  toUSVString,
};
