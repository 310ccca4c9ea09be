'use strict';

// CommonJS, as Node does it: Module with _load/_resolveFilename/_findPath,
// node_modules lookup, package.json "main"/"exports"/"imports", the
// extension handlers, require.cache and require.resolve. Tools patch these
// statics (Module._load, Module._resolveFilename, Module._extensions,
// Module.wrap), so every load goes through them.

const path = require('path');
const { compileFunction, runInThisContext } = internalBinding('contextify');
const {
  compileCacheStatus, enableCompileCache, getCompileCacheDir, flushCompileCache,
} = require('internal/modules/compile_cache');
const fsBinding = internalBinding('fs');
const { setScriptPrivate } = require('internal/modules/esm/host').install();
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_REQUIRE_CYCLE_MODULE,
    ERR_REQUIRE_ESM,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  readPackage,
  getPackageScope,
  packageExportsResolve,
  packageImportsResolve,
} = require('internal/modules/package_resolve');
const builtins = require('internal/modules/builtins');
const { isProxy } = internalBinding('types');

// User code may delete or replace builtins (Array.prototype[Symbol.iterator],
// Map.prototype.get, ...): the loader keeps its own references, taken here.
const ObjectPrototype = Object.prototype;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectHasOwn = Object.hasOwn;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ArrayIsArray = Array.isArray;
const ReflectApply = Reflect.apply;
const ReflectGet = Reflect.get;
const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
const MapGet = uncurry(Map.prototype.get);
const MapSet = uncurry(Map.prototype.set);
const WeakMapGet = uncurry(WeakMap.prototype.get);
const WeakMapSet = uncurry(WeakMap.prototype.set);
const WeakMapHas = uncurry(WeakMap.prototype.has);
const WeakSetHas = uncurry(WeakSet.prototype.has);
const WeakSetAdd = uncurry(WeakSet.prototype.add);
const WeakSetDelete = uncurry(WeakSet.prototype.delete);
const ArrayPush = uncurry(Array.prototype.push);
const ArrayIncludes = uncurry(Array.prototype.includes);
const ArrayIndexOf = uncurry(Array.prototype.indexOf);
const ArraySplice = uncurry(Array.prototype.splice);
const ArrayJoin = uncurry(Array.prototype.join);
const ArraySlice = uncurry(Array.prototype.slice);
const StringStartsWith = uncurry(String.prototype.startsWith);
const StringEndsWith = uncurry(String.prototype.endsWith);
const StringSlice = uncurry(String.prototype.slice);
const StringIndexOf = uncurry(String.prototype.indexOf);
const StringLastIndexOf = uncurry(String.prototype.lastIndexOf);
const RegExpTest = uncurry(RegExp.prototype.test);
const RegExpExec = uncurry(RegExp.prototype.exec);

// Export conditions: Node's (module-sync while require() loads ES modules),
// plus any given with --conditions / -C.
const cjsConditions = new Set(['require', 'node', 'node-addons', ...userConditions()]);
function userConditions() {
  const { flagValues, hasFlag } = require('internal/options');
  const conditions = flagValues('--conditions', '-C');
  if (!hasFlag('--no-experimental-require-module')) conditions.unshift('module-sync');
  return conditions;
}
const moduleParentCache = new WeakMap();
// Stats are cached only while a top-level module body runs (its synchronous
// requires), and only for paths that exist: a file created later is found.
let statCache = null;
const realpathCache = new Map();
let requireDepth = 0;

let pendingDeprecation;
function isPendingDeprecation() {
  if (pendingDeprecation === undefined) {
    pendingDeprecation = require('internal/options').hasFlag('--pending-deprecation') ||
      process.env.NODE_PENDING_DEPRECATION === '1';
  }
  return pendingDeprecation;
}

// --preserve-symlinks (or NODE_PRESERVE_SYMLINKS=1): modules are identified
// by the path they were found at, not their real path; the main module only
// with --preserve-symlinks-main.
let preserveSymlinks;
let preserveSymlinksMain;
function readSymlinkOptions() {
  if (preserveSymlinks === undefined) {
    preserveSymlinks = require('internal/options').hasFlag('--preserve-symlinks') ||
      process.env.NODE_PRESERVE_SYMLINKS === '1';
    preserveSymlinksMain = require('internal/options').hasFlag('--preserve-symlinks-main');
  }
}

function stat(filename) {
  if (statCache !== null) {
    const cached = MapGet(statCache, filename);
    if (cached !== undefined) return cached;
  }
  const result = fsBinding.internalModuleStat(filename);
  if (statCache !== null && result >= 0) MapSet(statCache, filename, result);
  return result;
}

const kSymlinkMode = internalBinding('constants').fs.S_IFLNK;
const kTypeMask = internalBinding('constants').fs.S_IFMT;

// realpath with every resolved prefix cached, as Node does: a tree of
// modules costs one lstat per new path component, not one per component
// of every file (what realpath(3) would do).
function toRealPath(requestPath, depth = 0) {
  let real = MapGet(realpathCache, requestPath);
  if (real !== undefined) return real;
  const parent = path.dirname(requestPath);
  if (parent === requestPath || depth > 40) {
    real = fsBinding.realpath(requestPath);  // the root, or a symlink loop
  } else {
    const realParent = toRealPath(parent, depth + 1);
    const base = StringSlice(requestPath, parent === '/' ? 1 : parent.length + 1);
    const candidate = realParent === '/' ? `/${base}` : `${realParent}/${base}`;
    const mode = fsBinding.lstat(candidate)[1];
    if ((mode & kTypeMask) === kSymlinkMode) {
      const target = fsBinding.readlink(candidate);
      real = toRealPath(path.resolve(realParent, target), depth + 1);
    } else {
      real = candidate;
    }
  }
  MapSet(realpathCache, requestPath, real);
  return real;
}

// --- Module ----------------------------------------------------------------

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', {
    value: {}, writable: true, configurable: true, enumerable: true,
  });
  WeakMapSet(moduleParentCache, this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function getModuleParent() {
  return WeakMapGet(moduleParentCache, this);
}
function setModuleParent(value) {
  WeakMapSet(moduleParentCache, this, value);
}
{
  const kParentMessage = 'module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.';
  const pending = isPendingDeprecation();
  const { deprecate } = pending ? require('internal/util') : {};
  Object.defineProperty(Module.prototype, 'parent', {
    get: pending ? deprecate(getModuleParent, kParentMessage, 'DEP0144') : getModuleParent,
    set: pending ? deprecate(setModuleParent, kParentMessage, 'DEP0144') : setModuleParent,
    enumerable: false,
    configurable: true,
  });
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && ArrayIncludes(children, child))) ArrayPush(children, child);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtins.publicIds.slice();
Object.freeze(Module.builtinModules);
Module.isBuiltin = builtins.isBuiltin;
Module.Module = Module;

let wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapperProxy = new Proxy(wrapper, {
  set(target, property, value) {
    patched = true;
    return Reflect.set(target, property, value);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
let patched = false;
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
  configurable: true,
  enumerable: false,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
  configurable: true,
  enumerable: false,
});

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  // '/a/node_modules/b' -> /a/node_modules/b/node_modules, /a/node_modules,
  // /node_modules: never a node_modules folder inside another.
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    ArrayPush(paths, `${ArrayJoin(ArraySlice(parts, 0, i), '/')}/node_modules`);
  }
  ArrayPush(paths, '/node_modules');
  return paths;
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    const extra = nodePath.split(path.delimiter).filter(Boolean);
    paths.unshift(...extra);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};
let modulePaths = [];

function isRelative(request) {
  return request === '.' || request === '..' || StringStartsWith(request, './') ||
    StringStartsWith(request, '../');
}

// 'fs' or 'node:fs' (any builtin reachable with the scheme): the id, else
// undefined.
function normalizeRequirableId(request) {
  if (StringStartsWith(request, 'node:')) {
    const id = StringSlice(request, 5);
    if (builtins.canBeRequiredWithScheme(id)) return id;
  } else if (builtins.canBeRequiredByUsers(request)) {
    return request;
  }
  return undefined;
}

Module._resolveLookupPaths = function(request, parent) {
  if (normalizeRequirableId(request) !== undefined) return null;
  if (!isRelative(request)) {
    let paths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  readSymlinkOptions();
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${pkg.path}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function finalizeResolution(resolved, parentPath, pkgPath) {
  if (RegExpTest(/%2f|%5c/i, resolved)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved, 'must not include encoded "/" or "\\" characters',
                                           parentPath);
  }
  // "exports" and "imports" targets are URLs: their escapes are decoded.
  if (StringIndexOf(resolved, '%') !== -1) {
    try {
      resolved = decodeURIComponent(resolved);
    } catch {
      // Not an escape sequence: the name as written.
    }
  }
  const actual = tryFile(resolved);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgPath) err.path = path.resolve(pkgPath, 'package.json');
  throw err;
}

// require('pkg/sub') against a package with "exports" in `nmPath`.
function resolveExports(nmPath, request) {
  const match = RegExpExec(/^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/, request);
  if (!match) return undefined;
  const pkgPath = path.resolve(nmPath, match[1]);
  const pkg = readPackage(pkgPath);
  if (pkg && pkg.exports != null) {
    return finalizeResolution(
      packageExportsResolve(pkg, `.${match[2] || ''}`, null, cjsConditions), null, pkgPath);
  }
  return undefined;
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = getPackageScope(parentPath);
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (StringStartsWith(request, `${pkg.name}/`)) {
    expansion = `.${StringSlice(request, pkg.name.length)}`;
  } else {
    return false;
  }
  return finalizeResolution(packageExportsResolve(pkg, expansion, parentPath, cjsConditions),
                            parentPath, pkg.dir);
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + ArrayJoin(paths, '\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  let exts;
  const trailingSlash = request.length > 0 &&
    (StringEndsWith(request, '/') || RegExpTest(trailingSlashRegex, request));
  // A request that climbs out of the lookup folder ('../x') is still tried
  // when that folder is gone.
  const insidePath = !(isRelative(request) && StringStartsWith(path.normalize(request), '..'));
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        readSymlinkOptions();
        filename = (isMain ? preserveSymlinksMain : preserveSymlinks) ?
          path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) {
        if (exts === undefined) exts = ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (normalizeRequirableId(request) !== undefined) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!ArrayIncludes(paths, lookupPaths[j])) ArrayPush(paths, lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const parentPath = parent && (parent.filename || (parent.id === '<repl>' ? null : parent.id));
  // "#name" through the "imports" of the package.json in scope, if any
  // (else a folder of that name in node_modules, as before "imports").
  const scope = request[0] === '#' && parentPath ? getPackageScope(parentPath) : null;
  if (scope !== null && scope.imports != null) {
    const resolved = packageImportsResolve(request, parentPath, cjsConditions);
    if (typeof resolved === 'object') return Module._resolveFilename(resolved.bare, parent, isMain);
    return finalizeResolution(resolved, parentPath, scope.dir);
  }

  if (parentPath) {
    const selfResolved = trySelf(parentPath, request);
    if (selfResolved) return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = WeakMapGet(moduleParentCache, cursor)) {
    ArrayPush(requireStack, cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message += `\nRequire stack:\n- ${ArrayJoin(requireStack, '\n- ')}`;
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// While a module is still loading, a circular require() gets its exports
// with a prototype that warns about reads of properties not (yet) there.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    // __esModule is probed by transpiled code; 'then' and the like exist on
    // Object.prototype or are commonly probed by tooling.
    if (prop in target || prop === '__esModule') return ReflectGet(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (ObjectHasOwn(target, prop) || prop === '__esModule') {
      return ObjectGetOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && ObjectGetPrototypeOf(exports) === ObjectPrototype &&
      !exports.__esModule) {
    ObjectSetPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

Module._load = function(request, parent, isMain) {
  if (StringStartsWith(request, 'node:')) {
    const id = StringSlice(request, 5);
    if (!builtins.canBeRequiredWithScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return builtins.load(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) {
      if (WeakSetHas(loadingEsm, cachedModule)) throw esmCycleError(cachedModule);
      // Put there by an import that has not run it yet: it runs now.
      if (!WeakSetHas(importedNotRun, cachedModule)) return getExportsForCircularRequire(cachedModule);
      return loadModule(cachedModule, filename, parent);
    }
    return cachedModule.exports;
  }
  if (builtins.canBeRequiredByUsers(filename)) return builtins.load(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  return loadModule(module, filename, parent);
};

function loadModule(module, filename, parent) {
  const imported = WeakSetHas(importedNotRun, module);
  if (imported) WeakSetDelete(importedNotRun, module);
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        if (ArrayIsArray(children)) {
          const index = ArrayIndexOf(children, module);
          if (index !== -1) ArraySplice(children, index, 1);
        }
      }
    } else if (module.exports && !isProxy(module.exports) &&
               ObjectGetPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  if (imported) WeakMapSet(importedExports, module, module.exports);
  return module.exports;
}

// A CommonJS module an ES module imports is in require.cache from when the
// import graph loads, not run until the graph runs it (or a require() does
// first). What it exported when it finished running is what the import
// sees, as in node.
const importedNotRun = new WeakSet();
const importedExports = new WeakMap();

function cacheForImport(filename) {
  let module = Module._cache[filename];
  if (module === undefined) {
    module = new Module(filename, undefined);
    Module._cache[filename] = module;
    WeakSetAdd(importedNotRun, module);
  }
  return module;
}

// The exports of `module` (from cacheForImport) for its importers.
function exportsForImport(module, filename) {
  if (!module.loaded) {
    if (Module._cache[filename] !== module) {
      // Taken out of require.cache meanwhile: its own load.
      Module._cache[filename] = module;
      WeakSetAdd(importedNotRun, module);
    }
    if (WeakSetHas(importedNotRun, module)) return loadModule(module, filename, undefined);
    return getExportsForCircularRequire(module);
  }
  return WeakMapHas(importedExports, module) ? WeakMapGet(importedExports, module) : module.exports;
}

// Whether `filename` is a CommonJS module part way through running.
function isLoadingCommonJS(filename) {
  const module = Module._cache[filename];
  return module !== undefined && !module.loaded && !WeakSetHas(importedNotRun, module);
}

// The last segment of an absolute, normalized path (what path.basename
// gives, without depending on it).
function lastSegment(filename) {
  return StringSlice(filename, StringLastIndexOf(filename, '/') + 1);
}

function findLongestRegisteredExtension(filename) {
  const name = lastSegment(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = StringIndexOf(name, '.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = StringSlice(name, index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

// eddy --watch: the supervising process learns each file the program loads.
let reportLoadedFile;
function watchLoadedFiles(report) {
  reportLoadedFile = report;
}

Module.prototype.load = function(filename) {
  if (reportLoadedFile !== undefined) reportLoadedFile(filename);
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (StringEndsWith(filename, '.mjs') && !Module._extensions['.mjs']) {
    loadEsm(this, filename);
  } else {
    Module._extensions[extension](this, filename);
  }
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// Whether `filename` fails to compile as CommonJS because of import/export
// statements.
function hasEsmSyntax(filename) {
  try {
    compileFunction(fsBinding.readFileUtf8(filename, 0), filename, kParams);
  } catch (err) {
    return err instanceof SyntaxError && RegExpTest(/\b(import|export)\b/, err.message);
  }
  return false;
}

// With --no-experimental-require-module, require() of an ES module is
// refused, as before node 22.12: the error says what to do.
function requireEsmError(module, filename, pkg) {
  const parent = WeakMapGet(moduleParentCache, module);
  const parentPath = parent && parent.filename;
  const err = new ERR_REQUIRE_ESM(filename);
  let message = `require() of ES Module ${filename}` +
    `${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (pkg === null) {
    message += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
      'available in all CommonJS modules.';
  } else {
    const base = parentPath && lastSegment(filename) === lastSegment(parentPath) ?
      filename : lastSegment(filename);
    if (hasEsmSyntax(filename)) {
      message += `\nInstead change the require of ${base} in ${parentPath} to a dynamic ` +
        'import() which is available in all CommonJS modules.';
    } else {
      message += `\n${base} is treated as an ES module file as it is a .js file whose nearest ` +
        'parent package.json contains "type": "module" which declares all .js files in that ' +
        `package scope as ES modules.\nInstead either rename ${base} to end in .cjs, change the ` +
        'requiring code to use dynamic import() which is available in all CommonJS modules, ' +
        'or change "type": "module" to "type": "commonjs" in ' +
        `${pkg.path} to treat all .js files as CommonJS (using .mjs for all ES modules ` +
        'instead).\n';
    }
  }
  require('internal/modules/esm/syntax').setMessage(err, message);
  return err;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

const kParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// import() in a CommonJS module goes to the ES module loader, loaded on
// first use (see internal/modules/esm/host.js).
class CommonJSReferrer {
  constructor(filename) {
    this.filename = filename;
  }

  importDynamic(specifier, type) {
    const { pathToFileURL } = require('internal/url');
    return require('internal/modules/esm/loader').importModule(
      specifier, pathToFileURL(this.filename).href, type);
  }
}

function wrapSafe(filename, content) {
  const referrer = new CommonJSReferrer(filename);
  if (patched) {
    // A tool replaced Module.wrap or Module.wrapper: honour its text.
    return runInThisContext(Module.wrap(content), filename, 0, referrer);
  }
  const fn = compileFunction(content, filename, kParams, getCompileCacheDir());
  setScriptPrivate(fn, referrer);
  return fn;
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = wrapSafe(filename, content);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const topLevel = requireDepth === 0;
  if (topLevel) statCache = new Map();
  try {
    return ReflectApply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
  } finally {
    if (topLevel) statCache = null;
  }
};

// require() of an ES module (node 22.12+): its namespace, or what it
// exports as "module.exports". While it loads, a require() of it again
// (from a CommonJS module its graph runs) is a cycle require() cannot run.
const loadingEsm = new WeakSet();

function loadEsm(module, filename, pkg = null) {
  if (require('internal/options').hasFlag('--no-experimental-require-module')) {
    throw requireEsmError(module, filename, pkg);
  }
  const parent = WeakMapGet(moduleParentCache, module);
  traceRequireModule(parent, filename);
  WeakSetAdd(loadingEsm, module);
  let namespace;
  try {
    namespace = require('internal/modules/esm/loader').requireModule(
      filename, parent && parent.filename);
  } finally {
    WeakSetDelete(loadingEsm, module);
  }
  module.exports = 'module.exports' in namespace ? namespace['module.exports'] : namespace;
}

// --trace-require-module=all|no-node-modules: an ExperimentalWarning for
// each require() of an ES module (by code outside node_modules).
function traceRequireModule(parent, filename) {
  const mode = require('internal/options').flagValues('--trace-require-module');
  if (mode.length === 0) return;
  const last = mode[mode.length - 1];
  const from = parent && parent.filename;
  if (last !== 'all' && (last !== 'no-node-modules' ||
                         (from && StringIndexOf(from, '/node_modules/') !== -1))) {
    return;
  }
  process.emitWarning(
    `CommonJS module ${from} is loading ES Module ${filename} using require().\n` +
    'Support for loading ES Module in require() is an experimental feature and might change ' +
    'at any time', 'ExperimentalWarning', undefined, Module.prototype.require);
}

function esmCycleError(module) {
  const parent = WeakMapGet(moduleParentCache, module);
  const from = parent && (parent.filename || parent.id);
  return new ERR_REQUIRE_CYCLE_MODULE(
    `Cannot require() ES Module ${module.filename || module.id} in a cycle.` +
    `${from ? ` (from ${from})` : ''}`);
}

// The format the '.js' handler gives `filename`: 'module', 'commonjs' or,
// for a .js or extension-less file of no declared type, 'detect' (node 22
// runs one that only parses as a module as one).
function formatForRequire(filename) {
  const name = lastSegment(filename);
  const dot = StringLastIndexOf(name, '.');
  const ext = dot > 0 ? StringSlice(name, dot) : '';
  if (ext !== '.js' && ext !== '') return 'commonjs';
  const pkg = getPackageScope(filename);
  let type = pkg === null ? 'none' : pkg.type;
  if (type === 'none' && StringIndexOf(filename, '/node_modules/') === -1) {
    const values = require('internal/options').flagValues('--experimental-default-type');
    if (values.length > 0) type = values[values.length - 1];
  }
  if (type === 'module' || type === 'commonjs') return type;
  return require('internal/options').hasFlag('--no-experimental-detect-module') ?
    'commonjs' : 'detect';
}

Module._extensions['.js'] = function(module, filename) {
  const format = formatForRequire(filename);
  if (format === 'module') {
    loadEsm(module, filename, getPackageScope(filename));
    return;
  }
  const content = stripBOM(fsBinding.readFileUtf8(filename, 0));
  try {
    module._compile(content, filename);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    if (format === 'detect' &&
        !require('internal/options').hasFlag('--no-experimental-require-module')) {
      const { isModuleSyntaxError } = require('internal/modules/esm/syntax');
      const esm = require('internal/modules/esm/loader');
      const { pathToFileURL } = require('internal/url');
      const url = pathToFileURL(filename).href;
      if (esm.detectModule(content, filename, url,
                           isModuleSyntaxError(err, filename) ? err : undefined) !== null) {
        if (StringEndsWith(filename, '.js')) esm.warnTypeless(getPackageScope(filename), url, filename);
        if (module.id === '.') runEsmMain(filename);
        else loadEsm(module, filename);
        return;
      }
    }
    explainCommonJSSyntaxError(err, filename, module);
    throw err;
  }
};

// A compile error of `filename` caused by module syntax gets node's
// wording, and a warning saying how to have it run as a module.
function explainCommonJSSyntaxError(err, filename, module) {
  if (err.fileName !== filename) return;
  const { rewordScriptSyntaxError } = require('internal/modules/esm/syntax');
  if (!rewordScriptSyntaxError(err)) return;
  const message = `Failed to load the ES module: ${filename}. Make sure to set "type": ` +
    '"module" in the nearest package.json file or use the .mjs extension.';
  if (module.id !== '.') {
    process.emitWarning(message);
    return;
  }
  // The entry point failing ends the process before a later tick: the
  // warning goes out now.
  const warning = new Error(message);
  warning.name = 'Warning';
  process.emit('warning', warning);
}

// The entry point as an ES module: it runs asynchronously (top-level
// await), its errors are uncaught exceptions.
function runEsmMain(filename) {
  process.mainModule = undefined;
  const { pathToFileURL } = require('internal/url');
  require('internal/modules/esm/loader').runMain(pathToFileURL(filename).href);
}

function defaultTypeIsModule() {
  const values = require('internal/options').flagValues('--experimental-default-type');
  return values.length > 0 && values[values.length - 1] === 'module';
}

// Under --experimental-default-type=module the entry point is a path as
// written (no extension or index lookup): node's ENOENT, with the file
// require() would have found.
function checkMainExists(main) {
  const filename = path.resolve(main);
  if (stat(filename) >= 0) return;
  try {
    require('fs').lstatSync(filename);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    let found;
    try {
      found = Module._resolveFilename(main, null, true);
    } catch {
      throw err;
    }
    require('internal/modules/esm/syntax').setMessage(
      err, `${err.message}\nDid you mean to import "${found}"?`);
    throw err;
  }
}

// node runs the entry point as an ES module when it is .mjs, or in the
// scope of a "type": "module" package.json whatever its extension (but .cjs).
function isEsmEntry(filename) {
  if (StringEndsWith(filename, '.mjs')) return true;
  if (StringEndsWith(filename, '.cjs')) return false;
  const pkg = getPackageScope(filename);
  if (pkg !== null && pkg.type === 'module') return true;
  return formatForRequire(filename) === 'module';
}

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename, 0);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get() { return process.mainModule; },
    set(v) { Object.defineProperty(require, 'main', { value: v, writable: true, configurable: true, enumerable: true }); },
    enumerable: true,
    configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    const { fileURLToPath } = require('internal/url');
    filepath = fileURLToPath(filename);
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  if (!path.isAbsolute(filepath)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function(main = process.argv[1]) {
  if (defaultTypeIsModule()) checkMainExists(main);
  const filename = Module._resolveFilename(main, null, true);
  if (isEsmEntry(filename)) {
    readSymlinkOptions();
    runEsmMain(preserveSymlinksMain ? filename : toRealPath(filename));
    return;
  }
  Module._load(main, null, true);
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });
Module.enableCompileCache = enableCompileCache;
Module.getCompileCacheDir = getCompileCacheDir;
Module.flushCompileCache = flushCompileCache;
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  throw require('internal/errors').notImplemented('module.register');
};
Module.SourceMap = class SourceMap {
  constructor() { throw require('internal/errors').notImplemented('module.SourceMap'); }
};
Module._stat = stat;
Module._readPackage = readPackage;

Module._initPaths();

module.exports = {
  Module, CommonJSReferrer, makeRequireFunction, stripBOM, toRealPath, watchLoadedFiles,
  cacheForImport, exportsForImport, isLoadingCommonJS,
};
