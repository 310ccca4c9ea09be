'use strict';
// allowHalfOpen: by default the peer's FIN ends our side too, and a later
// write fails with EPIPE "This socket has been ended by the other party";
// with allowHalfOpen the socket stays writable until end().
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const server = net.createServer({ allowHalfOpen: true }, (conn) => {
  conn.on('end', () => {
    // Still writable after the client's FIN.
    assert.strictEqual(conn.readyState, 'writeOnly');
    conn.end('late reply');
  });
  conn.resume();
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', () => {
    assert.strictEqual(reply, 'late reply');
    notHalfOpen();
  });
  client.end();
});

function notHalfOpen() {
  const s = net.createServer((conn) => conn.end());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1');
    c.resume();
    c.on('end', () => {
      let sync = true;
      const ret = c.write('x', (err) => {
        assert.strictEqual(sync, false);
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
      });
      sync = false;
      assert.strictEqual(ret, false);
    });
    c.on('error', (err) => assert.strictEqual(err.code, 'EPIPE'));
    c.on('close', () => {
      s.close();
      server.close();
    });
    // Ended on our side already, so the write after 'end' fails.
    c.end();
  });
}
