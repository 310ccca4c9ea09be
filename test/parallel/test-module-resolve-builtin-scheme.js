'use strict';
// require.resolve and require.resolve.paths treat 'node:x' like 'x'.
const assert = require('assert');
const { builtinModules } = require('module');

for (const id of builtinModules) {
  assert.strictEqual(require.resolve.paths(id), null);
  assert.strictEqual(require.resolve.paths(`node:${id}`), null);
  assert.strictEqual(require.resolve(`node:${id}`), `node:${id}`);
}
assert.strictEqual(require.resolve.paths('node:test'), null);
assert.strictEqual(require.resolve('node:test'), 'node:test');
assert.throws(() => require.resolve('node:nope'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
