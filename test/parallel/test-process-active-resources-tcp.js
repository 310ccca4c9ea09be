'use strict';
// TCP handles show in process.getActiveResourcesInfo() as Node names them
// (TCPServerWrap, TCPSocketWrap) and in process._getActiveHandles() as
// their server and sockets; closed ones are gone once 'close' is emitted.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const count = (name) => process.getActiveResourcesInfo().filter((n) => n === name).length;

const server = net.createServer((conn) => {
  assert.strictEqual(count('TCPSocketWrap'), 2);
  assert.ok(process._getActiveHandles().includes(conn));
  assert.ok(process._getActiveHandles().includes(client));
  let open = 2;
  const onClose = () => {
    if (--open > 0) return;
    assert.strictEqual(count('TCPSocketWrap'), 0);
    server.close(() => setTimeout(() => assert.strictEqual(count('TCPServerWrap'), 0), 20));
  };
  conn.on('close', onClose);
  client.on('close', onClose);
  conn.destroy();
  client.destroy();
});
let client;
server.listen(0, '127.0.0.1', () => {
  assert.strictEqual(count('TCPServerWrap'), 1);
  assert.ok(process._getActiveHandles().includes(server));
  client = net.connect(server.address().port, '127.0.0.1');
});
