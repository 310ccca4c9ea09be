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

  // A '#' left in the query would start the fragment when re-parsed.
  return protocol + host + pathname + withLead(search.replace(/#/g, '%23'), '?') +
    withLead(hash, '#');
};

// `text` starting with `lead` (added when missing); '' stays ''.
function withLead(text, lead) {
  return text && text[0] !== lead ? lead + text : text;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') return Url.prototype.format.call(urlParse(urlObject));
  if (urlObject === null || typeof urlObject !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  }
  const modern = lazyWhatwg();
  if (!modern.isURL(urlObject)) return Url.prototype.format.call(urlObject);
  // A WHATWG URL has its own formatter with options (auth, fragment, ...).
  if (options) validateObject(options, 'options');
  return modern.formatURL(urlObject, options);
}

// --- resolve -----------------------------------------------------------------
//
// The legacy resolver works on '/'-separated segment lists. Its quirks are
// part of the API (url.resolve results are relied on verbatim), so this
// reproduces them: schemes without '//' ("mailto:", "foo:") carry their
// host as the first path segment while resolving, '..' never climbs above
// an absolute root, and the reference's fragment always wins.

// Both sides of a resolution are parsed with a leading '//' meaning a host.
const parseForResolve = (text) => urlParse(text, false, true);

const urlResolve = (source, relative) => parseForResolve(source).resolve(relative);

Url.prototype.resolve = function resolve(relative) {
  const target = this.resolveObject(parseForResolve(relative));
  return target.format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return parseForResolve(source).resolveObject(relative);
}

function sealed(url) {
  url.href = url.format();
  return url;
}

function refreshPath(url) {
  if (url.pathname === null && url.search === null) return;
  url.path = `${url.pathname || ''}${url.search || ''}`;
}

function copyFields(target, source, skip) {
  for (const key of Object.keys(source)) {
    if (key !== skip) target[key] = source[key];
  }
}

// Schemes like mailto: keep "user@host" in their first segment; split
// the auth part back out when the host is restored from it.
function restoreHost(url, segment) {
  url.host = segment;
  url.hostname = segment;
  if (url.host && url.host.indexOf('@') > 0) {
    const [auth, host] = url.host.split('@');
    url.auth = auth;
    url.host = host;
    url.hostname = host;
  }
}

// Drops '.' segments and folds each '..' into the segment before it;
// returns how many '..' were left over with nothing to fold into.
function collapseDots(segments) {
  let pending = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.' || segment === '..') {
      if (segment === '..') pending++;
      segments.splice(i, 1);
    } else if (pending > 0) {
      pending--;
      segments.splice(i, 1);
    }
  }
  return pending;
}

const startsAbsolute = (segment) => segment === '' || Boolean(segment && segment[0] === '/');

// A reference with a scheme other than the base's replaces it, except that
// for '//' schemes a missing host is taken from the first path segment.
function resolveForeignScheme(result, ref) {
  if (!slashProtocols.has(ref.protocol)) {
    copyFields(result, ref);
    return sealed(result);
  }
  result.protocol = ref.protocol;
  const hostless = ref.host || /^file:?$/.test(ref.protocol) || noHostProtocols.has(ref.protocol);
  if (hostless) {
    result.pathname = ref.pathname;
  } else {
    const segments = (ref.pathname || '').split('/');
    ref.host = '';
    while (segments.length > 0 && ref.host === '') ref.host = segments.shift();
    if (!ref.hostname) ref.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  }
  Object.assign(result, {
    search: ref.search,
    query: ref.query,
    host: ref.host || '',
    auth: ref.auth,
    hostname: ref.hostname || ref.host,
    port: ref.port,
  });
  if (result.pathname || result.search) refreshPath(result);
  result.slashes = result.slashes || ref.slashes;
  return sealed(result);
}

// Moves the host of a non-'//' URL into its first segment (see above).
function hostIntoSegments(host, segments) {
  if (!host) return;
  if (segments[0] === '') segments[0] = host;
  else segments.unshift(host);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  let ref = relative;
  if (typeof ref === 'string') {
    ref = new Url();
    ref.parse(relative, false, true);
  }
  const result = new Url();
  copyFields(result, this);

  // The fragment always comes from the reference, even an empty one.
  result.hash = ref.hash;
  if (ref.href === '') return sealed(result);

  // '//host/path': everything but the scheme comes from the reference.
  if (ref.slashes && !ref.protocol) {
    copyFields(result, ref, 'protocol');
    if (slashProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.pathname = '/';
      result.path = '/';
    }
    return sealed(result);
  }

  if (ref.protocol && ref.protocol !== result.protocol) return resolveForeignScheme(result, ref);

  const baseRooted = Boolean(result.pathname) && result.pathname[0] === '/';
  const refRooted = Boolean(ref.host) || (Boolean(ref.pathname) && ref.pathname[0] === '/');
  const noClimbing = Boolean(refRooted || baseRooted || (result.host && ref.pathname));
  let rooted = noClimbing;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const refSegments = ref.pathname ? ref.pathname.split('/') : [];
  const opaque = Boolean(result.protocol) && !slashProtocols.has(result.protocol);

  if (opaque) {
    result.hostname = '';
    result.port = null;
    hostIntoSegments(result.host, segments);
    result.host = '';
    if (ref.protocol) {
      ref.hostname = null;
      ref.port = null;
      result.auth = null;
      hostIntoSegments(ref.host, refSegments);
      ref.host = null;
    }
    rooted = rooted && (refSegments[0] === '' || segments[0] === '');
  }

  if (refRooted) {
    // An absolute path (or a host) in the reference replaces the base's.
    if (ref.host || ref.host === '') {
      if (result.host !== ref.host) result.auth = null;
      result.host = ref.host;
      result.port = ref.port;
    }
    if (ref.hostname || ref.hostname === '') {
      if (result.hostname !== ref.hostname) result.auth = null;
      result.hostname = ref.hostname;
    }
    result.search = ref.search;
    result.query = ref.query;
    segments = refSegments;
  } else if (refSegments.length > 0) {
    // A relative path replaces the base's last segment.
    segments.pop();
    segments = segments.concat(refSegments);
    result.search = ref.search;
    result.query = ref.query;
  } else if (ref.search !== null && ref.search !== undefined) {
    // Only a query: the base path stays as it is.
    if (opaque) restoreHost(result, segments.shift());
    result.search = ref.search;
    result.query = ref.query;
    refreshPath(result);
    return sealed(result);
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return sealed(result);
  }

  // A path ending in '/', '.' or '..' still ends in '/' once resolved.
  const tail = segments[segments.length - 1];
  const dotTail = tail === '.' || tail === '..';
  const keepSlash = tail === '' ||
    (dotTail && Boolean(result.host || ref.host || segments.length > 1));

  const leftover = collapseDots(segments);
  if (!rooted && !noClimbing) {
    for (let i = 0; i < leftover; i++) segments.unshift('..');
  }
  if (rooted && !startsAbsolute(segments[0])) segments.unshift('');
  if (keepSlash && !segments.join('/').endsWith('/')) segments.push('');

  const absolute = startsAbsolute(segments[0]);
  if (opaque) {
    const first = absolute || segments.length === 0 ? '' : segments.shift();
    restoreHost(result, first);
  }

  if ((rooted || (result.host && segments.length > 0)) && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  refreshPath(result);
  result.auth = ref.auth || result.auth;
  result.slashes = result.slashes || ref.slashes;
  return sealed(result);
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
