'use strict';
// net publishes on diagnostics_channel: 'net.client.socket' when a client
// starts connecting, 'net.server.socket' for each accepted socket, and the
// 'net.server.listen' tracing channel (asyncStart with the options, then
// asyncEnd, or error when the port is taken). An accepted socket is
// published once its 'connection' listeners have run.
const assert = require('assert');
const dc = require('diagnostics_channel');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const seen = [];
dc.subscribe('net.client.socket', ({ socket }) => {
  assert.ok(socket instanceof net.Socket);
  seen.push('client');
});
dc.subscribe('net.server.socket', ({ socket }) => {
  assert.ok(socket instanceof net.Socket);
  seen.push('server');
});
dc.tracingChannel('net.server.listen').subscribe({
  asyncStart({ server, options }) {
    assert.ok(server instanceof net.Server);
    seen.push(`listen ${options.tag}`);
  },
  asyncEnd() { seen.push('listening'); },
  error({ error }) { seen.push(`error ${error.code}`); },
});

const server = net.createServer((conn) => {
  conn.destroy();
  const second = net.createServer();
  second.on('error', () => {
    assert.deepStrictEqual(seen, [
      'listen first', 'listening', 'client', 'listen second', 'server', 'error EADDRINUSE',
    ]);
    server.close();
  });
  second.listen({ port: server.address().port, host: '127.0.0.1', tag: 'second' });
});
server.listen({ port: 0, host: '127.0.0.1', tag: 'first' }, () => {
  net.connect(server.address().port, '127.0.0.1').on('error', () => {});
});
