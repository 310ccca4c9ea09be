'use strict';

// module.enableCompileCache and NODE_COMPILE_CACHE: CommonJS modules are
// compiled once and their stencils (the engine's compiled form) stored in
// a directory; later runs decode them instead of parsing the source again
// (internalBinding('contextify').compileFunction does the work). The
// directory holds one subdirectory per node version, eddy engine and user,
// as node keeps one per V8 build.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const compileCacheStatus = Object.freeze({
  __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3,
});

let cacheDir;  // the subdirectory in use, once enabled

function enableCompileCache(directory) {
  if (directory !== undefined && typeof directory !== 'string') {
    const err = new ERR_INVALID_ARG_TYPE('cacheDir', 'string', directory);
    err.message = 'cacheDir should be a string';
    throw err;
  }
  if (process.env.NODE_DISABLE_COMPILE_CACHE) {
    return { status: compileCacheStatus.DISABLED, message: 'Disabled by NODE_DISABLE_COMPILE_CACHE' };
  }
  if (cacheDir !== undefined) return { status: compileCacheStatus.ALREADY_ENABLED, directory: cacheDir };
  // Loaded here, not at start-up: every program loads this module.
  const fs = require('fs');
  const path = require('path');
  const base = path.resolve(directory ?? process.env.NODE_COMPILE_CACHE ??
                            path.join(require('os').tmpdir(), 'node-compile-cache'));
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const sub = path.join(base, `${process.version}-${process.arch}-eddy-${process.versions.mozjs}-${uid}`);
  try {
    fs.mkdirSync(sub, { recursive: true });
    fs.accessSync(sub, fs.constants.W_OK);
  } catch (err) {
    return { status: compileCacheStatus.FAILED, message: `Cannot create cache directory: ${err.message}` };
  }
  cacheDir = sub;
  return { status: compileCacheStatus.ENABLED, directory: base };
}

function getCompileCacheDir() {
  return cacheDir;
}

// Every entry is written as soon as its module is compiled: there is never
// anything left to flush.
function flushCompileCache() {}

module.exports = { compileCacheStatus, enableCompileCache, getCompileCacheDir, flushCompileCache };
