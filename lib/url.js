'use strict';

// node:url — the legacy `Url` API (parse/format/resolve/resolveObject) with
// Node 20's exact results, plus the WHATWG API re-exported from internal/url.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const querystring = require('querystring');

let whatwg;
function lazyWhatwg() {
  if (whatwg === undefined) whatwg = require('internal/url');
  return whatwg;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// --- character classes -------------------------------------------------------

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
const authHostRe = /^\/\/[^@/]+@[^@/]+/;
// A plain path (optionally with a query) and nothing else: the fast path.
const plainPathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const badHostRe = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const badIpv6HostRe = /[\0\t\n\r #%/<>?@\\^|]/;
const MAX_HOSTNAME = 255;

const noHostProtocols = new Set(['javascript', 'javascript:']);
const rawProtocols = new Set(['javascript', 'javascript:']);
const slashProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
                                'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

function isUrlWhitespace(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

// Characters that never end up raw in a parsed path/search/hash.
const autoEscaped = new Map([
  [9, '%09'], [10, '%0A'], [13, '%0D'], [32, '%20'], [34, '%22'], [39, '%27'], [60, '%3C'],
  [62, '%3E'], [92, '%5C'], [94, '%5E'], [96, '%60'], [123, '%7B'], [124, '%7C'], [125, '%7D'],
]);

function escapeSpecials(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const rep = autoEscaped.get(str.charCodeAt(i));
    if (rep === undefined) continue;
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// Characters that stop the host part: the first of these ends the host
// (or, for the first group, at least cannot be in it).
function hostCharKind(c) {
  switch (c) {
    case 9: case 10: case 13:
      return 4; // dropped, as the WHATWG parser drops tabs and newlines
    case 32: case 34: case 37: case 39: case 59: case 60: case 62:
    case 92: case 94: case 96: case 123: case 124: case 125:
      return 1; // never part of a host
    case 35: case 47: case 63:
      return 2; // ends the host
    case 64:
      return 3; // '@'
    default:
      return 0;
  }
}

function isBracketedHost(h) {
  return h.length > 1 && h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;
}

let warnedBadPort = false;

// Cuts the hostname at the first character that cannot be in it and returns
// the remainder prefixed to `rest`.
function trimHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
      if (c === 58 && !warnedBadPort) {
        warnedBadPort = true;
        process.emitWarning(
          `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

function hostnameToASCII(hostname) {
  let plain = true;
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 127) { plain = false; break; }
  }
  if (plain && !hostname.includes('xn--')) return hostname;
  return lazyWhatwg().domainToASCII(hostname);
}

// --- parse -------------------------------------------------------------------

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trims whitespace and turns '\' into '/' before the first '?' or '#'.
// Returns [rest, sawHash, sawAt].
function prepare(url) {
  let first = -1;
  let trailingWs = -1; // start of the current run of trailing whitespace
  let sawHash = false;
  let sawAt = false;
  let inQueryOrHash = false;
  let out = '';
  let copied = -1; // first index not yet copied into `out` (-1: nothing converted)
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const ws = isUrlWhitespace(c);
    if (first === -1) {
      if (ws) continue;
      first = i;
    } else if (ws) {
      if (trailingWs === -1) trailingWs = i;
    } else {
      trailingWs = -1;
    }
    if (!inQueryOrHash) {
      if (c === 64) {
        sawAt = true;
      } else if (c === 35) {
        sawHash = true;
        inQueryOrHash = true;
      } else if (c === 63) {
        inQueryOrHash = true;
      } else if (c === 92) {
        out += url.slice(copied === -1 ? first : copied, i) + '/';
        copied = i + 1;
      }
    } else if (c === 35) {
      sawHash = true;
    }
  }
  if (first === -1) return ['', sawHash, sawAt];
  const end = trailingWs === -1 ? url.length : trailingWs;
  if (copied === -1) return [url.slice(first, end), sawHash, sawAt];
  if (copied < end) out += url.slice(copied, end);
  return [out, sawHash, sawAt];
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let [rest, sawHash, sawAt] = prepare(url);

  if (!slashesDenoteHost && !sawHash && !sawAt) {
    const m = plainPathRe.exec(rest);
    if (m !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//host' counts as a host after a protocol, with slashesDenoteHost, or
  // when it is written as '//user@host'.
  let slashes;
  if (slashesDenoteHost || proto || authHostRe.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && noHostProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!noHostProtocols.has(lowerProto) &&
      (slashes || (proto && !slashProtocols.has(proto)))) {
    rest = this._takeHost(rest, url);
  }

  if (!rawProtocols.has(lowerProto)) rest = escapeSpecials(rest);

  let qIdx = -1;
  let hIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35) {
      this.hash = rest.slice(i);
      hIdx = i;
      break;
    }
    if (c === 63 && qIdx === -1) qIdx = i;
  }
  if (qIdx !== -1) {
    const qEnd = hIdx === -1 ? rest.length : hIdx;
    this.search = rest.slice(qIdx, qEnd);
    this.query = rest.slice(qIdx + 1, qEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = qIdx !== -1 && (hIdx === -1 || qIdx < hIdx) ? qIdx : hIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits auth/host/port off the front of `rest`; returns what follows.
Url.prototype._takeHost = function _takeHost(rest, url) {
  // The last '@' before any host-ending character separates the auth.
  let hostEnd = -1;
  let at = -1;
  let stop = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const kind = hostCharKind(rest.charCodeAt(i));
    if (kind === 4) {
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i--;
    } else if (kind === 1) {
      if (stop === -1) stop = i;
    } else if (kind === 2) {
      if (stop === -1) stop = i;
      hostEnd = i;
    } else if (kind === 3) {
      at = i;
      stop = -1;
    }
  }
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (stop === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, stop);
    rest = rest.slice(stop);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const ipv6 = isBracketedHost(this.hostname);
  if (!ipv6) rest = trimHostname(this, rest, this.hostname, url);

  if (this.hostname.length > MAX_HOSTNAME) this.hostname = '';
  else this.hostname = this.hostname.toLowerCase();

  if (this.hostname !== '') {
    if (ipv6) {
      if (badIpv6HostRe.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      this.hostname = hostnameToASCII(this.hostname);
      if (this.hostname === '' || badHostRe.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = portRe.exec(host);
  if (m !== null) {
    const port = m[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// --- format ------------------------------------------------------------------

const authKeep = new Int8Array(128);
(function fillAuthKeep() {
  const keep = "-._~!'()*:";
  for (let c = 0; c < 128; c++) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) authKeep[c] = 1;
  }
  for (let i = 0; i < keep.length; i++) authKeep[keep.charCodeAt(i)] = 1;
})();

function escapeAuth(str) {
  // Same UTF-8 percent-encoding as querystring.escape, with ':' kept.
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && authKeep[c] === 1) continue;
    let end = i + 1;
    if (c >= 0xD800 && c <= 0xDFFF) end = i + 2;
    out += str.slice(last, i) + querystring.escape(str.slice(i, end));
    last = end;
    i = end - 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function escapeHashAndQuestion(pathname) {
  let out = '';
  let last = 0;
  for (let i = 0; i < pathname.length; i++) {
    const c = pathname.charCodeAt(i);
    if (c !== 35 && c !== 63) continue;
    out += pathname.slice(last, i) + (c === 35 ? '%23' : '%3F');
    last = i + 1;
  }
  return last === 0 ? pathname : out + pathname.slice(last);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !isBracketedHost(hn) ? `[${hn}]` : hn);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  pathname = escapeHashAndQuestion(pathname);

  // Only slashed protocols (or URLs that had them) get the '//'.
  if (this.slashes || slashProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (lazyWhatwg().isURL(urlObject)) {
    if (options) validateObject(options, 'options');
    return lazyWhatwg().formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// --- resolve -----------------------------------------------------------------

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// For URLs like 'mailto:user@host' the host travels in the first path part;
// split any 'user@' back out of it.
function hostFromFirstPart(result, value) {
  result.hostname = result.host = value;
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// Removes '.' and resolves '..' segments in place; returns how many '..'
// climbed above the first segment.
function dropDotSegments(parts) {
  let up = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    if (p === '.') {
      parts.splice(i, 1);
    } else if (p === '..') {
      parts.splice(i, 1);
      up++;
    } else if (up > 0) {
      parts.splice(i, 1);
      up--;
    }
  }
  return up;
}

// A relative reference to a different protocol.
function resolveOtherProtocol(result, relative) {
  if (!slashProtocols.has(relative.protocol)) {
    for (const k of Object.keys(relative)) result[k] = relative[k];
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !noHostProtocols.has(relative.protocol)) {
    // The first non-empty path part becomes the host.
    const parts = (relative.pathname || '').split('/');
    while (parts.length > 0 && !(relative.host = parts.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (parts[0] !== '') parts.unshift('');
    if (parts.length < 2) parts.unshift('');
    result.pathname = parts.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];

  // The fragment always comes from the reference, even when it is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // '//host/path': keep only the protocol of the base.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) {
      if (k !== 'protocol') result[k] = relative[k];
    }
    if (slashProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  const srcAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relAbsolute = relative.host ||
    (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = relAbsolute || srcAbsolute || (result.host && relative.pathname);
  const dropAllDots = mustEndAbs;
  let srcParts = (result.pathname && result.pathname.split('/')) || [];
  const relParts = (relative.pathname && relative.pathname.split('/')) || [];
  const hostInPath = result.protocol && !slashProtocols.has(result.protocol);

  if (hostInPath) {
    // Non-slashed URLs keep their "host" as the first path part while
    // resolving, so that '..' can climb into it.
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcParts[0] === '') srcParts[0] = result.host;
      else srcParts.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relParts[0] === '') relParts[0] = relative.host;
        else relParts.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relParts[0] === '' || srcParts[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcParts = relParts;
  } else if (relParts.length > 0) {
    // Replace the last segment of the base path.
    srcParts.pop();
    srcParts = srcParts.concat(relParts);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the base path.
    if (hostInPath) hostFromFirstPart(result, srcParts.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (srcParts.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '/' keeps a trailing slash.
  let last = srcParts[srcParts.length - 1];
  const trailingSlash =
    ((result.host || relative.host || srcParts.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  let up = dropDotSegments(srcParts);
  if (!mustEndAbs && !dropAllDots) {
    while (up-- > 0) srcParts.unshift('..');
  }
  if (mustEndAbs && srcParts[0] !== '' && (!srcParts[0] || srcParts[0].charAt(0) !== '/')) {
    srcParts.unshift('');
  }
  if (trailingSlash && srcParts.join('/').slice(-1) !== '/') srcParts.push('');

  const isAbs = srcParts[0] === '' || (srcParts[0] && srcParts[0].charAt(0) === '/');
  if (hostInPath) {
    last = isAbs ? '' : (srcParts.length > 0 ? srcParts.shift() : '');
    hostFromFirstPart(result, last);
  }

  mustEndAbs = mustEndAbs || (result.host && srcParts.length);
  if (mustEndAbs && !isAbs) srcParts.unshift('');

  if (srcParts.length > 0) {
    result.pathname = srcParts.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

// --- exports -----------------------------------------------------------------

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
};

// WHATWG API, from internal/url.
{
  const w = lazyWhatwg();
  module.exports.URL = w.URL;
  module.exports.URLSearchParams = w.URLSearchParams;
  module.exports.domainToASCII = w.domainToASCII;
  module.exports.domainToUnicode = w.domainToUnicode;
  module.exports.pathToFileURL = w.pathToFileURL;
  module.exports.fileURLToPath = w.fileURLToPath;
  module.exports.urlToHttpOptions = w.urlToHttpOptions;
}
