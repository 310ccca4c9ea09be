'use strict';
// A forked child's channel keeps it alive only while it has 'message' or
// 'disconnect' listeners; process.channel.ref()/unref() override the count.
// The parent's end is referenced until subprocess.channel.unref().
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const listener = () => {};
  switch (process.argv[3]) {
    case 'none': break;
    case 'added-removed':
      process.on('message', listener);
      process.removeListener('message', listener);
      break;
    case 'message': process.on('message', listener); break;
    case 'disconnect': process.on('disconnect', listener); break;
    case 'once': process.once('message', listener); break;
    case 'unref': process.on('message', listener); process.channel.unref(); break;
    case 'ref': process.channel.ref(); break;
    case 'unref-then-add': process.channel.unref(); process.on('message', listener); break;
  }
  // A write in flight does not count: the child may end once it is out.
  process.send('up');
  return;
}

// Cases where the child lives on until the parent lets it go.
const staysAlive = new Set(['message', 'disconnect', 'once', 'ref']);
const cases = ['none', 'added-removed', 'message', 'disconnect', 'once', 'unref', 'ref',
               'unref-then-add'];
const outcome = {};
for (const name of cases) {
  const child = fork(__filename, ['child', name]);
  const guard = setTimeout(() => {
    child.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  // Alive a while after it started: it waits for the channel; let it go.
  let probe;
  child.on('message', () => {
    probe = setTimeout(() => {
      if (!child.connected) return;  // Already on its way out.
      outcome[name] = 'alive';
      child.disconnect();
    }, 500);
  });
  child.on('exit', (code) => {
    assert.strictEqual(code, 0);
    if (outcome[name] === undefined) outcome[name] = 'exited';
    clearTimeout(probe);
  });
}

// A parent whose child and channel are both unreferenced can end first.
{
  const child = fork(__filename, ['child', 'ref']);
  child.unref();
  child.channel.unref();
  process.on('exit', () => child.kill('SIGKILL'));
}

process.on('exit', () => {
  for (const name of cases) {
    assert.strictEqual(outcome[name], staysAlive.has(name) ? 'alive' : 'exited', name);
  }
});
