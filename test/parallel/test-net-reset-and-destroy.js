'use strict';
// resetAndDestroy() closes with an RST: the peer sees ECONNRESET rather
// than an orderly end. Without a handle it fails with ERR_SOCKET_CLOSED.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const server = net.createServer((conn) => {
  conn.on('end', () => assert.fail('an RST is no FIN'));
  conn.on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'read ECONNRESET');
    server.close();
  });
  conn.resume();
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.resetAndDestroy();
    assert.strictEqual(client.destroyed, true);
  });
  client.on('close', (hadError) => assert.strictEqual(hadError, false));
});

const bare = new net.Socket();
bare.on('error', (err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED'));
bare.resetAndDestroy();
