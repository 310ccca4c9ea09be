'use strict';

// node:vm. Scripts run in the main context or in contexts: globals of realms
// of their own, each made for one contextified object (see MakeContext in
// src/bindings/contextify.cc for how names resolve there). vm.Module and its
// kinds live in internal/vm/module.js.
//
// Line and column offsets are applied by padding the source with newlines
// and spaces, so positions in stack traces match Node's.

const {
  compileFunction: bindingCompileFunction,
  runInThisContext: bindingRun,
  makeContext,
  runInContext: bindingRunInContext,
  createCachedData: bindingCreateCachedData,
  checkCachedData,
} = internalBinding('contextify');
const { Buffer } = require('buffer');
const { runMicrotasks } = internalBinding('task_queue');
const { sourceArrow } = internalBinding('errors');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  notImplemented,
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');

const kDefaultFilename = 'evalmachine.<anonymous>';
const kSource = Symbol('kSource');
const kFilename = Symbol('kFilename');
const kReferrer = Symbol('kReferrer');
const kShown = Symbol('kShown');  // what decorated stacks show
const kCachedData = Symbol('kCachedData');  // accepted cachedData
const { contextGlobals, afterEvaluateContexts } = require('internal/vm/contexts');

function validateBufferSource(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
  }
}

// Prepends the padding that places the code's first character at
// (lineOffset, columnOffset), both 0-based like Node's options.
function pad(code, lineOffset, columnOffset) {
  let prefix = '';
  if (lineOffset > 0) prefix += '\n'.repeat(lineOffset);
  if (columnOffset > 0) prefix += ' '.repeat(columnOffset);
  return prefix + code;
}

// Checks the run options: { timeout (ms, 0: none), displayErrors }.
function validateRunOptions(options) {
  if (options === undefined) return { timeout: 0, displayErrors: true };
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (breakOnSigint) throw notImplemented('vm options.breakOnSigint');
  if (timeout === undefined) return { timeout: 0, displayErrors };
  validateUint32(timeout, 'options.timeout', true);
  return { timeout, displayErrors };
}

// displayErrors: an error created by the script's own code gets the arrow
// at its line in front of its stack, as node shows it (once). The arrow
// shows the code as given: without the padding of columnOffset.
const decorated = new WeakSet();
function decorateErrorStack(err, script) {
  const { filename, code, lineOffset, columnOffset } = script;
  if (err === null || typeof err !== 'object' || decorated.has(err) ||
      typeof err.stack !== 'string' || err.fileName !== filename ||
      typeof err.lineNumber !== 'number') {
    return;
  }
  let column = err.columnNumber;
  if (err.lineNumber === lineOffset + 1) column -= columnOffset;
  const text = '\n'.repeat(Math.max(lineOffset, 0)) + code;
  const arrow = sourceArrow(filename, text, err.lineNumber, column, err.name !== 'SyntaxError');
  if (arrow === '') return;
  decorated.add(err);
  err.stack = `${arrow}\n${err.stack}`;
}

// Throws the SyntaxError the script would throw at run time, at compile time
// like Node. Compiling as a function body finds every syntax error except
// those only a script has (a top-level `return` is then found at run time).
function checkSyntax(source, script) {
  try {
    bindingCompileFunction(source, script.filename, []);
  } catch (err) {
    if (err instanceof SyntaxError) {
      if (Error.captureStackTrace) Error.captureStackTrace(err, Script);
      decorateErrorStack(err, script);
      throw err;
    }
  }
}

// Node's Script extends an internal ContextifyScript class that owns
// createCachedData(): the engine's compiled form of the script, which a
// Script made with it as `cachedData` runs instead of compiling again.
class ContextifyScript {
  createCachedData() {
    const bytes = bindingCreateCachedData(this[kSource], this[kFilename]);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
}

// The URL of the last `//# sourceMappingURL=` comment, as V8 reports it.
function sourceMapURL(code) {
  const re = /\/\/[#@][ \t]sourceMappingURL=([^\s'"]*)[ \t]*$/gm;
  let url;
  let m;
  while ((m = re.exec(code)) !== null) url = m[1];
  return url;
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    super();
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');

    const {
      filename = kDefaultFilename,
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBufferSource(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'symbol') {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }

    const source = pad(code, lineOffset, columnOffset);
    const shown = { filename, code, lineOffset, columnOffset };
    checkSyntax(source, shown);
    Object.defineProperty(this, kShown, { value: shown });
    Object.defineProperty(this, kSource, { value: source });
    Object.defineProperty(this, kFilename, { value: filename });
    if (cachedData !== undefined) {
      const accepted = checkCachedData(source, filename, cachedData);
      this.cachedDataRejected = !accepted;
      if (accepted) Object.defineProperty(this, kCachedData, { value: cachedData });
    }
    if (produceCachedData) {
      this.cachedData = this.createCachedData();
      this.cachedDataProduced = true;
    }
    this.sourceMapURL = sourceMapURL(code);
    Object.defineProperty(this, kReferrer, { value: referrerFor(importModuleDynamically, this) });
  }

  runInThisContext(options) {
    const { timeout, displayErrors } = validateRunOptions(options);
    const source = this[kSource];
    const filename = this[kFilename];
    try {
      return bindingRun(source, filename, timeout, this[kReferrer], this[kCachedData]);
    } catch (err) {
      if (displayErrors) decorateErrorStack(err, this[kShown]);
      throw err;
    }
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = validateRunOptions(options);
    const global = contextGlobals.get(contextifiedObject);
    const source = this[kSource];
    const filename = this[kFilename];
    let result;
    try {
      result = bindingRunInContext(source, filename, global, contextifiedObject, timeout,
                                   this[kReferrer]);
    } catch (err) {
      if (displayErrors) decorateErrorStack(err, this[kShown]);
      throw err;
    }
    // A context made with microtaskMode 'afterEvaluate' has the promise jobs
    // its script queued run before the call returns. The engine has one job
    // queue, so jobs queued outside the context run then too.
    if (afterEvaluateContexts.has(global)) runMicrotasks();
    // The context's global stands for the contextified object outside it.
    return result === global ? contextifiedObject : result;
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, newContextOptions(options));
    return this.runInContext(context, options);
  }
}

// What import() in code compiled with this importModuleDynamically option
// goes to (see internal/modules/esm/host.js); undefined: no import().
function referrerFor(importModuleDynamically, owner) {
  if (typeof importModuleDynamically === 'function') {
    return require('internal/vm/module').scriptReferrer(importModuleDynamically, owner);
  }
  if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    // The main context's ES module loader, relative to the working directory.
    return {
      importDynamic(specifier, type) {
        return require('internal/modules/esm/loader').importModule(specifier, undefined, type);
      },
    };
  }
  return undefined;
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

// runInNewContext's context options, named as createContext's.
function newContextOptions(options) {
  if (options === undefined || typeof options === 'string') return {};
  validateObject(options, 'options');
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) {
    validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
  }
  return {
    name: contextName,
    origin: contextOrigin,
    codeGeneration: contextCodeGeneration,
    microtaskMode,
  };
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contextGlobals.has(object);
}

function createContext(contextObject = {}, options = {}) {
  const vanilla = contextObject === constants.DONT_CONTEXTIFY;
  if (!vanilla && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  // name and origin are for the inspector, which eddy does not have.
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  // DONT_CONTEXTIFY: the context is a new global object itself.
  const global = makeContext(vanilla ? undefined : contextObject, strings, wasm);
  if (vanilla) contextObject = global;
  contextGlobals.set(contextObject, global);
  if (microtaskMode === 'afterEvaluate') afterEvaluateContexts.add(global);
  return contextObject;
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function measureMemory(options = {}) {
  throw notImplemented('vm.measureMemory');
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBufferSource(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    throw notImplemented('vm.compileFunction options.parsingContext');
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { nullable: true });
  }
  if (contextExtensions.length > 0) {
    throw notImplemented('vm.compileFunction options.contextExtensions');
  }
  if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'symbol') {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }
  const fn = bindingCompileFunction(pad(code, lineOffset, columnOffset), filename, params);
  const referrer = referrerFor(importModuleDynamically, fn);
  if (referrer !== undefined) internalBinding('module_wrap').setScriptPrivate(fn, referrer);
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  if (produceCachedData) fn.cachedDataProduced = false;
  return fn;
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// vm.Module and its kinds exist only behind the flag, as in node.
if (require('internal/options').hasFlag('--experimental-vm-modules')) {
  const { Module, SourceTextModule, SyntheticModule } = require('internal/vm/module');
  module.exports.Module = Module;
  module.exports.SourceTextModule = SourceTextModule;
  module.exports.SyntheticModule = SyntheticModule;
}
