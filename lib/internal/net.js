'use strict';

// Address helpers shared by net and dns: the IP literal classifiers.

// A dotted quad: four decimal fields 0..255, no leading zeros ("01" is
// rejected because some resolvers read it as octal).
function looksLikeV4(text) {
  const fields = text.split('.');
  if (fields.length !== 4) return false;
  for (const field of fields) {
    if (field.length === 0 || field.length > 3) return false;
    if (field.length > 1 && field[0] === '0') return false;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    if (Number(field) > 255) return false;
  }
  return true;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE_ID = /^[0-9a-zA-Z\-.:]+$/;

// How many 16-bit groups a ':'-separated list stands for, or -1 when one of
// its pieces is malformed. `mayEndInV4` lets the last piece be a dotted quad,
// which fills two groups.
function countGroups(pieces, mayEndInV4) {
  let groups = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (HEX_GROUP.test(piece)) {
      groups += 1;
    } else if (mayEndInV4 && i === pieces.length - 1 && looksLikeV4(piece)) {
      groups += 2;
    } else {
      return -1;
    }
  }
  return groups;
}

function looksLikeV6(text) {
  // An optional zone ("%eth0") follows the address proper.
  const percent = text.indexOf('%');
  let address = text;
  if (percent !== -1) {
    if (!ZONE_ID.test(text.slice(percent + 1))) return false;
    address = text.slice(0, percent);
  }
  const gap = address.indexOf('::');
  if (gap === -1) {
    return countGroups(address.split(':'), true) === 8;
  }
  // At most one '::', and it must stand for at least one zero group.
  if (address.indexOf('::', gap + 1) !== -1) return false;
  const before = address.slice(0, gap);
  const after = address.slice(gap + 2);
  const head = before === '' ? 0 : countGroups(before.split(':'), false);
  const tail = after === '' ? 0 : countGroups(after.split(':'), true);
  if (head < 0 || tail < 0) return false;
  return head + tail <= 7;
}

// Node stringifies the argument first, so objects with a toString() that
// yields an address are accepted (and a Symbol throws a TypeError).
function isIPv4(input) { return looksLikeV4(`${input}`); }
function isIPv6(input) { return looksLikeV6(`${input}`); }
function isIP(input) {
  const text = `${input}`;
  if (looksLikeV4(text)) return 4;
  return looksLikeV6(text) ? 6 : 0;
}

// Marks the [options, callback] pair net's argument normalizer returns, so
// that socket.connect() takes it as is.
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = { isIP, isIPv4, isIPv6, normalizedArgsSymbol };
