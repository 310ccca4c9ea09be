'use strict';

// node:test/reporters: the built-in reporters, as async generator functions.

const { notImplemented } = require('internal/errors');

const reporters = {};
for (const name of ['dot', 'spec', 'tap']) {
  Object.defineProperty(reporters, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/test_runner/reporters')[name]; },
  });
}
for (const name of ['junit', 'lcov']) {
  Object.defineProperty(reporters, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return function() { throw notImplemented(`node:test/reporters ${name}`); };
    },
  });
}
module.exports = reporters;
