'use strict';

// node:test: test(), describe()/it() (suite()), the hooks and mocks. Tests
// run in this process; run() (test files in child processes) is not
// implemented.

const { runInParentContext, hook } = require('internal/test_runner/harness');
const { Test, Suite } = require('internal/test_runner/test');
const { notImplemented } = require('internal/errors');

const test = runInParentContext(Test);
const suite = runInParentContext(Suite);

function run() {
  throw notImplemented('node:test run()');
}

let lazyMock;

module.exports = test;
Object.assign(module.exports, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe: suite,
  it: test,
  run,
  suite,
  test,
});
Object.defineProperty(module.exports, 'name', { value: 'test' });
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (lazyMock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      lazyMock = new MockTracker();
    }
    return lazyMock;
  },
});
