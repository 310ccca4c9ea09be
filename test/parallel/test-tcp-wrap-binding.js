'use strict';
// The tcp_wrap binding (reachable as process.binding('tcp_wrap'), as in
// Node): bind/listen/getsockname, onconnection with the accepted handle,
// connect through a TCPConnectWrap completing with (status, handle, req,
// readable, writable), the peer's address, socket options and libuv
// statuses for failures.
const assert = require('assert');
const os = require('os');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const { TCP, TCPConnectWrap, constants } = process.binding('tcp_wrap');
const { EINVAL, ECONNREFUSED } = os.constants.errno;
assert.deepStrictEqual(constants, { SOCKET: 0, SERVER: 1, UV_TCP_IPV6ONLY: 1, UV_TCP_REUSEPORT: 2 });

const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('not an address', 0), -EINVAL);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
assert.strictEqual(server.listen(16), 0);
const where = {};
assert.strictEqual(server.getsockname(where), 0);
assert.strictEqual(where.address, '127.0.0.1');
assert.strictEqual(where.family, 'IPv4');
assert.ok(where.port > 0);
assert.ok(server.fd > 2);

let accepted = false;
server.onconnection = (status, handle) => {
  assert.strictEqual(status, 0);
  assert.ok(handle instanceof TCP);
  const peer = {};
  assert.strictEqual(handle.getpeername(peer), 0);
  assert.strictEqual(peer.address, '127.0.0.1');
  accepted = true;
  handle.close();
};

const client = new TCP(constants.SOCKET);
const req = new TCPConnectWrap();
req.oncomplete = (status, handle, request, readable, writable) => {
  assert.strictEqual(status, 0);
  assert.strictEqual(handle, client);
  assert.strictEqual(request, req);
  assert.strictEqual(readable, true);
  assert.strictEqual(writable, true);
  const peer = {};
  assert.strictEqual(client.getpeername(peer), 0);
  assert.strictEqual(peer.port, where.port);
  assert.strictEqual(client.setNoDelay(true), 0);
  assert.strictEqual(client.setKeepAlive(true, 10), 0);
  client.close(() => {
    refused(where.port);
  });
};
assert.strictEqual(client.connect(req, '127.0.0.1', where.port), 0);

function refused(port) {
  server.close(() => {
    assert.strictEqual(accepted, true);
    const late = new TCP(constants.SOCKET);
    const lateReq = new TCPConnectWrap();
    lateReq.oncomplete = (status) => {
      assert.strictEqual(status, -ECONNREFUSED);
      late.close();
    };
    assert.strictEqual(late.connect(lateReq, '127.0.0.1', port), 0);
  });
}
