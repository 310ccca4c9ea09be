'use strict';
// In a forked child: process.disconnect() closes the channel at once
// (connected false, channel null) and emits 'disconnect' on the next tick;
// then send() returns false with ERR_IPC_CHANNEL_CLOSED and a second
// disconnect() emits ERR_IPC_DISCONNECTED. The parent sees 'disconnect'
// and, as the child let go first, 'close' after 'exit'.
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const log = [];
  assert.strictEqual(process.connected, true);
  process.send('before');
  process.on('disconnect', () => log.push('disconnect'));
  process.on('error', (err) => log.push(err.code));
  process.disconnect();
  log.push(`sync connected=${process.connected} channel=${process.channel}`);
  assert.strictEqual(process.send('late', (err) => log.push(`callback ${err.code}`)), false);
  assert.strictEqual(process.send('late'), false);
  process.disconnect();
  process.on('exit', () => {
    process.stdout.write(JSON.stringify(log));
  });
  return;
}

const child = fork(__filename, ['child'], { silent: true });
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

let output = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { output += chunk; });
const events = [];
child.on('message', (m) => events.push(`message ${m}`));
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code) => events.push(`exit ${code}`));
child.on('close', (code) => {
  events.push(`close ${code}`);
  assert.deepStrictEqual(JSON.parse(output), [
    'sync connected=false channel=null',
    'ERR_IPC_DISCONNECTED',
    'disconnect',
    'callback ERR_IPC_CHANNEL_CLOSED',
    'ERR_IPC_CHANNEL_CLOSED',
  ]);
});
process.on('exit', () => {
  assert.deepStrictEqual(events, ['message before', 'disconnect', 'exit 0', 'close 0']);
});
