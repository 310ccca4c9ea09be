'use strict';
// os.networkInterfaces(): entries grouped by name with cidr; scopeid only
// on IPv6 entries.
const assert = require('assert');
const os = require('os');

const ifaces = os.networkInterfaces();
assert.strictEqual(typeof ifaces, 'object');
const lo = ifaces.lo;
assert.ok(Array.isArray(lo), 'loopback interface present');
const v4 = lo.find((e) => e.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1',
  netmask: '255.0.0.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal: true,
  cidr: '127.0.0.1/8',
});
for (const list of Object.values(ifaces)) {
  for (const e of list) {
    assert.deepStrictEqual(Object.keys(e).slice(0, 6),
                           ['address', 'netmask', 'family', 'mac', 'internal', 'cidr']);
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof e.internal, 'boolean');
    if (e.family === 'IPv6') {
      assert.strictEqual(typeof e.scopeid, 'number');
      if (e.netmask === 'ffff:ffff:ffff:ffff::') assert.strictEqual(e.cidr, `${e.address}/64`);
      if (e.address === '::1') assert.strictEqual(e.cidr, '::1/128');
    } else {
      assert.strictEqual(e.family, 'IPv4');
      assert.strictEqual('scopeid' in e, false);
    }
  }
}
