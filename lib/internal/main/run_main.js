'use strict';

// The entry point chosen on the command line: a file, -e, -p, a script on
// stdin. -r modules load first.

const path = require('path');
const { options } = internalBinding('builtins');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');

function readStdin() {
  const { read } = internalBinding('fs');
  const { Buffer } = require('buffer');
  const chunks = [];
  for (;;) {
    const chunk = Buffer.allocUnsafeSlow(65536);
    let n;
    try {
      n = read(0, chunk, 0, chunk.length, null);
    } catch (err) {
      if (err.code === 'EAGAIN') continue;
      if (err.code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks).toString('utf8');
}

// Whether -e, -p or stdin input is an ES module: --input-type, else
// --experimental-default-type, else whether it only compiles as one.
function isModuleInput(source) {
  const inputType = flagValues('--input-type').at(-1);
  if (inputType !== undefined) return inputType === 'module';
  const defaultType = flagValues('--experimental-default-type').at(-1);
  if (defaultType !== undefined) return defaultType === 'module';
  if (hasFlag('--no-experimental-detect-module')) return false;
  const { compileFunction } = internalBinding('contextify');
  let error;
  try {
    compileFunction(source, '[eval]', []);
    return false;
  } catch (err) {
    if (!(err instanceof SyntaxError)) return false;
    error = err;
  }
  return require('internal/modules/esm/loader').detectModule(source, '[eval]', evalURL(), error) !== null;
}

// String input run as an ES module, at file:///<cwd>/[eval1].
function evalModule(source, print) {
  if (print) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
  defineBuiltinGlobals(null);
  require('internal/modules/esm/loader').runMain(evalURL(), source);
}

function evalURL() {
  const { pathToFileURL, URL } = require('internal/url');
  return new URL('[eval1]', pathToFileURL(`${process.cwd()}/`)).href;
}

// -e and -p: the script runs in global scope with require and module.
function evalScript(name, source, print) {
  if (isModuleInput(source)) {
    evalModule(source, print);
    return;
  }
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const define = (key, value) => Object.defineProperty(globalThis, key, {
    value, writable: true, configurable: true, enumerable: true,
  });
  define('__filename', name);
  define('module', module);
  define('exports', module.exports);
  define('__dirname', '.');
  define('require', makeRequireFunction(module));
  defineBuiltinGlobals(module);
  const { runInThisContext } = internalBinding('contextify');
  const { CommonJSReferrer } = require('internal/modules/cjs/loader');
  let result;
  try {
    result = runInThisContext(source, name, 0, new CommonJSReferrer(module.filename));
  } catch (err) {
    if (err instanceof SyntaxError) {
      require('internal/modules/esm/syntax').rewordScriptSyntaxError(err);
    }
    throw err;
  }
  if (print) console.log(result);
}

// As in Node's -e and -p: builtin modules are globals (`fs`, `url`, ...).
function defineBuiltinGlobals(module) {
  const { publicIds } = require('internal/modules/builtins');
  for (const id of publicIds) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      configurable: true,
      enumerable: false,
      get() {
        const value = module !== null ? module.require(id) : require('internal/modules/builtins').load(id);
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true });
      },
    });
  }
}

// --watch: this process supervises, a child (started without --watch, with
// EDDY_WATCH_CHILD=1) runs the program and tells which files it loads.
// Only then is the watch code loaded.
const { hasFlag, flagValues } = require('internal/options');
if (process.env.EDDY_WATCH_CHILD === '1') {
  require('internal/main/watch_mode').reportLoadedFiles();
} else if (hasFlag('--watch') || flagValues('--watch-path').length > 0) {
  const watchMode = require('internal/main/watch_mode');
  if (options.mode !== 'file') {
    process._rawDebug(`${process.argv0}: --watch requires specifying a file`);
    process.exit(9);
  } else {
    watchMode.supervise(process.argv[1], options.script);
    return;
  }
}

{
  const inputType = flagValues('--input-type').at(-1);
  if (inputType !== undefined && !['module', 'commonjs', 'module-typescript',
                                    'commonjs-typescript'].includes(inputType)) {
    process._rawDebug(`${process.execPath}: --input-type must be "module","commonjs", ` +
                      '"module-typescript" or "commonjs-typescript"');
    process.exit(9);
  }
  const trace = flagValues('--trace-require-module').at(-1);
  if (trace !== undefined && trace !== 'all' && trace !== 'no-node-modules') {
    process._rawDebug(`${process.execPath}: invalid value for --trace-require-module`);
    process.exit(9);
  }
}

// A parent that forked this process left it an IPC channel: process.send()
// and friends exist before any user code (-r modules included) runs.
if (process.env.NODE_CHANNEL_FD !== undefined) {
  require('internal/child_process').setupChildChannel();
}

Module._preloadModules(options.preload);

// --import modules (ES modules or any other) load one after the other,
// after the -r ones; the entry point runs once they have.
const imports = flagValues('--import');
if (imports.length === 0) {
  runEntryPoint();
} else {
  const loader = require('internal/modules/esm/loader');
  const { pathToFileURL } = require('internal/url');
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  const { triggerUncaughtException } = internalBinding('errors');
  (async () => {
    for (const specifier of imports) await loader.importModule(specifier, parentURL);
  })().then(() => {
    try {
      runEntryPoint();
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }, (err) => triggerUncaughtException(err, true));
}

function runEntryPoint() {
  switch (options.mode) {
    case 'file':
      Module.runMain(process.argv[1]);
      break;
    case 'eval':
      evalScript('[eval]', options.script, false);
      break;
    case 'print':
      evalScript('[eval]', options.script, true);
      break;
    case 'test':
      require('internal/test_runner/runner').runTestFiles(process.argv.slice(1));
      break;
    case 'run':
      require('internal/main/run_script').runScript(options.script, process.argv.slice(1));
      break;
    case 'stdin': {
      const source = readStdin();
      if (isModuleInput(source)) {
        evalModule(source, false);
        break;
      }
      const module = new Module('[stdin]');
      module.filename = path.join(process.cwd(), '[stdin]');
      module.paths = Module._nodeModulePaths(process.cwd());
      process.mainModule = module;
      module._compile(source, module.filename);
      break;
    }
    default:
      throw require('internal/errors').notImplemented('the REPL (run eddy with a script)');
  }
}
