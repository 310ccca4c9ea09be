'use strict';

// Loads one lib/ module through tools/node-shim.js, but hands it Node's own
// builtins for the ids in `native` (e.g. 'buffer', whose lib/ version needs
// eddy's C++ bindings). Used by the path/querystring/string_decoder/url checks.

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { load, libDir } = require('../node-shim.js');

function loadWithNative(id, native = ['buffer']) {
  const file = path.join(libDir, `${id}.js`);
  const module = { exports: {}, id };
  const source = fs.readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, process, internalBinding) {${source}\n})`,
    { filename: file });
  const req = (dep) => (native.includes(dep) ? require(dep) : load(dep));
  wrapper.call(module.exports, module.exports, req, module, process, () => {
    throw new Error(`${id} must not need internalBinding`);
  });
  return module.exports;
}

module.exports = { loadWithNative };
