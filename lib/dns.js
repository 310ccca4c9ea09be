'use strict';

// node:dns. lookup() and lookupService() ask the system resolver
// (getaddrinfo/getnameinfo on libuv's thread pool), as in Node. The DNS
// protocol client (resolve*, reverse, Resolver, servers) is not in eddy
// yet and throws ERR_NOT_IMPLEMENTED.

const { isIP } = require('internal/net');
const { addMissing } = require('internal/not_implemented');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { kCustomPromisifyArgsSymbol } = require('internal/util');
const utils = require('internal/dns/utils');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;

function onlookup(err, addresses) {
  if (err) {
    this.callback(utils.dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(utils.dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const result = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.callback(null, result);
}

// lookup(hostname[, options], callback): callback(err, address, family), or
// (err, [{ address, family }]) with `all`.
function lookup(hostname, options, callback) {
  const opts = utils.readLookupOptions(hostname, options, callback, true);
  callback = opts.callback;
  if (!hostname) {
    utils.warnFalsyHostname(hostname);
    if (opts.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, opts.family === 6 ? 6 : 4);
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    if (opts.all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = opts.family;
  req.hostname = hostname;
  req.oncomplete = opts.all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, utils.toASCIIHostname(hostname), opts.family, opts.hints,
                                utils.orderCodes[opts.order]);
  if (err) {
    process.nextTick(callback, utils.dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(utils.dnsException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback): callback(err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw utils.dnsException(err, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

const dns = {
  lookup,
  lookupService,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  ADDRCONFIG: utils.ADDRCONFIG,
  ALL: utils.ALL,
  V4MAPPED: utils.V4MAPPED,
  ...utils.errorCodes,
};
addMissing(dns, 'dns', [
  'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse',
], ['Resolver']);

let promises;
Object.defineProperty(dns, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('internal/dns/promises');
    return promises;
  },
});

module.exports = dns;
