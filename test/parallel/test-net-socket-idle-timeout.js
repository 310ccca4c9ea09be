'use strict';
// setTimeout() on a socket: 'timeout' after that long without traffic
// (activity pushes it back), the timer never holds the process open, and
// 0 turns it off.
const assert = require('assert');
const net = require('net');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const server = net.createServer((conn) => {
  // Some traffic first: the timeout counts from the last of it.
  let n = 0;
  const ping = setInterval(() => {
    conn.write('x');
    if (++n === 3) clearInterval(ping);
  }, 30);
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.timeout, undefined);
  const start = Date.now();
  let received = 0;
  client.on('data', (chunk) => { received += chunk.length; });
  client.setTimeout(150, () => {
    assert.strictEqual(received, 3);
    assert.ok(Date.now() - start >= 200, 'the pings pushed the timeout back');
    assert.strictEqual(client.timeout, 150);
    client.setTimeout(0);
    assert.strictEqual(client.timeout, 0);
    client.destroy();
    server.close();
  });
});

// An idle timeout alone does not keep the process alive.
const lonely = new net.Socket();
lonely.setTimeout(60000, () => assert.fail('unexpected timeout'));
