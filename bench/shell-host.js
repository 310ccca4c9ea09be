'use strict';
// Runs a bench/*.js workload unchanged in SpiderMonkey's own shell (js140),
// which has no require, process or console:
//
//   js140 bench/shell-host.js bench/promises.js
//
// Gives the workload a CommonJS require for its relative modules
// (./harness), console.log/error, and the part of process the workloads
// use: env, argv, hrtime.bigint() (from performance.now()) and exitCode (a
// failure ends the shell with that code). The shell runs the promise jobs
// in its own job loop once the top level has returned, as a plain
// embedding does.
const main = scriptArgs[0];

globalThis.console = { log: print, error: (...args) => printErr(args.join(' ')) };
globalThis.process = {
  argv: ['js140', main, ...scriptArgs.slice(1)],
  env: new Proxy({}, { get: (target, name) => os.getenv(String(name)) }),
  hrtime: { bigint: () => BigInt(Math.round(performance.now() * 1e6)) },
  set exitCode(code) {
    if (code) quit(code);
  },
};

const cache = new Map();
function requireFile(file) {
  if (cache.has(file)) return cache.get(file).exports;
  const module = { exports: {} };
  cache.set(file, module);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const body = new Function('module', 'exports', 'require', os.file.readFile(file));
  body(module, module.exports, (id) => requireFile(dir + id.replace(/^\.\//, '') + '.js'));
  return module.exports;
}

requireFile(main);
