'use strict';

// The ES module loader. One entry per URL, each holding the engine's module
// record. The core is synchronous: files are read with blocking reads, the
// whole graph is loaded before the engine links it (its resolve hook then
// only looks records up), so that require() of an ES module can run the
// same road as import(); import() is that road behind a promise.
//
// Formats: 'module' (source text), 'commonjs', 'json' and 'builtin'
// (modules JS fills in: see syntheticSource in host.js). A CommonJS module
// runs when the graph evaluates it, through require's own loader; its named
// exports are those cjs-module-lexer finds in its source, as in node. A
// JSON module is the object require() has (or puts) in require.cache.
//
// The engine does not say which modules are being evaluated: linking one
// that is (the only way require() could reach it) fails, which is how a
// require() inside a cycle is told apart (isEvaluating).

const path = require('path');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');
const { install, syntheticSource, syntheticSlot } = require('internal/modules/esm/host');
const { resolve } = require('internal/modules/esm/resolve');
const { isTypeScriptFile, stripTypeScriptTypes } = require('internal/modules/typescript');
const { findTopLevelAwait, positionOf, setMessage } = require('internal/modules/esm/syntax');
const { getPackageScope } = require('internal/modules/package_resolve');
const { flagValues, hasFlag } = require('internal/options');
const { getPromiseDetails, constants: { kPending, kRejected } } = internalBinding('util');
const {
  codes: {
    ERR_IMPORT_ATTRIBUTE_MISSING,
    ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE,
    ERR_INPUT_TYPE_NOT_ALLOWED,
    ERR_INVALID_ARG_TYPE,
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_REQUIRE_CYCLE_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');
const fsBinding = internalBinding('fs');

const binding = install();

function requestKey(specifier, type) {
  return `${type}:${specifier}`;
}

class ModuleEntry {
  constructor(url, format) {
    this.url = url;
    this.format = format;
    this.record = null;
    this.source = undefined;    // a source module's text (for what the engine cannot tell)
    this.links = new Map();     // requestKey -> ModuleEntry
    this.specifiers = new Map();  // requestKey -> [specifier, type]
    this.loaded = false;        // every import has its entry
    this.linked = false;
    this.evaluate = undefined;  // a filled-in module's evaluation
    this.awaitOffset = undefined;  // findTopLevelAwait's answer, once asked
  }

  // The engine links: the graph is loaded.
  resolveRequest(specifier, type) {
    return this.links.get(requestKey(specifier, type)).record;
  }

  importDynamic(specifier, type) {
    return importModule(specifier, this.url, type);
  }

  initializeMeta(meta) {
    if (this.evaluate !== undefined) {
      this.evaluate();
      return;
    }
    const url = this.url;
    if (url.startsWith('file:')) {
      const filename = fileURLToPath(url);
      meta.dirname = path.dirname(filename);
      meta.filename = filename;
    }
    meta.main = url === mainURL;
    meta.resolve = function resolve(specifier, parentURL = undefined) {
      return metaResolve(url, specifier, parentURL, arguments.length);
    };
    meta.url = url;
  }

  topLevelAwait() {
    if (this.awaitOffset === undefined) {
      this.awaitOffset = this.source === undefined ? -1 : findTopLevelAwait(this.source);
    }
    return this.awaitOffset;
  }
}

// User code may define accessors on Object.prototype (url, format ...):
// entries have none above them.
Object.setPrototypeOf(ModuleEntry.prototype, null);

const entries = new Map();  // URL -> ModuleEntry
// parentURL + specifier -> URL, once a module was loaded from it: an
// import of a file deleted since still finds its module.
const resolutions = new Map();
let mainURL;
let evaluating = 0;  // evaluations under way (the engine's, synchronous part)

// import.meta.resolve(specifier[, parentURL]): the URL an import would
// load, even for a file that does not exist.
function metaResolve(url, specifier, parentURL, argCount) {
  let parent = url;
  if (argCount > 1 && hasFlag('--experimental-import-meta-resolve')) {
    if (typeof parentURL === 'string') parent = parentURL;
    else if (parentURL instanceof URL) parent = parentURL.href;
    else throw new ERR_INVALID_ARG_TYPE('parentURL', ['string', 'URL'], parentURL);
    // A parent that is no URL is refused as node does.
    parent = new URL(parent).href;
  }
  try {
    return resolve(`${specifier}`, parent);
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        err.url !== undefined) {
      return err.url;
    }
    throw err;
  }
}

function defaultType() {
  const values = flagValues('--experimental-default-type');
  return values.length > 0 ? values[values.length - 1] : undefined;
}

// The format of a file: by extension, then for .js and extension-less
// files by the package.json "type" of their scope (or
// --experimental-default-type), then by whether the source parses as
// CommonJS (syntax detection).
function fileFormat(file, source, url = undefined) {
  const ext = path.extname(file);
  if (ext === '.mjs' || ext === '.mts') return 'module';
  if (ext === '.cjs' || ext === '.cts') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '' || ext === '.ts') {
    const scope = getPackageScope(file);
    let type = scope !== null ? scope.type : 'none';
    if (type === 'none' && !file.includes('/node_modules/')) type = defaultType() ?? 'none';
    if (type === 'module') return 'module';
    if (type === 'commonjs' || hasFlag('--no-experimental-detect-module')) return 'commonjs';
    if (detectModule(source(), file, url ?? pathToFileURL(file).href) === null) {
      return 'commonjs';
    }
    if (ext === '.js') warnTypeless(scope, url ?? pathToFileURL(file).href, file);
    return 'module';
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, file);
}

// node 22's syntax detection: source that fails to compile as CommonJS
// and compiles as a module is one. `cjsError`, when the caller already
// compiled it as CommonJS, is what that threw. Returns the module's entry
// (kept for the import or require() that follows) or null.
function detectModule(source, filename, url, cjsError = undefined) {
  if (cjsError === undefined) {
    const { compileFunction } = internalBinding('contextify');
    try {
      compileFunction(source, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
      return null;
    } catch (err) {
      cjsError = err;
    }
  }
  if (!(cjsError instanceof SyntaxError)) return null;
  const existing = entries.get(url);
  if (existing !== undefined && existing.format === 'module') return existing;
  const entry = new ModuleEntry(url, 'module');
  try {
    entry.record = binding.compile(source, url, entry, 0, 0, undefined, false);
  } catch {
    return null;
  }
  entry.source = source;
  entries.set(url, entry);
  return entry;
}

const typelessWarned = new Set();
// A .js file detected as a module in a package.json without "type".
function warnTypeless(scope, url, file) {
  if (scope === null || file.includes('/node_modules/') || typelessWarned.has(scope.path)) return;
  typelessWarned.add(scope.path);
  process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a ' +
    `performance overhead.\nTo eliminate this warning, add "type": "module" to ${scope.path}.`,
    'Warning', 'MODULE_TYPELESS_PACKAGE_JSON');
}

// A module's text; a TypeScript file's with its types erased.
function readSource(file) {
  let text = fsBinding.readFileUtf8(file, 0);
  if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
  return isTypeScriptFile(file) ? stripTypeScriptTypes(text, file) : text;
}

// A data: URL's media type and decoded text.
function parseDataURL(url) {
  const hash = url.indexOf('#');
  const href = hash === -1 ? url : url.slice(0, hash);
  const match = /^data:([^,;]*)([^,]*?)(;base64)?,([\s\S]*)$/.exec(href);
  if (match === null) throw new ERR_UNKNOWN_MODULE_FORMAT(undefined, url);
  let body = match[4];
  if (match[3]) {
    body = require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  } else {
    try {
      body = decodeURIComponent(body);
    } catch {
      body = unescape(body);
    }
  }
  return { mime: match[1], body };
}

function filledIn(url, format, exportNames, evaluate) {
  const entry = new ModuleEntry(url, format);
  entry.record = binding.compile(syntheticSource(exportNames), url, entry, 0, 0, undefined, false);
  entry.loaded = true;
  entry.evaluate = () => {
    const values = evaluate();
    for (let i = 0; i < exportNames.length; i++) {
      binding.setBinding(entry.record, syntheticSlot(i), values[exportNames[i]]);
    }
  };
  return entry;
}

// Builtins' namespaces follow their exports only when
// module.syncBuiltinESMExports() says so.
const builtinEntries = [];

function builtinEntry(url) {
  const exports = require('internal/modules/builtins').load(url.slice(5));
  const names = ['default', ...Object.keys(exports).filter((name) => name !== 'default')];
  const entry = filledIn(url, 'builtin', names,
                         () => ({ __proto__: exports, default: exports }));
  entry.exportNames = names;
  entry.exports = exports;
  builtinEntries.push(entry);
  return entry;
}

function syncBuiltinESMExports() {
  for (const entry of builtinEntries) {
    if (!entry.linked) continue;
    const names = entry.exportNames;
    for (let i = 1; i < names.length; i++) {
      binding.setBinding(entry.record, syntheticSlot(i), entry.exports[names[i]]);
    }
  }
}

function cjsLoader() {
  return require('internal/modules/cjs/loader').Module;
}

// A CommonJS module is in require.cache from the time its importer's graph
// loads (see cacheForImport).
function commonjsEntry(url, file, source) {
  const names = ['default', ...cjsExportNames(file, source).filter((name) => name !== 'default')];
  const cjs = require('internal/modules/cjs/loader');
  const module = cjs.cacheForImport(file);
  const entry = filledIn(url, 'commonjs', names, () => {
    const exports = cjs.exportsForImport(module, file);
    const values = { __proto__: null, default: exports };
    if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
      for (let i = 1; i < names.length; i++) {
        if (names[i] in exports) values[names[i]] = exports[names[i]];
      }
    }
    return values;
  });
  entry.file = file;
  entry.exportNames = names;
  return entry;
}

// A JSON module's value is require()'s: the one in require.cache, or the
// file parsed and put there (a URL with a query or fragment has its own).
function jsonEntry(url, file) {
  if (/[?#]/.test(url)) {
    return filledIn(url, 'json', ['default'], () => {
      try {
        return { default: JSON.parse(readSource(file)) };
      } catch (err) {
        err.message = `${file}: ${err.message}`;
        throw err;
      }
    });
  }
  return filledIn(url, 'json', ['default'], () => {
    const Module = cjsLoader();
    const cached = Module._cache[file];
    if (cached !== undefined) return { default: cached.exports };
    const module = new Module(file, undefined);
    module.filename = file;
    module.paths = Module._nodeModulePaths(path.dirname(file));
    Module._extensions['.json'](module, file);
    module.loaded = true;
    Module._cache[file] = module;
    return { default: module.exports };
  });
}

function jsonTextEntry(url, text) {
  const value = JSON.parse(text);
  return filledIn(url, 'json', ['default'], () => ({ default: value }));
}

// The names `exports.x = ...`-style code exports, as cjs-module-lexer finds
// them (re-exported modules followed).
function cjsExportNames(file, source, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  let analysis;
  try {
    analysis = require('internal/deps/cjs-module-lexer/lexer').parse(source);
  } catch {
    return [];  // not parseable: only the default export
  }
  const names = new Set(analysis.exports);
  for (const request of analysis.reexports) {
    let target;
    try {
      const Module = cjsLoader();
      target = Module._resolveFilename(request, { id: file, filename: file, paths: Module._nodeModulePaths(path.dirname(file)) });
    } catch {
      continue;
    }
    if (!target.endsWith('.js') && !target.endsWith('.cjs')) continue;
    for (const name of cjsExportNames(target, readSource(target), seen)) names.add(name);
  }
  return [...names];
}

function load(url) {
  if (url.startsWith('node:')) return builtinEntry(url);
  let source;
  let format;
  if (url.startsWith('data:')) {
    const { mime, body } = parseDataURL(url);
    const type = mime.trim().toLowerCase();
    source = body;
    if (type === 'text/javascript') format = 'module';
    else if (type === 'application/json') return jsonTextEntry(url, body);
    else throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  } else if (url.startsWith('file:')) {
    const file = fileURLToPath(url);
    format = fileFormat(file, () => (source ??= readSource(file)), url);
    // Detection may have compiled it already.
    const detected = entries.get(url);
    if (detected !== undefined) return detected;
    if (format === 'commonjs') return commonjsEntry(url, file, source ?? readSource(file));
    if (format === 'json') return jsonEntry(url, file);
    source ??= readSource(file);
  } else {
    const { protocol } = new URL(url);
    const schemes = protocol === 'http:' || protocol === 'https:' ?
      ['file', 'data'] : ['file', 'data', 'node'];
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(protocol, schemes);
  }
  const entry = new ModuleEntry(url, format);
  entry.record = binding.compile(source, url, entry, 0, 0, undefined, false);
  entry.source = source;
  return entry;
}

// The entry of a resolved URL, checked against the import's `type`.
function getEntry(url, type) {
  let entry = entries.get(url);
  if (entry === undefined) {
    entry = load(url);
    entries.set(url, entry);
  }
  if (entry.format === 'json' && type !== 'json') {
    throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
  }
  if (type === 'json' && entry.format !== 'json') {
    throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, 'json');
  }
  return entry;
}

// The entry `specifier` names from `parentURL`.
function entryFor(specifier, parentURL, type) {
  // Without a parent, resolution is from the working directory: not kept.
  if (parentURL === undefined) return getEntry(resolve(specifier, parentURL), type);
  const key = `${parentURL}\n${specifier}`;
  const known = resolutions.get(key);
  if (known !== undefined) return getEntry(known, type);
  const url = resolve(specifier, parentURL);
  const entry = getEntry(url, type);
  resolutions.set(key, url);
  return entry;
}

// Whether the engine is evaluating `entry` (a linked module) right now.
function isEvaluating(entry) {
  if (evaluating === 0 || !entry.linked) return false;
  try {
    binding.link(entry.record);
    return false;
  } catch {
    return true;
  }
}

// Loads every module the graph under `root` imports. For require(), a
// module met that is still being evaluated (or a CommonJS module still
// loading) closes a cycle that cannot be run synchronously.
function loadGraph(root, forRequire) {
  const pending = [root];
  const seen = new Set();
  while (pending.length > 0) {
    const entry = pending.pop();
    if (seen.has(entry)) continue;
    seen.add(entry);
    if (!entry.loaded) {
      for (const [specifier, type] of binding.requests(entry.record)) {
        const key = requestKey(specifier, type);
        if (entry.links.has(key)) continue;
        entry.links.set(key, entryFor(specifier, entry.url, type));
        entry.specifiers.set(key, specifier);
      }
      entry.loaded = true;
    }
    for (const [key, target] of entry.links) {
      if (forRequire) checkRequireCycle(entry, entry.specifiers.get(key), target);
      if (!target.loaded || forRequire) pending.push(target);
    }
  }
}

function checkRequireCycle(importer, specifier, target) {
  let kind;
  if (target.format === 'commonjs' &&
      require('internal/modules/cjs/loader').isLoadingCommonJS(target.file)) {
    kind = 'CommonJS Module';
  }
  if (kind === undefined && isEvaluating(target)) {
    kind = target.format === 'commonjs' ? 'CommonJS Module' : 'Module';
  }
  if (kind === undefined) return;
  throw new ERR_REQUIRE_CYCLE_MODULE(
    `Cannot import ${kind} ${specifier} in a cycle. (from ${displayURL(importer.url)})`);
}

function displayURL(url) {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

// Links the loaded graph under `root`; engine errors get node's wording.
function link(root) {
  if (root.linked) return;
  try {
    binding.link(root.record);
  } catch (err) {
    throw explainLinkError(err);
  }
  const pending = [root];
  while (pending.length > 0) {
    const entry = pending.pop();
    if (entry.linked) continue;
    entry.linked = true;
    for (const target of entry.links.values()) pending.push(target);
  }
}

// The engine names the requested module by URL; node by the specifier
// written, and explains what a CommonJS module can export.
function explainLinkError(err) {
  if (!(err instanceof SyntaxError)) return err;
  giveFrames(err);
  const importer = entries.get(err.fileName);
  const missing = /^The requested module '(.*)' doesn't provide an export named: '(.*)'$/s
    .exec(err.message);
  const ambiguous = /^The requested module '(.*)' contains ambiguous star export: '(.*?)' from/s
    .exec(err.message);
  const match = missing ?? ambiguous;
  if (importer === undefined || match === null) return err;
  let specifier = match[1];
  let target;
  for (const [key, entry] of importer.links) {
    if (entry.url === match[1]) {
      specifier = importer.specifiers.get(key);
      target = entry;
      break;
    }
  }
  let name = match[2];
  let message;
  if (ambiguous !== null) {
    message = `The requested module '${specifier}' contains conflicting star exports for name '${name}'`;
  } else if (target !== undefined && target.format === 'commonjs' && name !== 'default') {
    // node names the first name missing, and shows a one-line import
    // rewritten for the default export.
    const statement = findNamedImport(importer.source ?? '', specifier, target.exportNames);
    let example = '';
    if (statement !== null) {
      name = statement.missing;
      if (!statement.text.includes('\n')) {
        const imports = statement.names.map((part) => part.replace(/\s+as\s+/, ': '));
        example = `const { ${imports.join(', ')} } = pkg;\n`;
      }
    }
    message = `Named export '${name}' not found. The requested module '${specifier}' is a ` +
      'CommonJS module, which may not support all module.exports as named exports.\n' +
      'CommonJS modules can always be imported via the default export, for example using:\n\n' +
      `import pkg from '${specifier}';\n${example}`;
  } else {
    message = `The requested module '${specifier}' does not provide an export named '${name}'`;
  }
  setMessage(err, message);
  return err;
}

// The `import { ... } from 'specifier'` of `source` naming something
// `exportNames` lacks: { text, names, missing } or null.
function findNamedImport(source, specifier, exportNames) {
  const pattern = /\bimport\s*\{([^{}]*)\}\s*from\s*(['"])((?:\\.|(?!\2)[^\\\n])*)\2/g;
  let found;
  while ((found = pattern.exec(source)) !== null) {
    let written;
    try {
      written = JSON.parse(`"${found[3].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`);
    } catch {
      continue;
    }
    if (written !== specifier) continue;
    const names = found[1].split(',').map((part) => part.trim()).filter(Boolean);
    for (const part of names) {
      const imported = part.split(/\s+as\s+/)[0];
      if (!exportNames.includes(imported)) return { text: found[0], names, missing: imported };
    }
  }
  return null;
}

// An engine error of linking has no frames: it gets the loader's, as
// node's have (and prints as an error, not an object).
function giveFrames(err) {
  const { stack } = err;
  if (typeof stack === 'string' && !stack.includes('\n    at ') && Error.captureStackTrace) {
    Error.captureStackTrace(err, link);
  }
}

// The ReferenceErrors of CommonJS code run as a module, explained.
const kCommonJSGlobals = new RegExp('^(?:(require|module|exports|__filename|__dirname) is not ' +
  'defined|assignment to undeclared variable (require|module|exports|__filename|__dirname))$');

function explainEvaluationError(err, root) {
  if (!(err instanceof ReferenceError) || typeof err.message !== 'string') return err;
  const found = kCommonJSGlobals.exec(err.message);
  if (found === null) return err;
  const match = [found[0], found[1] ?? found[2]];
  const entry = entries.get(err.fileName) ?? root;
  if (entry === undefined || entry.format !== 'module') return err;
  if (match[1] === 'require' && entry.topLevelAwait() !== -1) {
    setMessage(err, 'Cannot determine intended module format because both require() and ' +
      'top-level await are present. If the code is intended to be CommonJS, wrap await in an ' +
      'async function. If the code is intended to be an ES module, replace require() with ' +
      'import.');
    return err;
  }
  let message = `${match[1]} is not defined in ES module scope`;
  if (match[1] === 'require') message += ', you can use import instead';
  if (entry.url.startsWith('file:')) {
    const file = fileURLToPath(entry.url);
    const scope = path.extname(file) === '.js' ? getPackageScope(file) : null;
    if (scope !== null && scope.type === 'module') {
      message += '\nThis file is being treated as an ES module because it has a \'.js\' file ' +
        `extension and '${scope.path}' contains "type": "module". To treat it as a CommonJS ` +
        "script, rename it to use the '.cjs' file extension.";
    }
  }
  setMessage(err, message);
  return err;
}

function evaluate(entry) {
  evaluating++;
  try {
    return binding.evaluate(entry.record);
  } finally {
    evaluating--;
  }
}

// import(): the namespace once the graph has run.
// The graph runs later than the import() call, as the spec's dynamic
// import: a module still running its body (the importer itself, in a
// cycle) has finished by then.
async function importModule(specifier, parentURL, type = 'javascript') {
  return runGraph(entryFor(specifier, parentURL, type));
}

// Loads, links and runs the graph under `entry`; its namespace. As node,
// it runs from a microtask: what the caller queues with process.nextTick
// waits until the caller's synchronous part is over.
async function runGraph(entry) {
  await undefined;
  loadGraph(entry, false);
  link(entry);
  try {
    await evaluate(entry);
  } catch (err) {
    throw explainEvaluationError(err, entry);
  }
  return binding.namespace(entry.record);
}

// The first module under `root` awaiting at its top level, or null.
function findAsyncModule(root) {
  const pending = [root];
  const seen = new Set();
  while (pending.length > 0) {
    const entry = pending.pop();
    if (seen.has(entry)) continue;
    seen.add(entry);
    if (entry.format === 'module' && entry.topLevelAwait() !== -1) return entry;
    for (const target of entry.links.values()) pending.push(target);
  }
  return null;
}

// "URL:line\n<source line>\n^\n" for the top-level await of `entry`.
function awaitLocation(entry) {
  const { line, column } = positionOf(entry.source, entry.topLevelAwait());
  const text = entry.source.split('\n')[line - 1];
  return `${entry.url}:${line}\n${text}\n${' '.repeat(column)}^\n`;
}

// require() of an ES module: the graph must finish synchronously.
function requireModule(filename, parentFilename) {
  const url = pathToFileURL(filename).href;
  let entry = entries.get(url);
  if (entry === undefined) {
    entry = new ModuleEntry(url, 'module');
    entry.source = readSource(filename);
    entry.record = binding.compile(entry.source, url, entry, 0, 0, undefined, false);
    entries.set(url, entry);
  } else if (isEvaluating(entry)) {
    throw new ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filename} in a cycle.` +
      `${parentFilename ? ` (from ${parentFilename})` : ''} A cycle involving require(esm) is ` +
      'not allowed to maintain invariants mandated by the ECMAScript specification. Try making ' +
      'at least part of the dependency in the graph lazily loaded.');
  }
  loadGraph(entry, true);
  link(entry);
  const printTLA = hasFlag('--experimental-print-required-tla');
  const async = findAsyncModule(entry);
  if (async !== null && !printTLA) {
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  const promise = evaluate(entry);
  const [state, result] = getPromiseDetails(promise);
  if (state === kPending) {
    promise.then(undefined, () => {});
    if (async !== null) {
      process._rawDebug(`Error: unexpected top-level await at ${awaitLocation(async)}\n\n`);
    }
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  if (state === kRejected) {
    promise.then(undefined, () => {});
    throw explainEvaluationError(result, entry);
  }
  const namespace = binding.namespace(entry.record);
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  return interopFacade(entry);
}

// What require() gives for a module with a default export: a namespace of
// the same bindings plus `__esModule: true`, so that code compiled from ES
// modules to CommonJS reads `default` as the default export.
const facades = new WeakMap();
function interopFacade(entry) {
  let facade = facades.get(entry);
  if (facade === undefined) {
    facade = new ModuleEntry(`${entry.url}#require`, 'module');
    facade.record = binding.compile(
      "export * from 'target'; export { default } from 'target'; export const __esModule = true;",
      facade.url, facade, 0, 0, undefined, false);
    facade.links.set(requestKey('target', 'javascript'), entry);
    facade.loaded = true;
    binding.link(facade.record);
    binding.evaluate(facade.record);
    facades.set(entry, facade);
  }
  return binding.namespace(facade.record);
}

// The program's entry point as an ES module: its errors are uncaught
// exceptions; the process ends with code 13 if its top-level await never
// settles.
function runMain(url, source = undefined) {
  mainURL = url;
  let entry;
  let promise;
  try {
    if (source !== undefined) {
      entry = entries.get(url);  // compiled by syntax detection
      if (entry === undefined) {
        entry = new ModuleEntry(url, 'module');
        entry.source = source;
        entry.record = binding.compile(source, url, entry, 0, 0, undefined, false);
        entries.set(url, entry);
      }
    } else {
      if (flagValues('--input-type').length > 0) throw new ERR_INPUT_TYPE_NOT_ALLOWED();
      entry = getEntry(url, 'javascript');
    }
    promise = runGraph(entry);
  } catch (err) {
    promise = Promise.reject(err);
  }
  watchUnsettled(promise, entry);
  promise.then(undefined, (err) => {
    internalBinding('errors').triggerUncaughtException(err, true);
  });
  return promise;
}

// At the end of the event loop, a main module still awaiting sets exit
// code 13 (unless one was set), then warns where it waits.
function watchUnsettled(promise, entry) {
  const errors = internalBinding('errors');
  errors.setEmitProcessExit(function emitProcessExit(code) {
    let unsettled = false;
    if (code === undefined && getPromiseDetails(promise)[0] === kPending &&
        process.exitCode === undefined) {
      code = 13;
      unsettled = true;
    }
    // As internal/process/execution.js's emitProcessExit.
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    if (unsettled && !hasFlag('--no-warnings') && entry !== undefined) {
      const async = findAsyncModule(entry);
      if (async !== null) {
        process._rawDebug(`Warning: Detected unsettled top-level await at ${awaitLocation(async)}\n\n`);
      }
    }
    return process.exitCode | 0;
  });
}

// What import() in a CommonJS module or a script goes to.
class ScriptReferrer {
  constructor(parentURL) {
    this.parentURL = parentURL;
  }

  importDynamic(specifier, type) {
    return importModule(specifier, this.parentURL, type);
  }
}
Object.setPrototypeOf(ScriptReferrer.prototype, null);

module.exports = {
  importModule,
  requireModule,
  runMain,
  ScriptReferrer,
  fileFormat,
  detectModule,
  warnTypeless,
  syncBuiltinESMExports,
  defaultType,
};
