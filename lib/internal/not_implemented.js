'use strict';

// Builds the parts of a module eddy does not implement yet: each function
// throws ERR_NOT_IMPLEMENTED naming itself, each class throws when
// constructed. The module itself loads, so code that only requires it (or
// checks a flag on it) runs; docs/compat.md lists what is missing.

const { notImplemented } = require('internal/errors');

function missingFunction(moduleName, name) {
  const fn = function() { throw notImplemented(`${moduleName}.${name}`); };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function missingClass(moduleName, name) {
  const cls = class {
    constructor() { throw notImplemented(`${moduleName}.${name}`); }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

// Adds the missing functions and classes to `target`.
function addMissing(target, moduleName, functions = [], classes = []) {
  for (const name of functions) target[name] = missingFunction(moduleName, name);
  for (const name of classes) target[name] = missingClass(moduleName, name);
  return target;
}

module.exports = { addMissing, missingFunction, missingClass };
