'use strict';

// Loads eddy's stream modules (plus internal/errors and internal/validators)
// from lib/ inside real Node; every other id (buffer, events,
// string_decoder, ...) is Node's own builtin, so the streams can be checked
// independently of the other lib/ modules. Same wrapper as tools/node-shim.js.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const libDir = path.join(__dirname, '..', '..', 'lib');
const cache = new Map();
// STREAMS_LIB_EVENTS=1 also takes lib/events.js (eddy's EventEmitter).
const ours = process.env.STREAMS_LIB_EVENTS ?
  /^(stream|stream\/.*|internal\/streams\/.*|internal\/errors|internal\/validators|events)$/ :
  /^(stream|stream\/.*|internal\/streams\/.*|internal\/errors|internal\/validators)$/;

function load(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (id === 'internal/util/inspect') return require('util');
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(libDir, `${id}.js`);
  if (!ours.test(id) || !fs.existsSync(file)) return require(id);
  const module = { exports: {}, id };
  cache.set(id, module);
  const source = fs.readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, process, internalBinding) {${source}\n})`,
    { filename: file });
  wrapper.call(module.exports, module.exports, load, module, process, () => {
    throw new Error('stream modules must not need internalBinding');
  });
  return module.exports;
}

module.exports = { load };
