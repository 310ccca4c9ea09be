'use strict';
// fs.watch reports changes to a watched file, and 'close' after close().
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'a');

const events = [];
const watcher = fs.watch(dir, (eventType, filename) => {
  events.push([eventType, filename]);
  if (filename === 'watched.txt' && eventType === 'change') watcher.close();
});
assert.strictEqual(typeof watcher.ref, 'function');
const guard = setTimeout(() => assert.fail(`no change event; saw ${JSON.stringify(events)}`), 5000);
watcher.on('close', () => {
  clearTimeout(guard);
  assert.ok(events.some(([type, name]) => type === 'change' && name === 'watched.txt'));
  fs.rmSync(dir, { recursive: true });
});
setTimeout(() => fs.appendFileSync(file, 'b'), 20);

assert.throws(() => fs.watch(path.join(dir, 'missing')), {
  code: 'ENOENT',
  syscall: 'watch',
  message: `ENOENT: no such file or directory, watch '${path.join(dir, 'missing')}'`,
});
