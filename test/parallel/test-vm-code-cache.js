// Flags: --experimental-vm-modules --no-warnings
'use strict';
// vm's code cache: Script#createCachedData / produceCachedData give data
// that a Script of the same source accepts and runs; other source or
// damaged data is rejected. The same for SourceTextModule.
const assert = require('assert');
const vm = require('vm');

const source = '(function original() { return "original"; })';
const script = new vm.Script(source, { produceCachedData: true });
assert.strictEqual(script.cachedDataProduced, true);
assert(Buffer.isBuffer(script.cachedData));
const data = script.createCachedData();
assert(Buffer.isBuffer(data));

const reused = new vm.Script(source, { cachedData: data });
assert.strictEqual(reused.cachedDataRejected, false);
assert.strictEqual(reused.runInThisContext()(), 'original');
for (const view of [new Uint8Array(data), new DataView(data.buffer, data.byteOffset, data.length)]) {
  assert.strictEqual(new vm.Script(source, { cachedData: view }).cachedDataRejected, false);
}

// Data made by another process: accepted for its own source only (in one
// process node would find the first script in its own cache instead).
const produced = Buffer.from(require('child_process').spawnSync(process.execPath, ['-e', `
  const vm = require('vm');
  console.log(new vm.Script(process.argv[1]).createCachedData().toString('base64'));
`, '(function produced() { return "produced"; })'], { encoding: 'utf8', timeout: 20000 }).stdout, 'base64');
const differs = new vm.Script('(function produced_1() { return "produced_1"; })', { cachedData: produced });
assert.strictEqual(differs.cachedDataRejected, true);
assert.strictEqual(differs.runInThisContext()(), 'produced_1');
assert.strictEqual(new vm.Script('(function produced() { return "produced"; })', {
  cachedData: produced.subarray(4),
}).cachedDataRejected, true);
const same = new vm.Script('(function produced() { return "produced"; })', { cachedData: produced });
assert.strictEqual(same.cachedDataRejected, false);
assert.strictEqual(same.runInThisContext()(), 'produced');
assert.throws(() => new vm.Script(source, { cachedData: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

const m = new vm.SourceTextModule('export const a = 1;');
const moduleData = m.createCachedData();
const fromCache = new vm.SourceTextModule('export const a = 1;', { cachedData: moduleData });
assert.throws(() => new vm.SourceTextModule('differentSource', { cachedData: moduleData }), {
  code: 'ERR_VM_MODULE_CACHED_DATA_REJECTED',
});
fromCache.linkRequests([]);
fromCache.instantiate();
fromCache.evaluate().then(() => {
  assert.strictEqual(fromCache.namespace.a, 1);
  assert.throws(() => fromCache.createCachedData(), { code: 'ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA' });
});
