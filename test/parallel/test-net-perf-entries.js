'use strict';
// A PerformanceObserver of 'net' entries sees each TCP connect made (name
// 'connect', with the host and port as detail).
const assert = require('assert');
const net = require('net');
const { PerformanceObserver } = require('perf_hooks');

setTimeout(() => assert.fail('timed out'), 10000).unref();

const entries = [];
const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
observer.observe({ type: 'net' });

const server = net.createServer((conn) => conn.destroy());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1');
  client.on('close', () => {
    server.close();
    setImmediate(() => {
      observer.disconnect();
      assert.strictEqual(entries.length, 1);
      const [entry] = entries;
      assert.strictEqual(entry.name, 'connect');
      assert.strictEqual(entry.entryType, 'net');
      assert.ok(entry.duration >= 0);
      assert.deepStrictEqual(entry.detail, { host: '127.0.0.1', port });
    });
  });
  client.on('error', () => {});
});
