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

// -e and -p: the script runs in global scope with require and module.
function evalScript(name, source, print) {
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
  // As in Node's -e and -p: builtin modules are globals (`fs`, `url`, ...).
  const { publicIds } = require('internal/modules/builtins');
  for (const id of publicIds) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      configurable: true,
      enumerable: false,
      get() {
        const value = module.require(id);
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true });
      },
    });
  }
  const { runInThisContext } = internalBinding('contextify');
  const { CommonJSReferrer } = require('internal/modules/cjs/loader');
  const result = runInThisContext(source, name, 0, new CommonJSReferrer(module.filename));
  if (print) console.log(result);
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

// A parent that forked this process left it an IPC channel: process.send()
// and friends exist before any user code (-r modules included) runs.
if (process.env.NODE_CHANNEL_FD !== undefined) {
  require('internal/child_process').setupChildChannel();
}

Module._preloadModules(options.preload);

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
