'use strict';
// A server listening on a Unix socket path: address() is the path, a client
// connects by path, and data flows both ways.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const where = path.join(os.tmpdir(), `eddy-net-unix-${process.pid}.sock`);
try { fs.unlinkSync(where); } catch {}

const server = net.createServer((conn) => {
  assert.strictEqual(conn.remoteAddress, undefined);
  conn.end('pong');
});

server.listen(where, () => {
  assert.strictEqual(server.address(), where);
  assert.ok(fs.statSync(where).isSocket());
  const client = net.connect(where, () => {
    assert.strictEqual(client.remoteAddress, undefined);
    client.write('ping');
  });
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', () => {
    assert.strictEqual(reply, 'pong');
    server.close(() => {
      // The socket file is removed with the server.
      assert.strictEqual(fs.existsSync(where), false);
    });
  });
});
