'use strict';
// NODE_REDIRECT_WARNINGS=file, as set at start-up: the printed warnings are
// appended to that file instead of stderr; a file that cannot be opened
// leaves them on stderr.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-redirect-'));
const file = path.join(dir, 'warnings.txt');
fs.writeFileSync(file, 'before\n');

function run(code, target) {
  return spawnSync(process.execPath, ['-e', code], {
    encoding: 'utf8',
    env: { ...process.env, NODE_REDIRECT_WARNINGS: target },
  });
}

try {
  const code = `
    // Changing the variable now changes nothing.
    delete process.env.NODE_REDIRECT_WARNINGS;
    process.emitWarning('a bad practice warning');
    process.emitWarning('old', 'DeprecationWarning', 'DEP0999');
    process.emitWarning('with detail', { detail: 'the detail' });
    process.on('exit', () => console.log('exit'));`;
  const child = run(code, file);
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'exit\n');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.strictEqual(lines[0], 'before');
  assert.match(lines[1], /^\(node:\d+\) Warning: a bad practice warning$/);
  assert.match(lines[2], /^\(Use `\S+ --trace-warnings \.\.\.` to show where the warning was created\)$/);
  assert.match(lines[3], /^\(node:\d+\) \[DEP0999\] DeprecationWarning: old$/);
  assert.match(lines[4], /^\(node:\d+\) Warning: with detail$/);
  assert.strictEqual(lines[5], 'the detail');
  assert.strictEqual(lines.length, 7);

  const missing = run("process.emitWarning('still shown')", path.join(dir, 'no', 'such', 'dir'));
  assert.strictEqual(missing.status, 0);
  assert.match(missing.stderr, /^\(node:\d+\) Warning: still shown\n/);

  const empty = run("process.emitWarning('on stderr')", '');
  assert.match(empty.stderr, /^\(node:\d+\) Warning: on stderr\n/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
