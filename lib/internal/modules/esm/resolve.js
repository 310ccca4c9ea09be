'use strict';

// ES module resolution as node's ESM resolver does it (doc/api/esm.md,
// "Resolution algorithm"): URLs in, URLs out. Relative and absolute
// specifiers name exact files (no extension search, no directory index);
// bare specifiers go through node_modules and package.json "exports"
// (conditions import, node, ...) or, lacking "exports", the package's
// "main" the legacy way; "#name" through "imports". The "exports" and
// "imports" matching itself is shared with require()
// (internal/modules/package_resolve.js).

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
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');
const fsBinding = internalBinding('fs');

let defaultConditions;
// import, node, the --conditions (-C) given, then module-sync, as node 22.
function importConditions() {
  defaultConditions ??= ['node', 'import', ...flagValues('--conditions', '-C'), 'module-sync'];
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
function legacyMainResolve(pkgDir, main, parentURL) {
  const tries = [];
  if (main !== undefined) {
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
               `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  tries.push('index.js', 'index.json', 'index.node');
  for (const candidate of tries) {
    const file = path.resolve(pkgDir, candidate);
    if (kindOf(file) === 1) return file;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, displayParent(parentURL), 'package');
}

function packageResolve(specifier, parentURL, conditions) {
  const { name, subpath } = parsePackageName(specifier, parentURL);
  const parentPath = parentPathOf(parentURL);
  // A package may import itself by its own name through its "exports".
  const scope = getPackageScope(parentPath);
  if (scope !== null && scope.name === name && scope.exports != null) {
    return packageExportsResolve(scope, subpath, displayParent(parentURL), conditions);
  }
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (!dir.endsWith('/node_modules') && kindOf(pkgDir) === 2) {
      const pkg = readPackage(pkgDir);
      if (pkg !== null && pkg.exports != null) {
        return packageExportsResolve(pkg, subpath, displayParent(parentURL), conditions);
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg?.main, parentURL);
      return path.join(pkgDir, subpath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, displayParent(parentURL), 'package');
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
  if (kind === 2) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, displayParent(parentURL));
  if (kind === 0) {
    const err = new ERR_MODULE_NOT_FOUND(file, displayParent(parentURL));
    err.url = url.href;
    throw err;
  }
  if (hasFlag('--preserve-symlinks')) return url;
  const real = pathToFileURL(require('internal/modules/cjs/loader').toRealPath(file));
  real.search = url.search;
  real.hash = url.hash;
  return real;
}

// resolve(specifier, parentURL) -> URL string: "node:x", "data:..." or
// "file:///...".
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
    url = new URL(specifier, parentURL ?? pathToFileURL(`${process.cwd()}/`).href);
  } else if (specifier[0] === '#') {
    url = pathToFileURL(packageImportsResolve(specifier, parentPathOf(parentURL), conditions));
  } else {
    try {
      url = new URL(specifier);
    } catch {
      url = pathToFileURL(packageResolve(specifier, parentURL, conditions));
    }
  }
  if (url.protocol === 'data:' || url.protocol === 'node:') return url.href;
  if (url.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url.protocol);
  return finalizeFile(url, specifier, parentURL).href;
}

module.exports = { resolve, importConditions };
