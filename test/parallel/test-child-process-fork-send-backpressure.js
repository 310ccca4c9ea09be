'use strict';
// send() returns false once the channel has a backlog of unsent bytes,
// true while it has none; every callback still runs (with null) once its
// message is out, and the messages arrive whole and in order.
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const lengths = [];
  process.on('message', (message) => {
    if (message === 'end') {
      process.send(lengths);
      process.disconnect();
      return;
    }
    lengths.push(message.length);
  });
  return;
}

const child = fork(__filename, ['child']);
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

const big = 'x'.repeat(4 << 20);
const order = [];
assert.strictEqual(child.send('small', (err) => order.push(['small', err])), true);
assert.strictEqual(child.send(big, (err) => order.push(['big', err])), false);
assert.strictEqual(child.send('after', (err) => order.push(['after', err])), false);
child.send('end');

child.on('message', (lengths) => {
  assert.deepStrictEqual(lengths, ['small'.length, big.length, 'after'.length]);
});
child.on('exit', (code) => assert.strictEqual(code, 0));
process.on('exit', () => {
  assert.deepStrictEqual(order, [['small', null], ['big', null], ['after', null]]);
});
