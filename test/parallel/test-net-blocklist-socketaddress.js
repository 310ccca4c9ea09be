'use strict';
// net.BlockList (addresses, ranges, subnets, IPv4 rules also matching the
// IPv4-mapped IPv6 form, rules text, JSON round trip) and net.SocketAddress
// (defaults, canonical text, parse, validation).
const assert = require('assert');
const { BlockList, SocketAddress } = require('net');
const { inspect } = require('util');

const list = new BlockList();
list.addAddress('10.0.0.1');
list.addRange('10.0.1.1', '10.0.1.9');
list.addSubnet('8592:757c:efae:4e45::', 64, 'IPv6');
list.addAddress('1:0:0:0:0:0:0:00A', 'ipv6');
assert.deepStrictEqual(list.rules, [
  'Address: IPv6 1::a',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.1.1-10.0.1.9',
  'Address: IPv4 10.0.0.1',
]);
assert.strictEqual(list.check('10.0.0.1'), true);
assert.strictEqual(list.check('::ffff:10.0.1.5', 'ipv6'), true);
assert.strictEqual(list.check('10.0.1.10'), false);
assert.strictEqual(list.check('8592:757c:efae:4e45:ffff::1', 'ipv6'), true);
assert.strictEqual(list.check('8592:757c:efae:4e46::1', 'ipv6'), false);
assert.strictEqual(list.check('not an address'), false);
assert.strictEqual(list.check(new SocketAddress({ address: '10.0.1.2' })), true);
assert.strictEqual(BlockList.isBlockList(list), true);
assert.strictEqual(BlockList.isBlockList({}), false);
assert.strictEqual(inspect(list, { depth: -1 }), '[BlockList]');

const copy = new BlockList();
copy.fromJSON(JSON.stringify(list));
assert.deepStrictEqual(copy.rules.sort(), list.rules.sort());

assert.throws(() => list.addRange('1.1.1.2', '1.1.1.1'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => list.addSubnet('1.1.1.1', 33), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => list.addAddress('1.1.1.1', 'ipv5'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => list.addAddress('nope'), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
assert.throws(() => list.fromJSON(1), { code: 'ERR_INVALID_ARG_TYPE' });

const sa = new SocketAddress();
assert.deepStrictEqual(sa.toJSON(), { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
const six = new SocketAddress({ address: '0:0:0:0:0:ffff:0102:0304', family: 'IPv6', port: '80', flowlabel: 7 });
assert.strictEqual(six.address, '::ffff:1.2.3.4');
assert.strictEqual(six.port, 80);
assert.strictEqual(six.family, 'ipv6');
assert.strictEqual(six.flowlabel, 7);
assert.strictEqual(inspect(six), "SocketAddress { address: '::ffff:1.2.3.4', port: 80, family: 'ipv6', flowlabel: 7 }");
assert.strictEqual(SocketAddress.isSocketAddress(six), true);
assert.deepStrictEqual(SocketAddress.parse('[1::8]:123').toJSON(),
                       { address: '1::8', port: 123, family: 'ipv6', flowlabel: 0 });
assert.strictEqual(SocketAddress.parse('192.168.257:1').address, '192.168.1.1');
assert.strictEqual(SocketAddress.parse('259.1.1.1'), undefined);
assert.throws(() => new SocketAddress({ family: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new SocketAddress({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new SocketAddress({ address: '::1' }), { code: 'ERR_INVALID_ADDRESS' });
