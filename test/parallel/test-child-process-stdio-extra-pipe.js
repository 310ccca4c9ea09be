'use strict';
// A 'pipe' stdio entry past the first three goes both ways: the parent
// writes to subprocess.stdio[3] and reads what the child answers there.
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('/bin/sh', ['-c', 'read line <&3; echo "got $line" >&3'], {
  stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
});
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

const pipe = child.stdio[3];
assert.strictEqual(pipe.readable, true);
assert.strictEqual(pipe.writable, true);
let answer = '';
pipe.setEncoding('utf8');
pipe.on('data', (chunk) => { answer += chunk; });
pipe.write('hello\n');
child.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(answer, 'got hello\n');
});
