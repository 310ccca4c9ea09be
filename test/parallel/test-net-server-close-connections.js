'use strict';
// server.close() stops accepting but waits for the open connections: its
// callback and 'close' come once the last one is gone; closing a server
// that is not listening calls back with ERR_SERVER_NOT_RUNNING.
// getConnections() counts, maxConnections drops with a 'drop' event.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

new net.Server().close((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
});

let serverSide;
const server = net.createServer((conn) => {
  serverSide = conn;
  server.getConnections((err, count) => {
    assert.ifError(err);
    assert.strictEqual(count, 1);
    // A second client is over the limit.
    server.maxConnections = 1;
    const extra = net.connect(server.address().port, '127.0.0.1');
    extra.on('error', () => {});
    extra.resume();
  });
});
server.on('drop', (info) => {
  assert.strictEqual(info.remoteAddress, '127.0.0.1');
  assert.strictEqual(info.localPort, server.address().port);
  assert.strictEqual(info.remoteFamily, 'IPv4');
  let closed = false;
  server.close(() => {
    closed = true;
  });
  assert.strictEqual(server.listening, false);
  // Still one connection: no 'close' until it ends.
  setTimeout(() => {
    assert.strictEqual(closed, false);
    serverSide.destroy();
    setTimeout(() => {
      assert.strictEqual(closed, true);
      client.destroy();
    }, 100);
  }, 100);
});

let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.on('error', () => {});
});
