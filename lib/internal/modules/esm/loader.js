'use strict';

// The ES module loader. One entry per URL, each holding the engine's module
// record. The core is synchronous: files are read with blocking reads, the
// whole graph is loaded before the engine links it (its resolve hook then
// only looks records up), so that require() of an ES module can run the
// same road as import(); import() is that road behind a promise.
//
// Formats: 'module' (source text), 'json' (the engine's JSON module),
// 'commonjs' and 'builtin' (modules JS fills in: see syntheticSource in
// host.js). A CommonJS module runs when the graph evaluates it, through
// require's own loader; its named exports are those cjs-module-lexer finds
// in its source, as in node.

const path = require('path');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');
const { install, syntheticSource, syntheticSlot } = require('internal/modules/esm/host');
const { resolve } = require('internal/modules/esm/resolve');
const { getPackageScope } = require('internal/modules/package_resolve');
const { getPromiseDetails, constants: { kPending, kRejected } } = internalBinding('util');
const {
  codes: {
    ERR_IMPORT_ATTRIBUTE_MISSING,
    ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE,
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT,
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
    this.links = new Map();  // requestKey -> ModuleEntry
    this.loaded = false;     // every import has its entry
    this.evaluate = undefined;  // a filled-in module's evaluation
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
    meta.url = url;
    if (url.startsWith('file:')) {
      const filename = fileURLToPath(url);
      meta.filename = filename;
      meta.dirname = path.dirname(filename);
    }
    // A file that does not exist still has a URL.
    meta.resolve = (specifier) => {
      try {
        return resolve(`${specifier}`, url);
      } catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND' && err.url !== undefined) return err.url;
        throw err;
      }
    };
    meta.main = url === mainURL;
  }
}

const entries = new Map();  // URL -> ModuleEntry
let mainURL;

// The format of a file: by extension, then for .js and extension-less
// files by the package.json "type" of their scope, then (no "type") by
// whether the source parses as CommonJS.
function fileFormat(file, source) {
  const ext = path.extname(file);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const scope = getPackageScope(file);
    if (scope !== null && scope.type === 'module') return 'module';
    if (scope !== null && scope.type === 'commonjs') return 'commonjs';
    return looksLikeModule(source(), file) ? 'module' : 'commonjs';
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, file);
}

// node 22's syntax detection: a file that is no valid CommonJS because of
// module syntax (import, export, import.meta, top-level await), and that
// compiles as a module, is one.
function looksLikeModule(source, filename) {
  const { compileFunction } = internalBinding('contextify');
  try {
    compileFunction(source, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
    return false;
  } catch (err) {
    if (!(err instanceof SyntaxError)) return false;
  }
  try {
    binding.compile(source, pathToFileURL(filename).href, undefined, 0, 0, undefined, false);
    return true;
  } catch {
    return false;
  }
}

function readSource(file) {
  const text = fsBinding.readFileUtf8(file, 0);
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// A data: URL's media type and decoded text.
function parseDataURL(url) {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,([\s\S]*)$/.exec(url);
  if (match === null) throw new ERR_UNKNOWN_MODULE_FORMAT('invalid data: URL', url);
  const body = match[3] ?
    require('buffer').Buffer.from(decodeURIComponent(match[4]), 'base64').toString('utf8') :
    decodeURIComponent(match[4]);
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

function builtinEntry(url) {
  const exports = require('internal/modules/builtins').load(url.slice(5));
  const names = ['default', ...Object.keys(exports).filter((name) => name !== 'default')];
  return filledIn(url, 'builtin', names, () => ({ __proto__: exports, default: exports }));
}

function commonjsEntry(url, file, source) {
  const names = ['default', ...cjsExportNames(file, source).filter((name) => name !== 'default')];
  return filledIn(url, 'commonjs', names, () => {
    const { Module } = require('internal/modules/cjs/loader');
    const exports = Module._load(file, undefined, false);
    const values = { __proto__: null, default: exports };
    if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
      for (let i = 1; i < names.length; i++) {
        if (names[i] in exports) values[names[i]] = exports[names[i]];
      }
    }
    return values;
  });
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
      const { Module } = require('internal/modules/cjs/loader');
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
  let file;
  if (url.startsWith('data:')) {
    const { mime, body } = parseDataURL(url);
    source = body;
    if (mime === 'text/javascript') format = 'module';
    else if (mime === 'application/json') format = 'json';
    else throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  } else {
    file = fileURLToPath(url);
    format = fileFormat(file, () => (source ??= readSource(file)));
    if (format === 'commonjs') return commonjsEntry(url, file, source ?? readSource(file));
    source ??= readSource(file);
  }
  const entry = new ModuleEntry(url, format);
  entry.record = binding.compile(source, url, entry, 0, 0, undefined, format === 'json');
  entry.loaded = format === 'json';
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

// Loads every module the graph under `root` imports, then links it.
function loadGraph(root) {
  const pending = [root];
  while (pending.length > 0) {
    const entry = pending.pop();
    if (entry.loaded) continue;
    entry.loaded = true;
    for (const [specifier, type] of binding.requests(entry.record)) {
      const key = requestKey(specifier, type);
      if (entry.links.has(key)) continue;
      const target = getEntry(resolve(specifier, entry.url), type);
      entry.links.set(key, target);
      pending.push(target);
    }
  }
  binding.link(root.record);
}

// import(): the namespace once the graph has run.
async function importModule(specifier, parentURL, type = 'javascript') {
  // Later than the import() call, as the spec's dynamic import: a module
  // still running its body (the importer itself, in a cycle) has finished.
  await undefined;
  const entry = getEntry(resolve(specifier, parentURL), type);
  loadGraph(entry);
  await binding.evaluate(entry.record);
  return binding.namespace(entry.record);
}

// require() of an ES module: the graph must finish synchronously.
function requireModule(filename, parentFilename) {
  const url = pathToFileURL(filename).href;
  let entry = entries.get(url);
  if (entry === undefined) {
    entry = new ModuleEntry(url, 'module');
    entry.record = binding.compile(readSource(filename), url, entry, 0, 0, undefined, false);
    entries.set(url, entry);
  }
  loadGraph(entry);
  const promise = binding.evaluate(entry.record);
  const [state, result] = getPromiseDetails(promise);
  if (state === kPending) {
    promise.then(undefined, () => {});
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  if (state === kRejected) throw result;
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

// The program's entry point as an ES module.
function runMain(filename) {
  mainURL = pathToFileURL(filename).href;
  return importModule(mainURL, undefined);
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

module.exports = {
  importModule, requireModule, runMain, ScriptReferrer, fileFormat, looksLikeModule,
};
