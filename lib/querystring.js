'use strict';

// node:querystring — parse and build URL query strings the way Node 20 does,
// including its handling of '+', malformed escapes, maxKeys and custom
// encoder/decoder callbacks.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// Characters left as they are by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Int8Array(128);
(function fillUnreserved() {
  const keep = "-._~!'()*";
  for (let c = 0; c < 128; c++) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) unreserved[c] = 1;
  }
  for (let i = 0; i < keep.length; i++) unreserved[keep.charCodeAt(i)] = 1;
})();

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Value of a hex digit, or -1.
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Percent-encodes `str` as UTF-8, keeping the characters marked in `keepTable`.
function percentEncode(str, keepTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keepTable[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      out += hex[c];
      last = i + 1;
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += hex[0xC0 | (c >> 6)] + hex[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hex[0xE0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    } else {
      // A surrogate: Node combines it with whatever code unit follows and only
      // fails when nothing follows.
      i++;
      if (i >= len) throw new ERR_INVALID_URI();
      const low = str.charCodeAt(i) & 0x3FF;
      c = 0x10000 + (((c & 0x3FF) << 10) | low);
      out += hex[0xF0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3F)] +
             hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return percentEncode(str, unreserved);
}

// Like Node, works on anything with a length: each char code is read
// through String.prototype.charCodeAt, which stringifies `s`.
const StringPrototypeCharCodeAt = (s, i) => String.prototype.charCodeAt.call(s, i);

function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 /* % */ && i + 2 < len) {
      const hi = hexValue(StringPrototypeCharCodeAt(s, i + 1));
      const lo = hexValue(StringPrototypeCharCodeAt(s, i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xFF;
  }
  return n === len ? out : out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function primitiveString(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the built-in escape, numbers/bigints/booleans need no escaping,
// except numbers from 1e21 up: their exponent has a '+'.
function convertDefault(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && Math.abs(v) >= 1e21) return encode(primitiveString(v));
  return primitiveString(v);
}

function convertCustom(v, encode) {
  return encode(primitiveString(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? convertDefault : convertCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const prefix = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (out) out += sep;
        out += prefix + convert(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(v, encode);
    }
  }
  return out;
}

function decodeOrFallback(s, decode) {
  try {
    return decode(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyNeedsDecode, valueNeedsDecode, decode) {
  if (key.length > 0 && keyNeedsDecode) key = decodeOrFallback(key, decode);
  if (value.length > 0 && valueNeedsDecode) value = decodeOrFallback(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (Array.isArray(current)) {
    current.push(value);
  } else {
    obj[key] = [current, value];
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;

  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') {
    // maxKeys <= 0 (or a fraction that never counts down to 0) means no limit.
    remaining = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let start = 0; // first character not yet copied into key/value
  let sepMatched = 0; // characters of sep matched so far
  let eqMatched = 0; // characters of eq matched so far (eqLen once found)
  let keyEnc = custom;
  let valEnc = custom;
  let pctRun = 0; // 0, or 1 + hex digits seen after a '%'

  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);

    if (c === sepStr.charCodeAt(sepMatched)) {
      if (++sepMatched < sepLen) continue;
      // A whole separator ends the pair.
      const end = i - sepLen + 1;
      if (eqMatched < eqLen) {
        if (start < end) {
          key += qs.slice(start, end);
        } else if (key.length === 0) {
          // An empty pair still counts against maxKeys.
          if (--remaining === 0) return obj;
          start = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      addPair(obj, key, value, keyEnc, valEnc, decode);
      if (--remaining === 0) return obj;
      keyEnc = valEnc = custom;
      key = value = '';
      pctRun = 0;
      start = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;

    if (eqMatched < eqLen) {
      // Still in the key.
      if (c === eqStr.charCodeAt(eqMatched)) {
        if (++eqMatched === eqLen) {
          const end = i - eqLen + 1;
          if (start < end) key += qs.slice(start, end);
          pctRun = 0;
          start = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEnc) {
        if (c === 37) {
          pctRun = 1;
          continue;
        }
        if (pctRun > 0) {
          if (hexValue(c) >= 0) {
            if (++pctRun === 3) keyEnc = true;
            continue;
          }
          pctRun = 0;
        }
      }
      if (c === 43) {
        if (start < i) key += qs.slice(start, i);
        key += plus;
        start = i + 1;
        continue;
      }
      // Other key characters also feed the value's escape detection (this
      // only has an effect once the key is known to be encoded, as in Node).
    } else if (c === 43) {
      if (start < i) value += qs.slice(start, i);
      value += plus;
      start = i + 1;
      continue;
    }
    if (!valEnc) {
      if (c === 37) {
        pctRun = 1;
      } else if (pctRun > 0) {
        if (hexValue(c) >= 0) {
          if (++pctRun === 3) valEnc = true;
        } else {
          pctRun = 0;
        }
      }
    }
  }

  // Whatever follows the last separator.
  if (start < qs.length) {
    if (eqMatched < eqLen) key += qs.slice(start);
    else if (sepMatched < sepLen) value += qs.slice(start);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEnc, valEnc, decode);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
