'use strict';

// vm.Module, vm.SourceTextModule and vm.SyntheticModule (behind
// --experimental-vm-modules) on the engine's module records.
//
// Each Module has a ModuleState, which the engine's record carries as its
// referrer (see internal/modules/esm/host.js): linking asks it for the
// record each import resolves to, import() and import.meta go through it.
// The engine does not report a record's status, so the state tracks it as
// node reports it: 'unlinked' -> 'linking' -> 'linked' -> 'evaluated' or
// 'errored' ('evaluated' from the moment evaluation starts).
//
// A SyntheticModule is a module that JS writes (syntheticSource in
// internal/modules/esm/host.js); its body's read of `import.meta` runs the
// evaluation callback (see ModuleState#initializeMeta).

const { install, attributesOf, syntheticSource, syntheticSlot } = require('internal/modules/esm/host');
const { contextGlobals } = require('internal/vm/contexts');
const { emitExperimentalWarning } = require('internal/util');
const { hasFlag } = require('internal/options');
const { isModuleNamespaceObject } = require('internal/util/types');
const { getPromiseDetails, constants: { kPending, kRejected } } = internalBinding('util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MODULE_LINK_MISMATCH,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG,
    ERR_VM_MODULE_ALREADY_LINKED,
    ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA,
    ERR_VM_MODULE_DIFFERENT_CONTEXT,
    ERR_VM_MODULE_LINK_FAILURE,
    ERR_VM_MODULE_NOT_MODULE,
    ERR_VM_MODULE_STATUS,
  },
  notImplemented,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');

const { Buffer } = require('buffer');

const binding = install();

// Default identifiers count per context: 'vm:module(0)', 'vm:module(1)' ...
const mainContextCount = { next: 0 };
const contextCounts = new WeakMap();
function defaultIdentifier(context) {
  let counter = mainContextCount;
  if (context !== undefined) {
    counter = contextCounts.get(context);
    if (counter === undefined) contextCounts.set(context, counter = { next: 0 });
  }
  return `vm:module(${counter.next++})`;
}

function requestKey(specifier, type) {
  return `${type}:${specifier}`;
}

function linkFailure(message, cause) {
  const err = new ERR_VM_MODULE_LINK_FAILURE(message);
  if (cause !== undefined) {
    Object.defineProperty(err, 'cause', {
      __proto__: null, value: cause, writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

class ModuleState {
  constructor(module, context, identifier) {
    this.module = module;
    this.context = context;
    this.identifier = identifier;
    this.record = null;
    this.status = 'unlinked';
    this.error = undefined;
    this.links = new Map();  // requestKey -> Module
    this.initializeImportMeta = undefined;
    this.importModuleDynamically = undefined;
    this.evaluateCallback = undefined;  // SyntheticModule only
    this.requestsLinked = false;  // linkRequests() was called
  }

  resolveRequest(specifier, type) {
    const dependency = this.links.get(requestKey(specifier, type));
    if (dependency === undefined) {
      throw linkFailure(`request for '${specifier}' is not in cache`);
    }
    return stateOf(dependency).record;
  }

  async importDynamic(specifier, type) {
    const callback = this.importModuleDynamically;
    if (callback === undefined) throw new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING();
    const attributes = attributesOf(type);
    const result = await callback(specifier, this.module, attributes);
    return namespaceOfImport(result);
  }

  initializeMeta(meta) {
    if (this.evaluateCallback !== undefined) {
      // The hidden body of a SyntheticModule: its evaluation steps.
      Reflect.apply(this.evaluateCallback, undefined, []);
      return;
    }
    if (this.initializeImportMeta !== undefined) {
      this.initializeImportMeta(meta, this.module);
    }
  }
}

// What an importModuleDynamically callback gave, as the namespace import()
// resolves to: a Module is evaluated first.
async function namespaceOfImport(result) {
  if (isModule(result)) {
    const state = stateOf(result);
    if (state.status === 'linked') await result.evaluate();
    else if (state.status === 'errored') throw state.error;
    return result.namespace;
  }
  if (isModuleNamespaceObject(result)) return result;
  throw new ERR_VM_MODULE_NOT_MODULE();
}

// The referrer of a vm.Script or vm.compileFunction function given an
// importModuleDynamically callback; `owner` is what the callback receives.
function scriptReferrer(callback, owner) {
  return {
    async importDynamic(specifier, type) {
      if (!hasFlag('--experimental-vm-modules')) throw new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG();
      return namespaceOfImport(await callback(specifier, owner, attributesOf(type)));
    },
  };
}

let stateOf;
let isModule;

class Module {
  #state;

  constructor(context, identifier) {
    if (new.target === Module) throw new TypeError('Module is not a constructor');
    emitExperimentalWarning('VM Modules');
    this.#state = new ModuleState(this, context, identifier ?? defaultIdentifier(context));
  }

  static {
    stateOf = (module) => module.#state;
    isModule = (value) => typeof value === 'object' && value !== null && #state in value;
  }

  get identifier() {
    return checkedState(this).identifier;
  }

  get context() {
    return checkedState(this).context;
  }

  get status() {
    return checkedState(this).status;
  }

  get error() {
    const state = checkedState(this);
    if (state.status !== 'errored') throw new ERR_VM_MODULE_STATUS('must be errored');
    return state.error;
  }

  get namespace() {
    const state = checkedState(this);
    if (state.status === 'unlinked' || state.status === 'linking') {
      throw new ERR_VM_MODULE_STATUS('must not be unlinked or linking');
    }
    return binding.namespace(state.record);
  }

  async link(linker) {
    const state = checkedState(this);
    validateFunction(linker, 'linker');
    if (state.status === 'linked' || state.status === 'evaluated' ||
        state.status === 'errored') {
      throw new ERR_VM_MODULE_ALREADY_LINKED();
    }
    if (state.status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    await linkDependencies(this, linker);
    instantiate(this);
  }

  // The engine's evaluation promise itself: settled by the time this
  // returns unless the graph has top-level await, and the same promise on
  // every call.
  evaluate(options = {}) {
    let state;
    try {
      state = checkedState(this);
      validateObject(options, 'options');
      const { timeout, breakOnSigint = false } = options;
      if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
      validateBoolean(breakOnSigint, 'options.breakOnSigint');
      if (breakOnSigint) throw notImplemented('vm.Module evaluate() options.breakOnSigint');
      if (timeout !== undefined) throw notImplemented('vm.Module evaluate() options.timeout');
      if (state.status !== 'linked' && state.status !== 'evaluated' && state.status !== 'errored') {
        throw new ERR_VM_MODULE_STATUS('must be one of linked, evaluated, or errored');
      }
    } catch (err) {
      return Promise.reject(err);
    }
    const starting = graphOf(this).filter((m) => stateOf(m).status === 'linked');
    for (const module of starting) stateOf(module).status = 'evaluating';
    const done = binding.evaluate(state.record);
    for (const module of starting) settleStatus(stateOf(module), module === this ? done : null);
    return done;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const state = checkedState(this);
    if (depth < 0) return `[${this.constructor.name}]`;
    // Shown as an object of this module's class with these own properties.
    const shown = {
      __proto__: Object.getPrototypeOf(this),
      status: state.status,
      identifier: state.identifier,
      context: state.context,
    };
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    return inspect(shown, { ...options, customInspect: false });
  }
}

function checkedState(value) {
  if (!isModule(value)) throw new ERR_INVALID_THIS('Module');
  return stateOf(value);
}

// Every module reachable from `root` through its links, root first.
function graphOf(root) {
  const seen = new Set([root]);
  const order = [root];
  for (let i = 0; i < order.length; i++) {
    for (const dependency of stateOf(order[i]).links.values()) {
      if (!seen.has(dependency)) {
        seen.add(dependency);
        order.push(dependency);
      }
    }
  }
  return order;
}

// A module evaluates from the moment evaluate() reaches it; it is
// 'errored' once its evaluation promise (the engine keeps one per record,
// and gives it again once the graph is running) is rejected.
function settleStatus(state, promise) {
  state.status = 'evaluated';
  promise ??= binding.evaluate(state.record);
  const onError = (error) => {
    state.status = 'errored';
    state.error = error;
  };
  const details = getPromiseDetails(promise);
  if (details !== undefined && details[0] === kRejected) onError(details[1]);
  else if (details === undefined || details[0] === kPending) promise.then(undefined, onError);
}

// link(): asks the linker for every request, links what it returns the
// same way, and leaves instantiation to the outermost call.
async function linkDependencies(module, linker) {
  const state = stateOf(module);
  state.status = 'linking';
  try {
    const requests = module.moduleRequests;
    const modules = await Promise.all(requests.map(async ({ specifier, attributes }) => {
      const extra = { attributes, assert: attributes };
      const dependency = await linker(specifier, module, extra);
      if (!isModule(dependency)) throw new ERR_VM_MODULE_NOT_MODULE();
      const dependencyState = stateOf(dependency);
      if (dependencyState.context !== state.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
      if (dependencyState.status === 'errored') {
        throw linkFailure(`request for '${specifier}' resolved to an errored module`,
                          dependencyState.error);
      }
      if (dependencyState.status === 'unlinked') await linkDependencies(dependency, linker);
      return dependency;
    }));
    setLinks(state, requests, modules);
  } catch (err) {
    state.status = 'errored';
    state.error = err;
    throw err;
  }
}

function setLinks(state, requests, modules) {
  state.links.clear();
  for (let i = 0; i < requests.length; i++) {
    const type = requests[i].attributes.type === 'json' ? 'json' : 'javascript';
    state.links.set(requestKey(requests[i].specifier, type), modules[i]);
  }
}

// The engine's Link(): every import of the graph resolves through the
// links; the graph's modules are then 'linked'.
function instantiate(module) {
  const state = stateOf(module);
  binding.link(state.record);
  for (const member of graphOf(module)) {
    const memberState = stateOf(member);
    if (memberState.status === 'linking' || memberState.status === 'unlinked') {
      memberState.status = 'linked';
    }
  }
}

function validateContextOption(context) {
  if (context === undefined) return undefined;
  validateObject(context, 'options.context');
  const global = contextGlobals.get(context);
  if (global === undefined) throw new ERR_INVALID_ARG_TYPE('options.context', 'vm.Context', context);
  return global;
}

function validateBufferSource(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
  }
}

class SourceTextModule extends Module {
  #source;
  #requests;
  #specifiers;

  constructor(sourceText, options = {}) {
    validateString(sourceText, 'sourceText');
    validateObject(options, 'options');
    const {
      identifier,
      context,
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      initializeImportMeta,
      importModuleDynamically,
    } = options;
    const global = validateContextOption(context);
    if (identifier !== undefined) validateString(identifier, 'options.identifier');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBufferSource(cachedData, 'options.cachedData');
    if (initializeImportMeta !== undefined) {
      validateFunction(initializeImportMeta, 'options.initializeImportMeta');
    }
    if (importModuleDynamically !== undefined) {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    super(context, identifier);
    const state = stateOf(this);
    state.initializeImportMeta = initializeImportMeta;
    state.importModuleDynamically = importModuleDynamically;
    state.record = binding.compile(sourceText, state.identifier, state, lineOffset, columnOffset,
                                   global, false, cachedData);
    if (cachedData !== undefined) this.cachedDataRejected = false;
    this.#source = { sourceText, lineOffset, columnOffset };
  }

  get moduleRequests() {
    if (!(#requests in this)) throw new ERR_INVALID_THIS('SourceTextModule');
    if (this.#requests === undefined) {
      const seen = new Set();
      const list = [];
      for (const [specifier, type] of binding.requests(stateOf(this).record)) {
        const key = requestKey(specifier, type);
        if (seen.has(key)) continue;
        seen.add(key);
        list.push(Object.freeze({
          __proto__: null, specifier, attributes: Object.freeze(attributesOf(type)),
        }));
      }
      this.#requests = Object.freeze(list);
    }
    return this.#requests;
  }

  get dependencySpecifiers() {
    if (!(#requests in this)) throw new ERR_INVALID_THIS('SourceTextModule');
    this.#specifiers ??= Object.freeze(this.moduleRequests.map((request) => request.specifier));
    return this.#specifiers;
  }

  linkRequests(modules) {
    const state = checkedState(this);
    if (!Array.isArray(modules)) throw new ERR_INVALID_ARG_TYPE('modules', 'Array', modules);
    const requests = this.moduleRequests;
    if (modules.length !== requests.length) {
      throw new ERR_MODULE_LINK_MISMATCH(`Expected ${requests.length} modules, got ${modules.length}`);
    }
    for (let i = 0; i < modules.length; i++) {
      if (!isModule(modules[i])) throw new ERR_VM_MODULE_NOT_MODULE();
      if (stateOf(modules[i]).context !== state.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
    }
    if (state.status !== 'unlinked') throw new ERR_VM_MODULE_ALREADY_LINKED();
    setLinks(state, requests, modules);
    state.requestsLinked = true;
  }

  instantiate() {
    const state = checkedState(this);
    if (state.status !== 'unlinked') throw new ERR_VM_MODULE_ALREADY_LINKED();
    if (!state.requestsLinked) throw linkFailure('module is not linked');
    instantiate(this);
  }

  // The engine's compiled form of the module, for `cachedData`.
  createCachedData() {
    const state = checkedState(this);
    if (state.status === 'evaluating' || state.status === 'evaluated' ||
        state.status === 'errored') {
      throw new ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA();
    }
    const { sourceText, lineOffset, columnOffset } = this.#source;
    const bytes = binding.createCachedData(sourceText, state.identifier, lineOffset, columnOffset);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
}

class SyntheticModule extends Module {
  #exportNames;

  constructor(exportNames, evaluateCallback, options = {}) {
    if (!Array.isArray(exportNames) || exportNames.some((name) => typeof name !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('exportNames', 'Array of unique strings', exportNames);
    }
    const unique = new Set();
    for (const name of exportNames) {
      if (unique.has(name)) {
        throw new ERR_INVALID_ARG_VALUE(`exportNames.${name}`, name, 'is duplicated');
      }
      unique.add(name);
    }
    validateFunction(evaluateCallback, 'evaluateCallback');
    validateObject(options, 'options');
    const { identifier, context } = options;
    const global = validateContextOption(context);
    if (identifier !== undefined) validateString(identifier, 'options.identifier');
    super(context, identifier);
    this.#exportNames = [...exportNames];
    const state = stateOf(this);
    state.evaluateCallback = evaluateCallback;
    const source = syntheticSource(this.#exportNames);
    state.record = binding.compile(source, state.identifier, state, 0, 0, global, false);
    binding.link(state.record);
    state.status = 'linked';
  }

  // A synthetic module is linked from the start: there is nothing to link.
  async link(linker) {
    checkedState(this);
    validateFunction(linker, 'linker');
  }

  setExport(name, value) {
    const state = checkedState(this);
    validateString(name, 'name');
    const index = this.#exportNames.indexOf(name);
    if (index === -1) throw new ReferenceError(`Export '${name}' is not defined in module`);
    if (state.status === 'unlinked' || state.status === 'linking') {
      throw new ERR_VM_MODULE_STATUS('must be linked');
    }
    binding.setBinding(state.record, syntheticSlot(index), value);
  }
}

module.exports = { Module, SourceTextModule, SyntheticModule, isModule, scriptReferrer };
