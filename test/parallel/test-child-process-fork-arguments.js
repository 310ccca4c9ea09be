'use strict';
// fork() and spawn() argument errors around the IPC channel, with Node's
// codes and messages.
const assert = require('assert');
const cp = require('child_process');

for (const modulePath of [0, true, undefined, null, [], {}, () => {}, Symbol('t')]) {
  assert.throws(() => cp.fork(modulePath), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "modulePath" argument must be of type string or an instance of Buffer or URL\./,
  });
}
assert.throws(() => cp.fork('x\u0000.js'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'modulePath' must be a string, Uint8Array, or URL without null " +
    "bytes. Received 'x\\x00.js'",
});
assert.throws(() => cp.fork('x.js', 'abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type string (\'abc\')',
});
for (const args of [0, true, () => {}, Symbol('t')]) {
  assert.throws(() => cp.fork('x.js', args), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => cp.fork('x.js', [], 'abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'abc\')',
});
assert.throws(() => cp.fork('x.js', { stdio: '33' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stdio' is invalid. Received '33'",
});
assert.throws(() => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }), {
  name: 'Error',
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => cp.fork('x.js', { serialization: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', " +
    "'advanced'. Received 'x'",
});
assert.throws(() => cp.fork('x.js', { execPath: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (5)',
});
assert.throws(() => cp.fork('x.js', { execArgv: ['--ok', 'a\u0000'] }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.execArgv[1]' must be a string without null bytes. " +
    "Received 'a\\x00'",
});
assert.throws(() => cp.fork('x.js', { execPath: 'a\u0000' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.execPath' must be a string without null bytes. " +
    "Received 'a\\x00'",
});
assert.throws(() => cp.fork('x.js', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.fork('x.js', { killSignal: 'SIGFOO' }), { code: 'ERR_UNKNOWN_SIGNAL' });

assert.throws(() => cp.spawn(process.execPath, { stdio: ['ipc', 'ipc'] }), {
  name: 'Error',
  code: 'ERR_IPC_ONE_PIPE',
  message: 'Child process can have only one IPC pipe',
});
assert.throws(() => cp.spawnSync(process.execPath, { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  name: 'Error',
  code: 'ERR_IPC_SYNC_FORK',
  message: 'IPC cannot be used with synchronous forks',
});
assert.throws(() => cp.execFileSync(process.execPath, { stdio: ['ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
});
assert.throws(() => cp.spawn(process.execPath, { stdio: ['pipe', 'foo'] }), {
  name: 'TypeError',
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
  message: "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: 'foo'",
});

// The ChildProcess constructor's spawn() checks the record it is given.
{
  const child = new cp.ChildProcess();
  assert.throws(() => child.spawn({ envPairs: 'x', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.envPairs" property must be an instance of Array\./,
  });
  assert.throws(() => child.spawn({ file: 'x', args: 'y' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.args" property must be an instance of Array\./,
  });
}

// Without a channel there is nothing to send on.
const child = cp.spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
assert.strictEqual(child.send, undefined);
assert.strictEqual(child.disconnect, undefined);
assert.strictEqual(child.channel, undefined);
assert.strictEqual(child.connected, false);
assert.strictEqual(process.send, undefined);
assert.strictEqual(process.channel, undefined);
assert.strictEqual(process.connected, undefined);
