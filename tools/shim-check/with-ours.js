'use strict';

// Runs a test file with require('path'|'querystring'|'string_decoder'|'url'|
// 'punycode') answered by eddy's lib/ versions:
//   node --expose-internals tools/shim-check/with-ours.js test/parallel/test-path-win32.js

const Module = require('module');
const path = require('path');
const { loadWithNative } = require('./_pure-load.js');

const ids = ['path', 'querystring', 'string_decoder', 'url', 'punycode'];
const ours = new Map();
const origLoad = Module._load;
Module._load = function(request, parent, isMain) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (ids.includes(id) && parent && parent.filename && !parent.filename.includes('node_modules') &&
      !parent.filename.endsWith('_pure-load.js') && !parent.filename.endsWith('node-shim.js')) {
    if (!ours.has(id)) ours.set(id, loadWithNative(id));
    return ours.get(id);
  }
  return origLoad.call(this, request, parent, isMain);
};
const file = path.resolve(process.argv[2]);
process.argv.splice(1, 1);
Module.runMain(file);
