'use strict';
// fork(): messages go both ways over the IPC channel (JSON: NaN becomes
// null, undefined properties vanish, Dates become strings), each one
// emitted with an undefined handle, and the parent sees Node's event order:
// 'spawn', the messages, 'disconnect', 'exit', 'close'.
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'done') {
      process.disconnect();
      return;
    }
    process.send({ echo: message });
  });
  process.send('ready');
  return;
}

const child = fork(__filename, ['child']);
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.send, 'function');
assert.strictEqual(child.channel, child.channel);
assert.strictEqual(child.stdio[3], null);

const events = [];
const received = [];
for (const name of ['spawn', 'disconnect', 'exit', 'close']) {
  child.on(name, (...args) => events.push([name, ...args]));
}
child.on('message', (message, handle) => {
  assert.strictEqual(handle, undefined);
  events.push(['message']);
  received.push(message);
  if (message === 'ready') {
    assert.strictEqual(child.send({ n: NaN, u: undefined, d: new Date(0), s: 'ß€😀\n' }), true);
    child.send([1, 'two', null, true]);
    child.send('done');
  }
});

process.on('exit', () => {
  assert.deepStrictEqual(received, [
    'ready',
    { echo: { n: null, d: '1970-01-01T00:00:00.000Z', s: 'ß€😀\n' } },
    { echo: [1, 'two', null, true] },
  ]);
  assert.deepStrictEqual(events, [
    ['spawn'], ['message'], ['message'], ['message'],
    ['disconnect'], ['exit', 0, null], ['close', 0, null],
  ]);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);
});
