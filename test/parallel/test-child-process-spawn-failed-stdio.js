'use strict';
// A child that could not start (ENOENT) still has its stdio streams, with
// nothing behind them, and 'close' comes after its 'error' without waiting
// for them. An empty cwd is no cwd for spawn() (the child starts where the
// parent is) but an ENOENT for spawnSync(), as in Node.
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');

const child = spawn('eddy-no-such-command', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
assert.strictEqual(child.pid, undefined);
assert.notStrictEqual(child.stdin, null);
assert.notStrictEqual(child.stdout, null);
assert.notStrictEqual(child.stderr, null);
const events = [];
child.on('error', (err) => events.push(`error ${err.code}`));
child.on('disconnect', () => events.push('disconnect'));
child.on('close', (code, signal) => events.push(`close ${code} ${signal}`));

const here = spawn('pwd', [], { cwd: '', stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
here.stdout.setEncoding('utf8');
here.stdout.on('data', (chunk) => { out += chunk; });
here.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out.trim(), process.cwd());
});
assert.strictEqual(spawnSync('pwd', { cwd: '' }).error.code, 'ENOENT');

// killSignal: null is the default; what is neither a string nor a number
// is a type error.
assert.strictEqual(spawnSync('pwd', { killSignal: null }).status, 0);
for (const killSignal of [true, [], {}]) {
  assert.throws(() => spawnSync('pwd', { killSignal }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.killSignal" property must be one of type string or number\./,
  });
}
assert.throws(() => spawnSync('pwd', { killSignal: 0 }), { code: 'ERR_UNKNOWN_SIGNAL' });

process.on('exit', () => {
  assert.deepStrictEqual(events, ['error ENOENT', 'disconnect', 'close -2 null']);
});
