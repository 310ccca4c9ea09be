'use strict';
// With several addresses for a name, connect tries them in turn (happy
// eyeballs): an unreachable first address falls back to the next one, and
// autoSelectFamilyAttemptedAddresses lists what was tried. With
// autoSelectFamily off, only the first address is used.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const lookup = (host, options, callback) => {
  const entries = [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }];
  if (options.all) process.nextTick(callback, null, entries);
  else process.nextTick(callback, null, entries[0].address, entries[0].family);
};

const server = net.createServer((conn) => conn.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const attempts = [];
  const client = net.connect({ host: 'eddy.example', port, lookup, autoSelectFamily: true });
  client.on('connectionAttempt', (ip, p, family) => attempts.push([ip, p, family]));
  client.on('connect', () => {
    assert.deepStrictEqual(attempts, [['::1', port, 6], ['127.0.0.1', port, 4]]);
    assert.deepStrictEqual(client.autoSelectFamilyAttemptedAddresses,
                           [`::1:${port}`, `127.0.0.1:${port}`]);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
  });
  client.resume();
  client.on('end', () => {
    const single = net.connect({ host: 'eddy.example', port, lookup, autoSelectFamily: false });
    single.on('connect', () => assert.fail('::1 has no listener'));
    single.on('error', (err) => {
      assert.strictEqual(err.address, '::1');
      assert.strictEqual(single.autoSelectFamilyAttemptedAddresses, undefined);
      server.close();
    });
  });
});
