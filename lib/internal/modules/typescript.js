'use strict';

// TypeScript files (.ts, .mts, .cts) run as node 22.22 runs them: their
// types are erased (replaced by spaces, so lines and columns stay those of
// the file), and syntax that would need code generated (enum, namespace
// with values, parameter properties) is refused with
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX. The stripping is amaro's (swc compiled
// to WebAssembly, embedded from npm), loaded on the first TypeScript file.
//
// The stripped text is kept on disk under a hash of the source, so that a
// program's later starts skip amaro altogether: in the compile cache
// directory when there is one (module.enableCompileCache), else in
// $XDG_CACHE_HOME/eddy/typescript (~/.cache/eddy/typescript).

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_TYPESCRIPT_SYNTAX, ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX,
  },
  markStackDecorated,
} = require('internal/errors');
const {
  validateBoolean, validateObject, validateOneOf, validateString,
} = require('internal/validators');
const fsBinding = internalBinding('fs');
const { contentHash } = internalBinding('util');

let amaro;
let cacheDir;

function typeScriptCacheDir() {
  if (cacheDir !== undefined) return cacheDir;
  const compileCacheDir = require('internal/modules/compile_cache').getCompileCacheDir();
  let base = compileCacheDir;
  if (base === undefined) {
    const home = process.env.XDG_CACHE_HOME || (process.env.HOME && path.join(process.env.HOME, '.cache'));
    base = home ? path.join(home, 'eddy') : null;
  }
  // Per eddy version: another version may strip with another amaro.
  cacheDir = base ? path.join(base, `typescript-${process.versions.eddy}`) : null;
  return cacheDir;
}

function readCached(file) {
  try {
    return fsBinding.readFileUtf8(file, 0, true);  // undefined when absent
  } catch {
    return undefined;
  }
}

function writeCached(dir, file, text) {
  try {
    require('fs').mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}`;
    require('fs').writeFileSync(temp, text);
    require('fs').renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs the next start its time.
  }
}

// The error node 22.22 throws for what amaro refuses, the source line
// (amaro's snippet) shown above it.
function translateError(error, filename) {
  if (error === null || typeof error !== 'object' || error.code === undefined) return error;
  const Make = error.code === 'UnsupportedSyntax' ?
    ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX : ERR_INVALID_TYPESCRIPT_SYNTAX;
  const err = new Make(error.message);
  if (typeof error.snippet === 'string') {
    err.stack = `${filename}:${error.startLine}\n${error.snippet}\n${err.stack}`;
    markStackDecorated(err);
  }
  return err;
}

// The JavaScript of a TypeScript file's source.
function stripTypeScriptTypes(source, filename) {
  const dir = typeScriptCacheDir();
  const cached = dir === null ? null : path.join(dir, `${contentHash(source)}.js`);
  if (cached !== null) {
    const text = readCached(cached);
    if (text !== undefined) return text;
  }
  amaro ??= require('internal/deps/amaro/dist/index');
  let code;
  try {
    ({ code } = amaro.transformSync(source, { mode: 'strip-only', filename }));
  } catch (error) {
    throw translateError(error, filename);
  }
  if (cached !== null) writeCached(dir, cached, code);
  return code;
}

// module.stripTypeScriptTypes(code, { mode, sourceMap, sourceUrl }):
// 'strip' erases types; 'transform' also turns enums and namespaces into
// JavaScript, with an inline source map when asked.
function stripTypeScriptTypesAPI(code, options = {}) {
  require('internal/util').emitExperimentalWarning('stripTypeScriptTypes');
  validateString(code, 'code');
  validateObject(options, 'options');
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  validateBoolean(sourceMap, 'options.sourceMap');
  validateString(sourceUrl, 'options.sourceUrl');
  if (mode === 'strip' && sourceMap) {
    throw new ERR_INVALID_ARG_VALUE('options.sourceMap', sourceMap,
                                    'must be false when mode is strip');
  }
  amaro ??= require('internal/deps/amaro/dist/index');
  let result;
  try {
    result = amaro.transformSync(code, {
      mode: mode === 'strip' ? 'strip-only' : 'transform',
      sourceMap,
      filename: sourceUrl,
    });
  } catch (error) {
    throw translateError(error, sourceUrl);
  }
  if (sourceMap) {
    const base64 = require('buffer').Buffer.from(result.map).toString('base64');
    return `${result.code}\n\n//# sourceMappingURL=data:application/json;base64,${base64}`;
  }
  return sourceUrl !== '' ? `${result.code}\n\n//# sourceURL=${sourceUrl}` : result.code;
}

// Whether `filename` is TypeScript to strip (not with
// --no-experimental-strip-types: then it is taken for JavaScript).
const tsExtensions = new Set(['.ts', '.mts', '.cts']);
let stripping;
function isTypeScriptFile(filename) {
  stripping ??= !require('internal/options').hasFlag('--no-experimental-strip-types');
  return stripping && tsExtensions.has(path.extname(filename));
}

module.exports = { stripTypeScriptTypes, stripTypeScriptTypesAPI, isTypeScriptFile };
