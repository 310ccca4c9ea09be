'use strict';

// The first JavaScript to run: builds `require` for lib/ modules. Each
// builtin is compiled on first use (Environment::Bootstrap passes this file
// `process` and `internalBinding`; module.exports becomes the require).

const { compileFunction, builtinIds, hasBuiltin } = internalBinding('builtins');

const cache = new Map();
// process.moduleLoadList, as in Node: what start-up and the program loaded.
const loadList = [];
const ids = new Set(builtinIds);

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!ids.has(id) && !hasBuiltin(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  loadList.push(`NativeModule ${id}`);
  const fn = compileFunction(id);
  // No try/finally here: the engine would record the rethrow as the throw
  // site of every error passing through. A builtin that fails to load is
  // an eddy bug and ends the process anyway.
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, process, internalBinding);
  mod.loaded = true;
  return mod.exports;
}

requireBuiltin.ids = ids;
requireBuiltin.loadList = loadList;
requireBuiltin.cache = cache;
module.exports = requireBuiltin;
