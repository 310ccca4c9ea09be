'use strict';
// The os functions that return one value also convert to it, and keep Node's
// function names.
const assert = require('assert');
const os = require('os');

const withPrimitive = ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir',
                       'hostname', 'platform', 'release', 'tmpdir', 'totalmem', 'type',
                       'uptime', 'version', 'machine'];
for (const name of withPrimitive) {
  assert.strictEqual(typeof os[name][Symbol.toPrimitive], 'function', name);
}
for (const name of ['cpus', 'loadavg', 'networkInterfaces', 'userInfo', 'getPriority', 'setPriority']) {
  assert.strictEqual(Symbol.toPrimitive in os[name], false, name);
}
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.tmpdir}`, os.tmpdir());
assert.strictEqual(`${os.arch}`, process.arch);
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(`${os.type}`, os.type());
assert.strictEqual(+os.totalmem, os.totalmem());
assert.strictEqual(+os.availableParallelism, os.availableParallelism());

assert.strictEqual(os.hostname.name, 'wrappedFn');
assert.strictEqual(os.homedir.name, 'wrappedFn');
assert.strictEqual(os.uptime.name, 'wrappedFn');
assert.strictEqual(os.freemem.name, 'getFreeMem');
assert.strictEqual(os.type.name, 'getOSType');
assert.strictEqual(os.release.name, 'getOSRelease');
assert.strictEqual(os.availableParallelism.name, 'getAvailableParallelism');
assert.strictEqual(os.cpus.name, 'cpus');
