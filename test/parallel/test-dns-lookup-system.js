'use strict';
// dns.lookup and dns.lookupService ask the system resolver: IP literals come
// back as they are (on the next tick), localhost resolves, a name that
// does not exist fails with ENOTFOUND, and bad arguments throw Node's
// errors.
const assert = require('assert');
const dns = require('dns');

setTimeout(() => assert.fail('timed out'), 20000).unref();

let sync = true;
dns.lookup('127.0.0.1', (err, address, family) => {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});
sync = false;

dns.lookup('::1', { all: true }, (err, list) => {
  assert.ifError(err);
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
});

dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});

dns.lookup('eddy-no-such-host.invalid', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'eddy-no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND eddy-no-such-host.invalid');
});

dns.promises.lookup('127.0.0.1', { all: true }).then((list) => {
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
});
require('dns/promises').lookup('localhost', 4).then(({ address, family }) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});

// util.promisify gives { address, family }.
require('util').promisify(dns.lookup)('127.0.0.1').then((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
});

dns.lookupService('127.0.0.1', 0, (err, hostname, service) => {
  // Whatever the name, the answer has both parts (or ENOTFOUND).
  if (err) assert.strictEqual(err.syscall, 'getnameinfo');
  else assert.strictEqual(typeof hostname + typeof service, 'stringstring');
});

assert.throws(() => dns.lookup(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (1)',
});
assert.throws(() => dns.lookup('x', 5, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', { hints: 100 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'hints' is invalid. Received 100",
});
assert.throws(() => dns.lookup('x', { order: 'x' }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('127.0.0.1'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('x', 1, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'address' is invalid. Received 'x'",
});
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
