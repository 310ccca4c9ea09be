'use strict';
// process.config is frozen and names the module ABI version.
const assert = require('assert');

assert.strictEqual(Object.isFrozen(process.config), true);
assert.strictEqual(Object.isFrozen(process.config.variables), true);
assert.strictEqual(process.config.variables.node_module_version, 127);
assert.strictEqual(String(process.config.variables.node_module_version), process.versions.modules);
const desc = Object.getOwnPropertyDescriptor(process, 'config');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, true);
