'use strict';

// package.json reading and the "exports"/"imports" resolution algorithm of
// Node's module resolution spec. Written on file paths so both loaders use
// it: CommonJS passes the conditions require/node/node-addons, ESM (a later
// issue) import/node/node-addons.

const path = require('path');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
} = require('internal/errors');
const fsBinding = internalBinding('fs');

const packageCache = new Map();
const ObjectHasOwn = Object.hasOwn;

// The parsed package.json in `dir`, or null when there is none. Only the
// fields the loaders use are kept.
function readPackage(dir) {
  const jsonPath = path.join(dir, 'package.json');
  const cached = packageCache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  try {
    text = fsBinding.readFileUtf8(jsonPath, 0, true);  // undefined if absent
  } catch {
    text = undefined;  // unreadable (EISDIR, EACCES): no package.json here
  }
  if (text === undefined) {
    packageCache.set(jsonPath, null);
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const e = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, err.message);
    e.path = jsonPath;
    throw e;
  }
  // Only own fields count: user code may define getters on Object.prototype.
  const field = (name) => (parsed !== null && typeof parsed === 'object' &&
    ObjectHasOwn(parsed, name) ? parsed[name] : undefined);
  const name = field('name');
  const main = field('main');
  const type = field('type');
  const result = {
    __proto__: null,
    path: jsonPath,
    dir,
    name: typeof name === 'string' ? name : undefined,
    main: typeof main === 'string' ? main : undefined,
    exports: field('exports'),
    imports: field('imports'),
    type: type === 'module' || type === 'commonjs' ? type : 'none',
  };
  packageCache.set(jsonPath, result);
  return result;
}

// The package.json that governs `file`: the nearest one above it, not
// looking past a node_modules folder.
// Directory -> its package scope (or null), filled on the way up so that
// the modules of one tree share the walk.
const scopeCache = new Map();

function getPackageScope(file) {
  return scopeOfDir(path.dirname(file));
}

function scopeOfDir(dir) {
  const cached = scopeCache.get(dir);
  if (cached !== undefined) return cached;
  let scope;
  if (dir.endsWith('/node_modules')) {
    scope = null;
  } else {
    scope = readPackage(dir);
    if (scope === null) {
      const parent = path.dirname(dir);
      scope = parent === dir ? null : scopeOfDir(parent);
    }
  }
  scopeCache.set(dir, scope);
  return scope;
}

function isConditionalSugar(exports, pkgPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isSugar = curIsSugar;
    } else if (isSugar !== curIsSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(
        pkgPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isSugar;
}

// Node's ordering of pattern keys: longer prefix first, then longer key.
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// A segment ".", "..", or "node_modules" (also percent-encoded) may not
// appear in a target or in what a pattern expands to.
function hasInvalidSegment(s) {
  for (const raw of s.split(/[\\/]/)) {
    let seg = raw.toLowerCase();
    if (seg.includes('%')) {
      seg = seg.replace(/%2e/g, '.').replace(/%5f/g, '_').replace(/%6e|%4e/g, 'n')
        .replace(/%6f|%4f/g, 'o').replace(/%64|%44/g, 'd').replace(/%65|%45/g, 'e')
        .replace(/%6d|%4d/g, 'm').replace(/%75|%55/g, 'u').replace(/%6c|%4c/g, 'l')
        .replace(/%73|%53/g, 's');
    }
    if (seg === '.' || seg === '..' || seg === 'node_modules') return true;
  }
  return false;
}

function hasEmptySegment(s) {
  return s !== '' && s.split(/[\\/]/).includes('');
}

function invalidTarget(pkgDir, key, target, internal, base) {
  return new ERR_INVALID_PACKAGE_TARGET(`${pkgDir}/`, key, target, internal, base);
}

function resolveTargetString(target, subpath, key, pkgDir, base, pattern, internal) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(pkgDir, key, target, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      // "imports" may map to another package: resolved by the caller.
      let bare;
      try {
        new URL(target);
      } catch {
        bare = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
      }
      if (bare !== undefined) return { bare };
    }
    throw invalidTarget(pkgDir, key, target, internal, base);
  }
  if (hasInvalidSegment(target.slice(2))) throw invalidTarget(pkgDir, key, target, internal, base);
  const request = pattern ? key.replace('*', () => subpath) : key + subpath;
  // Empty segments ("//", or a pattern match with a slash at an end) still
  // resolve, with node's DEP0166 (not for a "pkg/x/" request: DEP0155 is).
  if (hasEmptySegment(target.slice(2).replace(/\/$/, '')) ||
      (pattern && !request.endsWith('/') && hasEmptySegment(subpath))) {
    const resolvedTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
    const kind = (request + resolvedTarget).includes('//') ? 'double slash' :
      'leading or trailing slash matching';
    process.emitWarning(
      `Use of deprecated ${kind} resolving "${resolvedTarget}" for module request "${request}"` +
      `${pattern ? ` matched to "${key}"` : ''} in the "${internal ? 'imports' : 'exports'}" ` +
      `field module resolution of the package at ${pkgDir}/package.json` +
      `${base ? ` imported from ${base}` : ''}.`, 'DeprecationWarning', 'DEP0166');
  }
  const resolved = path.resolve(pkgDir, target);
  if (resolved !== pkgDir && !resolved.startsWith(pkgDir + '/')) {
    throw invalidTarget(pkgDir, key, target, internal, base);
  }
  if (subpath === '') return resolved;
  if (hasInvalidSegment(subpath)) {
    const request = pattern ? key.replace('*', () => subpath) : key + subpath;
    throw new ERR_INVALID_MODULE_SPECIFIER(
      request,
      `request is not a valid match in pattern "${key}" for the "${internal ? 'imports' : 'exports'}" ` +
      `resolution of ${pkgDir}/package.json`, base);
  }
  if (pattern) return path.resolve(pkgDir, target.replace(/\*/g, () => subpath));
  return resolved + subpath;
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// Returns a path, { bare } for an "imports" target naming a package, null
// for an explicit null target, or undefined when no condition matched.
function resolveTarget(pkgDir, target, subpath, key, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolveTargetString(target, subpath, key, pkgDir, base, pattern, internal);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const item of target) {
      let result;
      try {
        result = resolveTarget(pkgDir, item, subpath, key, base, pattern, internal, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastException = null;
        continue;
      }
      return result;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (isArrayIndex(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}/package.json`, base,
                                             '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || conditions.has(k)) {
        const result = resolveTarget(pkgDir, target[k], subpath, key, base, pattern, internal,
                                     conditions);
        if (result === undefined) continue;
        return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, internal, base);
}

// The best matching key of an exports/imports map for `request`.
function matchKey(map, request) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*')) {
    return { key: request, subpath: '', pattern: false };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex === -1 || !request.startsWith(key.slice(0, patternIndex))) continue;
    const trailer = key.slice(patternIndex + 1);
    if (request.length >= key.length && request.endsWith(trailer) &&
        patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
      bestMatch = key;
      bestSubpath = request.slice(patternIndex, request.length - trailer.length);
    }
  }
  return bestMatch ? { key: bestMatch, subpath: bestSubpath, pattern: true } : null;
}

// DEP0155, once per package and request.
const trailingSlashWarned = new Set();
function warnTrailingSlash(pjsonPath, request, base) {
  const key = `${pjsonPath}\0${request}`;
  if (trailingSlashWarned.has(key)) return;
  trailingSlashWarned.add(key);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${request}" in the "exports" field ` +
    `module resolution of the package at ${pjsonPath}${base ? ` imported from ${base}` : ''}. ` +
    'Mapping specifiers ending in "/" is no longer supported.', 'DeprecationWarning', 'DEP0155');
}

// `subpath` is "." or "./x" of package `pkg` (from readPackage).
function packageExportsResolve(pkg, subpath, base, conditions) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkg.path, base)) exports = { '.': exports };
  const match = matchKey(exports, subpath);
  if (match !== null && match.pattern && subpath.endsWith('/')) {
    warnTrailingSlash(pkg.path, subpath, base);
  }
  if (match !== null && !(match.pattern === false && subpath.endsWith('/'))) {
    const result = resolveTarget(pkg.dir, exports[match.key], match.subpath, match.key, base,
                                 match.pattern, false, conditions);
    if (result != null && typeof result === 'string') return result;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkg.dir}/`, subpath, base);
}

// `#name` from the package that contains `parentFile`.
function packageImportsResolve(name, parentFile, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           parentFile);
  }
  const pkg = parentFile ? getPackageScope(parentFile) : null;
  if (pkg !== null && pkg.imports !== null && typeof pkg.imports === 'object') {
    const match = matchKey(pkg.imports, name);
    if (match !== null) {
      const result = resolveTarget(pkg.dir, pkg.imports[match.key], match.subpath, match.key,
                                   parentFile, match.pattern, true, conditions);
      if (result != null) return result;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkg ? `${pkg.dir}/` : undefined, parentFile);
}

module.exports = {
  readPackage,
  getPackageScope,
  packageExportsResolve,
  packageImportsResolve,
  packageCache,
};
