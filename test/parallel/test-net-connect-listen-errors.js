'use strict';
// Failed connects, binds and listens give Node's errors: message, errno,
// code, syscall, address and port, in Node's key order.
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');

setTimeout(() => assert.fail('timed out'), 10000).unref();
const { ECONNREFUSED, EADDRINUSE, ENOENT } = os.constants.errno;

const server = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = server.address();

  // Listening on a port in use: "listen EADDRINUSE: address already in use".
  const second = net.createServer();
  second.listen(port, '127.0.0.1');
  second.on('error', (err) => {
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
    assert.strictEqual(err.errno, -EADDRINUSE);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(second.listening, false);

    // Binding the local end to that port: "bind EADDRINUSE".
    const bound = net.connect({ port: 1, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: port });
    bound.on('error', (bindErr) => {
      assert.strictEqual(bindErr.message, `bind EADDRINUSE 127.0.0.1:${port}`);
      assert.deepStrictEqual(Object.keys(bindErr), ['errno', 'code', 'syscall', 'address', 'port']);
      server.close(refused);
    });
  });

  function refused() {
    // Nobody listens there any more.
    const client = net.connect(port, '127.0.0.1');
    client.on('connect', () => assert.fail('connected to a closed port'));
    client.on('error', (err) => {
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.errno, -ECONNREFUSED);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      client.on('close', (hadError) => {
        assert.strictEqual(hadError, true);
        missingPipe();
      });
    });
  }

  function missingPipe() {
    const where = path.join(os.tmpdir(), `eddy-no-such-socket-${process.pid}`);
    const client = net.connect(where);
    client.on('error', (err) => {
      assert.strictEqual(err.message, `connect ENOENT ${where}`);
      assert.strictEqual(err.errno, -ENOENT);
      assert.strictEqual(err.address, where);
      assert.strictEqual(err.port, undefined);
    });
  }
});
