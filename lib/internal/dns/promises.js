'use strict';

// dns.promises (node:dns/promises): lookup and lookupService as promises;
// the resolver part is not in eddy yet.

const { isIP } = require('internal/net');
const { addMissing } = require('internal/not_implemented');
const { validatePort, validateString } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const utils = require('internal/dns/utils');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;

function onlookup(err, addresses) {
  if (err) {
    this.reject(utils.dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const entries = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.resolve(this.all ? entries : entries[0]);
}

// lookup(hostname[, options]) -> { address, family }, or a list of them
// with `all`.
function lookup(hostname, options) {
  const opts = utils.readLookupOptions(hostname, options, undefined, false);
  if (!hostname) {
    utils.warnFalsyHostname(hostname);
    return Promise.resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
  }
  const literal = isIP(hostname);
  if (literal) {
    const entry = { address: hostname, family: literal };
    return Promise.resolve(opts.all ? [entry] : entry);
  }
  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = opts.family;
    req.hostname = hostname;
    req.all = opts.all;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookup;
    const err = cares.getaddrinfo(req, utils.toASCIIHostname(hostname), opts.family, opts.hints,
                                  utils.orderCodes[opts.order]);
    if (err) reject(utils.dnsException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(utils.dnsException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.resolve({ hostname, service });
}

// lookupService(address, port) -> { hostname, service }.
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(utils.dnsException(err, 'getnameinfo', address));
  });
}

module.exports = addMissing({
  lookup,
  lookupService,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  ...utils.errorCodes,
}, 'dns.promises', [
  'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse',
], ['Resolver']);
