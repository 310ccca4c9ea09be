'use strict';
// A TCP echo over 127.0.0.1: the client sees 'lookup'-free 'connect' then
// 'ready', the data comes back, both ends count their bytes, and the
// socket states and addresses read as Node's.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const events = [];
const server = net.createServer((conn) => {
  assert.strictEqual(conn.remoteAddress, '127.0.0.1');
  assert.strictEqual(conn.remoteFamily, 'IPv4');
  assert.strictEqual(conn.localPort, server.address().port);
  assert.strictEqual(conn.readyState, 'open');
  assert.strictEqual(conn.server, server);
  conn.pipe(conn);
  conn.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    events.push('server conn close');
  });
});

assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  assert.deepStrictEqual({ address, family }, { address: '127.0.0.1', family: 'IPv4' });
  assert.strictEqual(server.listening, true);

  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.connecting, true);
  client.on('lookup', () => assert.fail('an address needs no lookup'));
  client.on('connect', () => {
    events.push('connect');
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.connecting, false);
    // end() was called while connecting.
    assert.strictEqual(client.readyState, 'readOnly');
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.localFamily, 'IPv4');
    assert.strictEqual(typeof client.localPort, 'number');
    assert.deepStrictEqual(client.address(), {
      address: '127.0.0.1', family: 'IPv4', port: client.localPort,
    });
  });
  client.on('ready', () => events.push('ready'));
  client.setEncoding('utf8');
  let echoed = '';
  client.on('data', (chunk) => { echoed += chunk; });
  client.on('end', () => {
    events.push('end');
    assert.strictEqual(echoed, 'hello, world');
  });
  client.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.bytesRead, 12);
    assert.strictEqual(client.bytesWritten, 12);
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.destroyed, true);
    events.push('close');
    server.close(() => {
      assert.deepStrictEqual(events.filter((e) => e !== 'server conn close'),
                             ['connect', 'ready', 'end', 'close']);
      assert.ok(events.includes('server conn close'));
    });
  });
  // Written while connecting: kept until the connection is made.
  client.write('hello, ');
  client.end('world');
  assert.strictEqual(client.bytesWritten, 12);
});
