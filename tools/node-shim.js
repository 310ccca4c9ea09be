'use strict';

// Loads eddy's lib/ modules inside real Node, so pure-JS modules can be
// developed and compared with Node's own builtins side by side.
//
//   node --expose-internals tools/node-shim.js            (self-check)
//   const { load } = require('./tools/node-shim');        (from a test script
//   const ourPath = load('path');                          run with --expose-internals)
//   setBinding('buffer', fake);                            (stand in for an eddy binding)
//
// A lib module sees the same wrapper as in eddy:
//   (function (exports, require, module, process, internalBinding) { ... })
// `require(id)` resolves to lib/<id>.js when that file exists and falls back
// to Node's own builtin otherwise, so a module can be tested before the
// modules it depends on are written. `internalBinding` is Node's own (needs
// --expose-internals); eddy implements the same binding functions in C++.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const libDir = path.join(__dirname, '..', 'lib');
const cache = new Map();

let nodeInternalBinding;
try {
  nodeInternalBinding = require('internal/test/binding').internalBinding;
} catch {
  nodeInternalBinding = (name) => {
    throw new Error(`internalBinding('${name}') needs node --expose-internals`);
  };
}
// Bindings that Node lacks or shapes differently are supplied by the caller.
const bindingOverrides = new Map();
function setBinding(name, value) { bindingOverrides.set(name, value); }
function internalBinding(name) {
  return bindingOverrides.has(name) ? bindingOverrides.get(name) : nodeInternalBinding(name);
}

function load(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(libDir, `${id}.js`);
  if (!fs.existsSync(file)) return require(id);
  const module = { exports: {}, id };
  cache.set(id, module);
  const source = fs.readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, process, internalBinding) {${source}\n})`,
    { filename: file });
  wrapper.call(module.exports, module.exports, load, module, process, internalBinding);
  return module.exports;
}

module.exports = { load, setBinding, libDir };

if (require.main === module) {
  const errors = load('internal/errors');
  const e = new errors.codes.ERR_INVALID_ARG_TYPE('path', 'string', 42);
  console.log(e.message);
}
