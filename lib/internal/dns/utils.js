'use strict';

// What dns.lookup and dns/promises.lookup share: reading their arguments
// (with Node's errors), the default result order, the hostname handed to
// getaddrinfo, and the error objects of failed lookups.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString,
} = require('internal/validators');
const { emitDeprecationWarning } = require('internal/util');
const { flagValues } = require('internal/options');

const cares = internalBinding('cares_wrap');

const ORDERS = ['verbatim', 'ipv4first', 'ipv6first'];
const orderCodes = {
  verbatim: cares.DNS_ORDER_VERBATIM,
  ipv4first: cares.DNS_ORDER_IPV4_FIRST,
  ipv6first: cares.DNS_ORDER_IPV6_FIRST,
};

// The order lookups use when they name none: --dns-result-order, then
// whatever setDefaultResultOrder() set.
let defaultOrder = 'verbatim';
{
  const fromFlag = flagValues('--dns-result-order');
  if (fromFlag.length > 0) {
    validateOneOf(fromFlag[fromFlag.length - 1], '--dns-result-order', ORDERS);
    defaultOrder = fromFlag[fromFlag.length - 1];
  }
}

function getDefaultResultOrder() { return defaultOrder; }
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ORDERS);
  defaultOrder = order;
}

// getaddrinfo hints a lookup may ask for: any mix of these flags, or none.
const { AI_ADDRCONFIG: ADDRCONFIG, AI_ALL: ALL, AI_V4MAPPED: V4MAPPED } = cares;

// Reads (hostname, options) the way both lookups do. `callback` is the
// callback-style API's last argument (undefined for promises). Returns
// { family, hints, all, order } or throws.
function readLookupOptions(hostname, options, callback, needsCallback) {
  if (hostname) validateString(hostname, 'hostname');
  const result = { family: 0, hints: 0, all: false, order: defaultOrder, callback };
  if (typeof options === 'function' && needsCallback) {
    result.callback = options;
    return result;
  }
  if (typeof options === 'number') {
    if (needsCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', [0, 4, 6]);
    result.family = options;
    return result;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    if (needsCallback) validateFunction(callback === undefined ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (needsCallback) validateFunction(callback, 'callback');
  if (options == null) return result;
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    result.hints = options.hints >>> 0;
    if ((result.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
      throw new ERR_INVALID_ARG_VALUE('hints', result.hints);
    }
  }
  if (options.family != null) {
    if (options.family === 'IPv4') result.family = 4;
    else if (options.family === 'IPv6') result.family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      result.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    result.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    result.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', ORDERS);
    result.order = options.order;
  }
  return result;
}

// Node still answers a falsy hostname (with nothing), but says it should
// not be used.
function warnFalsyHostname(hostname) {
  emitDeprecationWarning(
    `The provided hostname "${String(hostname)}" is not a valid hostname, and is supported ` +
    'in the dns module solely for compatibility.', 'DEP0118');
}

// Names outside ASCII are resolved by their punycode form.
let punycode;
function toASCIIHostname(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname)) return hostname;
  if (punycode === undefined) punycode = require('punycode');
  return punycode.toASCII(hostname);
}

// The error of a failed getaddrinfo/getnameinfo: "getaddrinfo ENOTFOUND
// host". A name that does not exist (EAI_NONAME/EAI_NODATA) is ENOTFOUND.
let uv;
function dnsException(err, syscall, hostname) {
  if (uv === undefined) uv = internalBinding('uv');
  let code = err;
  let errno;
  if (typeof err === 'number') {
    errno = err;
    code = err === uv.UV_EAI_NODATA || err === uv.UV_EAI_NONAME ? 'ENOTFOUND' : uv.errname(err);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  if (Error.captureStackTrace) Error.captureStackTrace(ex, dnsException);
  return ex;
}

// The error codes of the resolver (dns.NOTFOUND === 'ENOTFOUND' ...).
const errorCodes = {};
for (const name of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED',
  'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE',
  'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED',
  'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  errorCodes[name] = `E${name}`;
}

module.exports = {
  ADDRCONFIG, ALL, V4MAPPED,
  orderCodes,
  errorCodes,
  getDefaultResultOrder,
  setDefaultResultOrder,
  readLookupOptions,
  warnFalsyHostname,
  toASCIIHostname,
  dnsException,
};
