'use strict';

// vm contexts: each contextified object and the global of its realm (see
// MakeContext in src/bindings/contextify.cc), shared by vm.Script and
// vm.Module.
const contextGlobals = new WeakMap();
// The globals of contexts made with microtaskMode 'afterEvaluate'.
const afterEvaluateContexts = new WeakSet();

module.exports = { contextGlobals, afterEvaluateContexts };
