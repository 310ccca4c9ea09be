'use strict';

// util.MIMEType and util.MIMEParams (WHATWG MIME type parsing/serializing).

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

const TOKEN_CHARS = "!#$%&'*+-.^_`|~";

function isTokenCode(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c < 0x80 && TOKEN_CHARS.indexOf(String.fromCharCode(c)) !== -1);
}

// Index of the first non-token character, or -1.
function invalidTokenIndex(str) {
  for (let i = 0; i < str.length; i++) {
    if (!isTokenCode(str.charCodeAt(i))) return i;
  }
  return -1;
}

function isQuotedStringCode(c) {
  return c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff);
}

function invalidValueIndex(str) {
  for (let i = 0; i < str.length; i++) {
    if (!isQuotedStringCode(str.charCodeAt(i))) return i;
  }
  return -1;
}

function isHTTPWhitespace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function trimHTTPWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isHTTPWhitespace(str[start])) start++;
  while (end > start && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(start, end);
}

function trimTrailingHTTPWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function serializeValue(value) {
  if (value.length > 0 && invalidTokenIndex(value) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"' || ch === '\\') out += '\\';
    out += ch;
  }
  return `${out}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = invalidTokenIndex(name);
    if (badName !== -1 || name.length === 0) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = invalidValueIndex(value);
    if (badValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Parses `;name=value` pairs starting at `position` into `params`.
  static parseInto(params, str, position) {
    const data = params.#data;
    const length = str.length;
    while (position < length) {
      position++; // Past ';'.
      while (position < length && isHTTPWhitespace(str[position])) position++;
      let nameEnd = position;
      while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = str.slice(position, nameEnd).toLowerCase();
      position = nameEnd;
      if (position < length) {
        if (str[position] === ';') continue;
        position++; // Past '='.
      }
      if (position >= length) break;
      let value;
      if (str[position] === '"') {
        value = '';
        position++;
        while (position < length) {
          const ch = str[position];
          if (ch === '"') { position++; break; }
          if (ch === '\\') {
            position++;
            if (position < length) { value += str[position]; position++; } else { value += '\\'; }
            continue;
          }
          value += ch;
          position++;
        }
        while (position < length && str[position] !== ';') position++;
      } else {
        let valueEnd = position;
        while (valueEnd < length && str[valueEnd] !== ';') valueEnd++;
        value = trimTrailingHTTPWhitespace(str.slice(position, valueEnd));
        position = valueEnd;
        if (value === '') continue;
      }
      if (name !== '' && invalidTokenIndex(name) === -1 &&
          invalidValueIndex(value) === -1 && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null, configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const input = trimHTTPWhitespace(string);
    const slash = input.indexOf('/');
    const type = slash === -1 ? input : input.slice(0, slash);
    const badType = invalidTokenIndex(type);
    if (slash === -1 || type.length === 0 || badType !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', string, badType);
    }
    let semi = input.indexOf(';', slash + 1);
    if (semi === -1) semi = input.length;
    const subtype = trimTrailingHTTPWhitespace(input.slice(slash + 1, semi));
    const badSubtype = invalidTokenIndex(subtype);
    if (subtype.length === 0 || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', string, badSubtype);
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    parseParamsInto(this.#params, input, semi);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const bad = invalidTokenIndex(v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, bad);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const bad = invalidTokenIndex(v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, bad);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = `${this.#params}`;
    return `${this.#type}/${this.#subtype}${params ? `;${params}` : ''}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
