'use strict';
// cmake/startup-builtins.txt lists the builtins every program loads, so the
// build can embed them together (start-up then touches fewer pages). This
// keeps it current: exactly the builtins a script that has called
// console.log has loaded, realm.js (loaded before the list starts) first.
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const listed = fs.readFileSync(path.join(__dirname, '..', '..', 'cmake', 'startup-builtins.txt'), 'utf8')
  .split('\n').filter((line) => line !== '' && !line.startsWith('#'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
try {
  const script = path.join(dir, 'hello.js');
  fs.writeFileSync(script, `console.log('hi');
console.log(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(' '));
`);
  const loaded = execFileSync(process.execPath, [script], { encoding: 'utf8' }).split('\n')[1].split(' ');
  assert.deepStrictEqual(listed, ['internal/bootstrap/realm', ...loaded],
                         'update cmake/startup-builtins.txt to the modules loaded now');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
