'use strict';
// util.debuglog: NODE_DEBUG sections (wildcards, case), `enabled`, output format.
const assert = require('assert');
const util = require('util');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const a = util.debuglog('alpha');
  const b = util.debuglog('beta-2', (fn) => { process.stdout.write(`cb:${typeof fn}\n`); });
  const c = util.debuglog('gamma');
  process.stdout.write(`${a.enabled} ${b.enabled} ${c.enabled}\n`);
  a('hello %s %d', 'world', 42);
  b({ k: 1 });
  b('again');
  c('not shown');
  assert.strictEqual(util.debug, util.debuglog);
  return;
}

const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'ALPHA,beta-*' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'true true false\ncb:function\n');
const pid = child.pid;
assert.strictEqual(child.stderr,
                   `ALPHA ${pid}: hello world 42\nBETA-2 ${pid}: { k: 1 }\nBETA-2 ${pid}: again\n`);

const off = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: '' }, encoding: 'utf8',
});
assert.strictEqual(off.stdout, 'false false false\ncb:function\n');
assert.strictEqual(off.stderr, '');
