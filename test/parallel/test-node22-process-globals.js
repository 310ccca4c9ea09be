'use strict';
// What node 22 added to process and the globals: process.version says
// 22.22.2, process.getBuiltinModule, a frozen process.features, and the
// navigator global.
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.strictEqual(process.version, 'v22.22.2');
assert.strictEqual(process.versions.node, '22.22.2');
assert.strictEqual(process.versions.modules, '127');
assert.strictEqual(process.release.lts, 'Jod');
assert.match(process.release.sourceUrl, /\/v22\.22\.2\/node-v22\.22\.2\.tar\.gz$/);

// getBuiltinModule: the same exports require gives, undefined for ids that
// are not builtins, and scheme-only builtins need their scheme.
assert.strictEqual(process.getBuiltinModule('fs'), require('fs'));
assert.strictEqual(process.getBuiltinModule('node:path'), require('path'));
assert.strictEqual(process.getBuiltinModule('node:test'), require('node:test'));
assert.strictEqual(process.getBuiltinModule('test'), undefined);
assert.strictEqual(process.getBuiltinModule('no-such-module'), undefined);
assert.strictEqual(process.getBuiltinModule('internal/errors'), undefined);
assert.throws(() => process.getBuiltinModule(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => require('node:sqlite'), { code: 'ERR_NOT_IMPLEMENTED' });

const features = Object.getOwnPropertyDescriptor(process, 'features');
assert.strictEqual(features.writable, false);
assert.strictEqual(features.configurable, false);
assert.deepStrictEqual(Object.keys(process.features), [
  'inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls',
  'openssl_is_boringssl', 'cached_builtins', 'require_module', 'typescript',
]);

// navigator: an enumerable getter after fetch, one Navigator instance.
const keys = Object.keys(globalThis);
assert.strictEqual(keys[keys.indexOf('fetch') + 1], 'navigator');
const desc = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
assert.strictEqual(desc.get.name, 'get navigator');
assert.strictEqual(desc.set, undefined);
assert.ok(navigator instanceof Navigator);
assert.throws(() => new Navigator(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.strictEqual(navigator.hardwareConcurrency, require('os').availableParallelism());
assert.strictEqual(navigator.userAgent, 'Node.js/22');
assert.strictEqual(navigator.platform, `Linux ${require('os').machine()}`);
assert.deepStrictEqual(navigator.languages, [navigator.language]);
const env = { ...process.env, LANG: 'de_DE.UTF-8' };
delete env.LC_ALL;
delete env.LC_MESSAGES;
const german = spawnSync(process.execPath, ['-p', 'navigator.language'], {
  encoding: 'utf8', timeout: 10000, env,
});
assert.strictEqual(german.stdout.trim(), 'de-DE');
