'use strict';
// fs.watch({ recursive: true }): changes anywhere below the directory are
// reported with paths relative to it, directories created later are watched
// too, a symlink to a directory outside is not followed, and filenames are
// strings whatever the encoding (as Node's Linux implementation).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-watch-tree-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-watch-outside-'));
fs.symlinkSync(outside, path.join(root, 'link'));
const deep = path.join('a', 'b', 'deep.txt');

const seen = [];
const timeout = setTimeout(() => {
  assert.fail(`no event for ${deep}; saw ${JSON.stringify(seen)}`);
}, 10000);

const watcher = fs.watch(root, { recursive: true, encoding: 'buffer' }, (eventType, filename) => {
  assert.strictEqual(typeof filename, 'string');
  const name = filename;
  seen.push([eventType, name]);
  assert.ok(!name.startsWith('link' + path.sep), `followed the symlink: ${name}`);
  if (name === deep) watcher.close();
});
watcher.on('close', () => {
  clearTimeout(timeout);
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

setTimeout(() => {
  fs.writeFileSync(path.join(outside, 'not-ours.txt'), 'x');
  fs.mkdirSync(path.join(root, 'a'));
  setTimeout(() => {
    fs.mkdirSync(path.join(root, 'a', 'b'));
    fs.writeFileSync(path.join(root, deep), 'x');
  }, 50);
}, 50);
