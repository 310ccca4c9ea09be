'use strict';

// ES module resolution as node's ESM resolver does it (doc/api/esm.md,
// "Resolution algorithm"): URLs in, URLs out. Relative and absolute
// specifiers name exact files (no extension search, no directory index);
// bare specifiers go through node_modules and package.json "exports"
// (conditions node, import, module-sync and --conditions) or, lacking
// "exports", the package's "main" the legacy way; "#name" through
// "imports". The "exports" and "imports" matching itself is shared with
// require() (internal/modules/package_resolve.js). A URL of another scheme
// resolves to itself: loading it is what fails.

const path = require('path');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const { canBeRequiredByUsers, canBeRequiredWithScheme } = require('internal/modules/builtins');
const {
  readPackage,
  getPackageScope,
  packageExportsResolve,
  packageImportsResolve,
} = require('internal/modules/package_resolve');
const { flagValues, hasFlag } = require('internal/options');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_MODULE_NOT_FOUND,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');
const fsBinding = internalBinding('fs');

let defaultConditions;
// node, import, module-sync and the --conditions (-C) given, as node 22.
function importConditions() {
  defaultConditions ??= new Set(['node', 'import', 'module-sync',
                                 ...flagValues('--conditions', '-C')]);
  return defaultConditions;
}

// 0: missing, 1: file, 2: directory.
function kindOf(file) {
  const result = fsBinding.internalModuleStat(file);
  return result === 0 ? 1 : result === 1 ? 2 : 0;
}

function isRelative(specifier) {
  return specifier[0] === '/' ||
    (specifier[0] === '.' && (specifier.length === 1 || specifier[1] === '/' ||
      (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/'))));
}

// A parent URL as error messages show it: its path for file: URLs.
function displayParent(parentURL) {
  if (parentURL === undefined) return undefined;
  return parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
}

function parentPathOf(parentURL) {
  return parentURL !== undefined && parentURL.startsWith('file:') ?
    fileURLToPath(parentURL) : path.join(process.cwd(), '[eval]');
}

// `name` and the "./rest" subpath of a bare specifier ("@scope/pkg/x").
function parsePackageName(specifier, parentURL) {
  let end = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (end === -1 || specifier.length === end + 1) valid = false;
    else end = specifier.indexOf('/', end + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name[0] === '.' || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
                                           displayParent(parentURL));
  }
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

// A package without "exports": its "main" file, tried as node's legacy
// main resolution does, then index.js.
function legacyMainResolve(pkgDir, main, parentURL, type) {
  if (!main) main = undefined;
  const tries = [];
  if (main !== undefined) {
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
               `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  tries.push('index.js', 'index.json', 'index.node');
  for (let i = 0; i < tries.length; i++) {
    const file = path.resolve(pkgDir, tries[i]);
    if (kindOf(file) !== 1) continue;
    // Found by extension or index lookup in a "type": "module" package:
    // DEP0151 (not when a "main" that exists nowhere leaves index.js).
    if (type === 'module' && (main === undefined || (i > 0 && i < 7))) {
      warnLegacyMain(pkgDir, main, tries[i], parentURL);
    }
    return pathToFileURL(file);
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, displayParent(parentURL), 'package');
}

// DEP0151: a "main" found by extension or index lookup, once per package.
const legacyMainWarned = new Set();
function warnLegacyMain(pkgDir, main, found, parentURL) {
  if (legacyMainWarned.has(pkgDir)) return;
  legacyMainWarned.add(pkgDir);
  const base = displayParent(parentURL);
  const from = base === undefined ? '' : `, imported from ${base}`;
  const message = main === undefined ?
    `No "main" or "exports" field defined in the package.json for ${pkgDir}/ resolving the ` +
    `main entry point "${found}"${from}.\nDefault "index" lookups for the main are deprecated ` +
    'for ES modules.' :
    `Package ${pkgDir}/ has a "main" field set to "${main}", excluding the full filename and ` +
    `extension to the resolved file at "${found}"${from}.\n Automatic extension resolution of ` +
    'the "main" field is deprecated for ES modules.';
  process.emitWarning(message, 'DeprecationWarning', 'DEP0151');
}

// A path from "exports"/"imports" as a URL (its percent-escapes decoded
// by fileURLToPath later, as node resolves targets as URLs).
function targetURL(file) {
  return new URL(`file://${file.split('/').map(encodeSegment).join('/')}`);
}

function encodeSegment(segment) {
  // What a target may hold percent-encoded stays so; the rest is escaped.
  return segment.replace(/%(?![0-9a-fA-F]{2})|[\s#?"<>`{}^|\\]/g, (c) =>
    `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function packageResolve(specifier, parentURL, conditions) {
  const { name, subpath } = parsePackageName(specifier, parentURL);
  const parentPath = parentPathOf(parentURL);
  // A package may import itself by its own name through its "exports".
  const scope = getPackageScope(parentPath);
  if (scope !== null && scope.name === name && scope.exports != null) {
    return targetURL(packageExportsResolve(scope, subpath, displayParent(parentURL), conditions));
  }
  // The folder of the parent URL (itself when it ends with a slash).
  let dir = parentPath.endsWith('/') ? parentPath.slice(0, -1) || '/' : path.dirname(parentPath);
  for (;;) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (!dir.endsWith('/node_modules') && kindOf(pkgDir) === 2) {
      let pkg;
      try {
        pkg = readPackage(pkgDir);
      } catch (err) {
        if (err.code !== 'ERR_INVALID_PACKAGE_CONFIG') throw err;
        require('internal/modules/esm/syntax').setMessage(err,
          `Invalid package config ${err.path} while importing "${specifier}" from ` +
          `${displayParent(parentURL) ?? parentPath}.`);
        throw err;
      }
      if (pkg !== null && pkg.exports != null) {
        return targetURL(packageExportsResolve(pkg, subpath, displayParent(parentURL), conditions));
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg?.main, parentURL, pkg?.type);
      return new URL(subpath, pathToFileURL(`${pkgDir}/`));
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, displayParent(parentURL), 'package');
}

function packageImports(specifier, parentURL, conditions) {
  const result = packageImportsResolve(specifier, parentPathOf(parentURL), conditions);
  // A target naming another package.
  if (typeof result === 'object') return resolveBare(result.bare, parentURL, conditions);
  return targetURL(result);
}

function resolveBare(specifier, parentURL, conditions) {
  try {
    return new URL(specifier);
  } catch {
    return packageResolve(specifier, parentURL, conditions);
  }
}

// The file behind a file: URL, which must exist and not be a directory;
// symbolic links resolved unless --preserve-symlinks.
function finalizeFile(url, specifier, parentURL) {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname,
                                           'must not include encoded "/" or "\\" characters',
                                           displayParent(parentURL));
  }
  const file = fileURLToPath(url);
  const kind = kindOf(file.endsWith('/') ? file.slice(0, -1) : file);
  if (kind === 2) {
    throw withURL(new ERR_UNSUPPORTED_DIR_IMPORT(file, displayParent(parentURL)), url.href);
  }
  if (kind === 0) {
    throw withURL(new ERR_MODULE_NOT_FOUND(file, displayParent(parentURL)), url.href);
  }
  if (hasFlag('--preserve-symlinks')) return url;
  const real = pathToFileURL(require('internal/modules/cjs/loader').toRealPath(file));
  real.search = url.search;
  real.hash = url.hash;
  return real;
}

// err.url, defined (an Error.prototype.url setter is never run).
function withURL(err, url) {
  Object.defineProperty(err, 'url', {
    __proto__: null, value: url, writable: true, configurable: true, enumerable: true,
  });
  return err;
}

// Whether `parentURL` can be a base for relative and bare specifiers.
function isHierarchical(parentURL) {
  return parentURL === undefined || parentURL.startsWith('file:') ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(parentURL);
}

// resolve(specifier, parentURL) -> URL string: "node:x", "data:...",
// "file:///..." or a URL of another scheme.
function resolve(specifier, parentURL, conditions = importConditions()) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!canBeRequiredWithScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (canBeRequiredByUsers(specifier)) {
    return `node:${specifier}`;
  }
  let url;
  if (isRelative(specifier)) {
    if (!isHierarchical(parentURL)) {
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    url = new URL(specifier, parentURL ?? pathToFileURL(`${process.cwd()}/`).href);
  } else if (specifier[0] === '#') {
    if (!isHierarchical(parentURL)) {
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    url = packageImports(specifier, parentURL, conditions);
  } else {
    try {
      url = new URL(specifier);
    } catch {
      if (!isHierarchical(parentURL)) {
        throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
      }
      try {
        url = packageResolve(specifier, parentURL, conditions);
      } catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND') addCommonJSHint(err, specifier, parentURL);
        throw err;
      }
    }
  }
  if (url.protocol !== 'file:') return url.href;
  try {
    return finalizeFile(url, specifier, parentURL).href;
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') addCommonJSHint(err, specifier, parentURL);
    throw err;
  }
}

// What require() would have found for a specifier the ES module resolver
// could not: node's "Did you mean to import ...?" line.
function addCommonJSHint(err, specifier, parentURL) {
  if ((parentURL !== undefined && !parentURL.startsWith('file:')) || specifier[0] === '#') return;
  const parentPath = parentPathOf(parentURL);
  let found;
  try {
    // As node, the lookup starts from the working directory.
    const { Module } = require('internal/modules/cjs/loader');
    const from = path.join(process.cwd(), '[eval]');
    const parent = new Module(from, null);
    parent.filename = from;
    parent.paths = Module._nodeModulePaths(process.cwd());
    found = Module._resolveFilename(specifier, parent, false);
  } catch {
    return;
  }
  if (typeof found !== 'string' || !path.isAbsolute(found)) return;
  let hint;
  if (isRelative(specifier) && specifier[0] !== '/') {
    let relative = path.relative(path.dirname(parentPath), found);
    if (!relative.startsWith('../')) relative = `./${relative}`;
    hint = encodePath(relative);
  } else if (specifier[0] === '/') {
    hint = pathToFileURL(found).href;
  } else {
    const { name } = parsePackageName(specifier, parentURL);
    const marker = `/node_modules/${name}/`;
    const at = found.lastIndexOf(marker);
    hint = at === -1 ? pathToFileURL(found).href :
      `${name}/${encodePath(found.slice(at + marker.length))}`;
  }
  const message = `${err.message}\nDid you mean to import "${hint}"?`;
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, configurable: true, enumerable: false,
  });
  const { stack } = err;
  if (typeof stack === 'string') {
    const frames = stack.indexOf('\n    at ');
    Object.defineProperty(err, 'stack', {
      __proto__: null,
      value: `${err.name} [${err.code}]: ${message}${frames === -1 ? '' : stack.slice(frames)}`,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}

// A relative path written as a URL path: each segment percent-encoded.
function encodePath(relative) {
  return relative.split('/').map((segment) => (segment === '.' || segment === '..' ? segment :
    pathToFileURL(`/${segment}`).pathname.slice(1))).join('/');
}

module.exports = { resolve, importConditions, isRelative };
