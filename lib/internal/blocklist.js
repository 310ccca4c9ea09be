'use strict';

// net.BlockList: rules (single addresses, ranges, subnets) over IPv4 and
// IPv6. Each rule is an inclusive range in the 128-bit space of
// internal/socketaddress, where an IPv4 address is its IPv4-mapped IPv6
// form; so an IPv4 rule also blocks ::ffff:a.b.c.d and the other way
// round.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const {
  SocketAddress,
  addressToBigInt,
  readFamily,
  socketAddressValue,
  validateAddressArg,
} = require('internal/socketaddress');

const kRules = Symbol('rules');
const ALL_ONES = (1n << 128n) - 1n;

// A SocketAddress for a rule's argument (a string of `family`, or one
// already made).
function toSocketAddress(address, family) {
  if (SocketAddress.isSocketAddress(address)) return address;
  return new SocketAddress({ address, family });
}

function validateFamilyArg(family) {
  validateString(family, 'family');
  return readFamily(family);
}

const familyLabel = (family) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  addAddress(address, family = 'ipv4') {
    validateAddressArg(address, 'address');
    family = validateFamilyArg(family);
    const sa = toSocketAddress(address, family);
    const value = socketAddressValue(sa);
    this[kRules].unshift({
      text: `Address: ${familyLabel(sa.family)} ${sa.address}`, low: value, high: value,
    });
  }

  addRange(start, end, family = 'ipv4') {
    validateAddressArg(start, 'start');
    validateAddressArg(end, 'end');
    family = validateFamilyArg(family);
    const first = toSocketAddress(start, family);
    const last = toSocketAddress(end, family);
    const low = socketAddressValue(first);
    const high = socketAddressValue(last);
    if (low > high) throw new ERR_INVALID_ARG_VALUE('start', first, 'must come before end');
    this[kRules].unshift({
      text: `Range: ${familyLabel(first.family)} ${first.address}-${last.address}`, low, high,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    validateAddressArg(network, 'network');
    family = validateFamilyArg(family);
    const sa = toSocketAddress(network, family);
    const bits = sa.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    // An IPv4 prefix counts from the 96 bits of the mapped form.
    const hostBits = BigInt(bits - prefix);
    const hostMask = (1n << hostBits) - 1n;
    const low = socketAddressValue(sa) & (ALL_ONES ^ hostMask);
    this[kRules].unshift({
      text: `Subnet: ${familyLabel(sa.family)} ${sa.address}/${prefix}`, low, high: low | hostMask,
    });
  }

  check(address, family = 'ipv4') {
    validateAddressArg(address, 'address');
    validateString(family, 'family');
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = socketAddressValue(address);
    } else {
      const lower = family.toLowerCase();
      if (lower !== 'ipv4' && lower !== 'ipv6') return false;
      value = addressToBigInt(address, lower);
      if (value === undefined) return false;
    }
    return this[kRules].some((rule) => value >= rule.low && value <= rule.high);
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  toJSON() {
    return this.rules;
  }

  // Rules as `rules`/toJSON() give them, or a JSON text of that list.
  // Lines that are no rule are skipped.
  fromJSON(data) {
    let list = data;
    if (typeof data === 'string') {
      try {
        list = JSON.parse(data);
      } catch {
        list = data;
      }
    }
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], list);
    }
    for (const line of list) this.#addRuleText(line);
  }

  #addRuleText(line) {
    const match = /^(Address|Range|Subnet): (IPv4|IPv6) (\S+)$/.exec(line);
    if (match === null) return;
    const [, kind, label, spec] = match;
    const family = label.toLowerCase();
    try {
      if (kind === 'Address') {
        this.addAddress(spec, family);
      } else if (kind === 'Range') {
        const dash = spec.indexOf('-');
        if (dash !== -1) this.addRange(spec.slice(0, dash), spec.slice(dash + 1), family);
      } else {
        const slash = spec.lastIndexOf('/');
        if (slash !== -1) this.addSubnet(spec.slice(0, slash), Number(spec.slice(slash + 1)), family);
      }
    } catch {
      // Not a rule after all.
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    const inner = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, inner)}`;
  }
}

Object.defineProperty(BlockList.prototype, kRules, {
  __proto__: null, value: undefined, writable: true,
});

module.exports = { BlockList };
