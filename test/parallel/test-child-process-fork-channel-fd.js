'use strict';
// The child finds its channel through NODE_CHANNEL_FD, which start-up takes
// out of process.env (with NODE_CHANNEL_SERIALIZATION_MODE); the descriptor
// is the 'ipc' entry's index in stdio, and the child's own children do not
// inherit it.
const assert = require('assert');
const fs = require('fs');
const { fork, spawn, execFileSync } = require('child_process');

if (process.argv[2] === 'child') {
  const { ino } = fs.fstatSync(process.channel.fd);
  // A grandchild: is any descriptor of its own that socket?
  const inherited = execFileSync(process.execPath, ['-e', `
    const fs = require('fs');
    let found = false;
    for (let fd = 3; fd < 64; fd++) {
      try { if (fs.fstatSync(fd).ino === ${ino}) found = true; } catch {}
    }
    process.stdout.write(String(found));
  `], { stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  process.send({
    fd: process.channel.fd,
    env: Object.keys(process.env).filter((k) => k.startsWith('NODE_CHANNEL')),
    inherited,
    connected: process.connected,
    sendIsFunction: typeof process.send === 'function',
  });
  return;
}

function check(child, fd) {
  const guard = setTimeout(() => {
    child.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  assert.strictEqual(typeof child.channel.fd, 'number');
  child.on('message', (report) => {
    assert.deepStrictEqual(report, {
      fd, env: [], inherited: 'false', connected: true, sendIsFunction: true,
    });
  });
  let exited = false;
  child.on('exit', (code) => {
    assert.strictEqual(code, 0);
    exited = true;
  });
  process.on('exit', () => assert.ok(exited));
}

check(fork(__filename, ['child']), 3);
check(fork(__filename, ['child'], { stdio: ['ignore', 'inherit', 'inherit', 'ignore', 'ipc'] }), 4);
check(spawn(process.execPath, [__filename, 'child'], { stdio: ['ipc', 'inherit', 'inherit'] }), 0);
check(fork(__filename, ['child'], { serialization: 'advanced' }), 3);
