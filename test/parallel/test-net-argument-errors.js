'use strict';
// Bad arguments to net's sockets and servers throw Node's errors.
const assert = require('assert');
const net = require('net');

const throwsWith = (fn, code, message) => assert.throws(fn, (err) => {
  assert.strictEqual(err.code, code);
  if (message !== undefined) assert.strictEqual(err.message, message);
  return true;
});

throwsWith(() => net.connect(), 'ERR_MISSING_ARGS',
           'The "options" or "port" or "path" argument must be specified');
throwsWith(() => net.connect({ port: true }), 'ERR_INVALID_ARG_TYPE',
           'The "options.port" property must be one of type number or string. Received type boolean (true)');
throwsWith(() => net.connect({ port: 65536 }), 'ERR_SOCKET_BAD_PORT',
           'Port should be >= 0 and < 65536. Received type number (65536).');
throwsWith(() => net.connect({ port: 80, host: 5 }), 'ERR_INVALID_ARG_TYPE');
throwsWith(() => net.connect({ port: 80, localAddress: 'x' }), 'ERR_INVALID_IP_ADDRESS',
           'Invalid IP address: x');
throwsWith(() => net.connect({ port: 80, lookup: 5 }), 'ERR_INVALID_ARG_TYPE');
throwsWith(() => net.connect({ path: 5 }), 'ERR_INVALID_ARG_TYPE');
throwsWith(() => new net.Socket({ fd: -1 }), 'ERR_OUT_OF_RANGE');
throwsWith(() => new net.Socket({ objectMode: true }), 'ERR_INVALID_ARG_VALUE',
           "The property 'options.objectMode' is not supported. Received true");

const socket = new net.Socket();
throwsWith(() => socket.setTimeout('1'), 'ERR_INVALID_ARG_TYPE');
throwsWith(() => socket.setTimeout(-1), 'ERR_OUT_OF_RANGE',
           'The value of "msecs" is out of range. It must be a non-negative finite number. Received -1');
throwsWith(() => socket.setTimeout(1, 'x'), 'ERR_INVALID_ARG_TYPE');
socket.destroy();

throwsWith(() => new net.Server(5), 'ERR_INVALID_ARG_TYPE');
throwsWith(() => new net.Server().listen({}), 'ERR_INVALID_ARG_VALUE',
           'The argument \'options\' must have the property "port" or "path". Received {}');
throwsWith(() => new net.Server().listen({ port: -1 }), 'ERR_SOCKET_BAD_PORT',
           'options.port should be >= 0 and < 65536. Received type number (-1).');
throwsWith(() => new net.Server().getConnections(), 'ERR_INVALID_ARG_TYPE');

// listen() twice without a close.
const server = net.createServer().listen(0, '127.0.0.1', () => {
  throwsWith(() => server.listen(0), 'ERR_SERVER_ALREADY_LISTEN',
             'Listen method has been called more than once without closing.');
  server.close();
});
