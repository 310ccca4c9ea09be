'use strict';

// net.SocketAddress, and the IP address arithmetic it shares with
// net.BlockList: every address as a 128-bit BigInt, IPv4 ones in their
// IPv4-mapped IPv6 form (::ffff:a.b.c.d), so that one comparison covers
// both families.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } =
  require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');
const { customInspectSymbol } = require('internal/util');

const MAPPED_PREFIX = 0xffffn << 32n;

function ipv4ToBigInt(text) {
  let value = 0n;
  for (const part of text.split('.')) value = (value << 8n) | BigInt(Number(part));
  return value;
}

// The eight 16-bit groups of an IPv6 literal (a zone, if any, dropped).
function ipv6Groups(text) {
  const percent = text.indexOf('%');
  if (percent !== -1) text = text.slice(0, percent);
  let tail = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    // A dotted IPv4 tail fills the last two groups.
    const v4 = Number(ipv4ToBigInt(text.slice(lastColon + 1)));
    tail = [v4 >>> 16, v4 & 0xffff];
    text = text.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const parse = (s) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const gap = text.indexOf('::');
  if (gap === -1) return [...parse(text), ...tail];
  const head = parse(text.slice(0, gap));
  const rest = parse(text.slice(gap + 2));
  const zeros = new Array(8 - tail.length - head.length - rest.length).fill(0);
  return [...head, ...zeros, ...rest, ...tail];
}

// `text` as a BigInt in the IPv6 space, or undefined when it is not an
// address of `family` ('ipv4' or 'ipv6').
function addressToBigInt(text, family) {
  if (family === 'ipv4') {
    return isIPv4(text) ? MAPPED_PREFIX | ipv4ToBigInt(text) : undefined;
  }
  if (!isIPv6(text)) return undefined;
  let value = 0n;
  for (const group of ipv6Groups(text)) value = (value << 16n) | BigInt(group);
  return value;
}

function formatIPv4(value) {
  const n = Number(value & 0xffffffffn);
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

// The text form the C library gives (inet_ntop): lower case, no leading
// zeros, the longest run of two or more zero groups as '::', and the
// IPv4-mapped and IPv4-compatible forms with a dotted tail.
function formatIPv6(value) {
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  const dottedTail = bestStart === 0 &&
    (bestLength === 6 || (bestLength === 5 && groups[5] === 0xffff));
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLength - 1;
      continue;
    }
    if (dottedTail && i === 6) {
      if (!out.endsWith(':')) out += ':';
      out += formatIPv4(value);
      break;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += groups[i].toString(16);
  }
  return out;
}

function formatAddress(value, family) {
  return family === 'ipv4' ? formatIPv4(value) : formatIPv6(value);
}

// 'ipv4'/'ipv6' in any case, or throws (named as an option).
function readFamily(family) {
  if (typeof family === 'string') {
    const lower = family.toLowerCase();
    if (lower === 'ipv4' || lower === 'ipv6') return lower;
  }
  throw new ERR_INVALID_ARG_VALUE('options.family', family);
}

const kAddress = Symbol('address');

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  // "1.2.3.4:80" or "[::1]:80" (the host as URLs read it), or undefined.
  static parse(input) {
    validateString(input, 'input');
    let url;
    try {
      url = new URL(`http://${input}`);
    } catch {
      return undefined;
    }
    if (url.username !== '' || url.password !== '' || url.pathname !== '/' ||
        url.search !== '' || url.hash !== '') {
      return undefined;
    }
    const { hostname, port } = url;
    const isV6 = hostname.startsWith('[');
    const address = isV6 ? hostname.slice(1, -1) : hostname;
    if (!(isV6 ? isIPv6(address) : isIPv4(address))) return undefined;
    try {
      return new SocketAddress({
        address, port: port === '' ? 0 : Number(port), family: isV6 ? 'ipv6' : 'ipv4',
      });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address, port = 0, flowlabel = 0 } = options;
    family = readFamily(family);
    let text = address;
    if (text === undefined) text = family === 'ipv4' ? '127.0.0.1' : '::';
    validateString(text, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const value = addressToBigInt(text, family);
    if (value === undefined) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = {
      value,
      address: formatAddress(value, family),
      port: Number(port),
      family,
      flowlabel,
    };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    const inner = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), inner)}`;
  }
}

Object.defineProperty(SocketAddress.prototype, kAddress, {
  __proto__: null, value: undefined, writable: true,
});

// The BigInt behind a SocketAddress (for BlockList).
function socketAddressValue(sa) {
  return sa[kAddress].value;
}

// Throws unless `value` is a string or a SocketAddress (Node's message
// names only the string).
function validateAddressArg(value, name) {
  if (typeof value !== 'string' && !SocketAddress.isSocketAddress(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

module.exports = {
  SocketAddress,
  addressToBigInt,
  formatAddress,
  readFamily,
  socketAddressValue,
  validateAddressArg,
};
