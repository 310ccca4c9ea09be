'use strict';
// subprocess.send() and disconnect() errors: bad messages and options throw
// Node's errors; once disconnected, send() returns false and reports
// ERR_IPC_CHANNEL_CLOSED to its callback or as 'error', and a second
// disconnect() emits ERR_IPC_DISCONNECTED.
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', () => {});
  return;
}

const child = fork(__filename, ['child']);
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

for (const missing of [[], [undefined]]) {
  assert.throws(() => child.send(...missing), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "message" argument must be specified',
  });
}
assert.throws(() => child.send(Symbol()), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "message" argument must be one of type string, object, number, or boolean. ' +
    'Received type symbol (Symbol())',
});
assert.throws(() => child.send(1n), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
for (const options of [null, '', 'foo', 0, NaN, 1]) {
  assert.throws(() => child.send('msg', null, options), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
}
for (const handle of ['meow', {}, 5, true]) {
  assert.throws(() => child.send('msg', handle), {
    name: 'TypeError',
    code: 'ERR_INVALID_HANDLE_TYPE',
    message: 'This handle type cannot be sent',
  });
}
// A falsy handle is no handle.
for (const handle of [null, 0, '', false]) {
  assert.strictEqual(child.send('no handle', handle), true);
}

let sent = 0;
assert.strictEqual(child.send('one', (err) => {
  assert.strictEqual(err, null);
  sent++;
}), true);
assert.strictEqual(child.send('two', undefined, {}, (err) => {
  assert.strictEqual(err, null);
  sent++;
}), true);

child.disconnect();
assert.strictEqual(child.connected, false);
assert.strictEqual(child.channel, null);

const errors = [];
child.on('error', (err) => errors.push(err));
assert.strictEqual(child.send('late'), false);
let callbackError;
assert.strictEqual(child.send('late', (err) => { callbackError = err; }), false);
// Not checked once disconnected: the channel error wins.
assert.strictEqual(child.send(undefined), false);
child.disconnect();

child.on('exit', (code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
});
process.on('exit', () => {
  assert.strictEqual(sent, 2);
  assert.strictEqual(callbackError.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(callbackError.message, 'Channel closed');
  assert.deepStrictEqual(errors.map((e) => e.code), [
    'ERR_IPC_DISCONNECTED', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_IPC_CHANNEL_CLOSED',
  ]);
  assert.strictEqual(errors[0].message, 'IPC channel is already disconnected');
});
