'use strict';

// Which names require() treats as builtins. Node's whole list is known so
// that require('http') never searches node_modules; a builtin eddy does not
// have yet throws ERR_NOT_IMPLEMENTED naming it (docs/compat.md lists them).

const requireBuiltin = require;
const { notImplemented, codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
const { validateString } = require('internal/validators');
const { hasBuiltin } = internalBinding('builtins');

const nodeBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises',
  'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32',
  'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises',
  'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder',
  'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util',
  'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
// Only reachable with the node: scheme.
const schemeOnly = ['sea', 'sqlite', 'test', 'test/reporters'];

const publicIds = nodeBuiltins.slice();
const known = new Set(nodeBuiltins);

function canBeRequiredByUsers(id) {
  return known.has(id);
}

function canBeRequiredWithScheme(id) {
  return known.has(id) || schemeOnly.includes(id);
}

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  if (name.startsWith('node:')) return canBeRequiredWithScheme(name.slice(5));
  return known.has(name);
}

function load(id) {
  if (!canBeRequiredWithScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
  if (!hasBuiltin(id)) throw notImplemented(`node:${id}`);
  return requireBuiltin(id);
}

// process.getBuiltinModule: a builtin's exports without going through
// require (so it works from ES modules too); undefined for other names.
function getBuiltinModule(id) {
  validateString(id, 'id');
  const isKnown = id.startsWith('node:') ? canBeRequiredWithScheme(id.slice(5)) : known.has(id);
  return isKnown ? load(id.startsWith('node:') ? id.slice(5) : id) : undefined;
}

module.exports = {
  publicIds, isBuiltin, canBeRequiredByUsers, canBeRequiredWithScheme, load, getBuiltinModule,
};
