'use strict';
// spawnSync's result has Node's key order, and when the child cannot be
// started status and output are null, stdout and stderr undefined (as in
// Node 22) and pid is 0.
const assert = require('assert');
const { spawnSync } = require('child_process');

const ok = spawnSync(process.execPath, ['-e', '1']);
assert.deepStrictEqual(Object.keys(ok), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(ok.status, 0);

for (const [opts, code] of [[{ cwd: 'eddy-nonexistent-dir' }, 'ENOENT'], [{ stdio: [99, 98, 97] }, 'EBADF']]) {
  const r = spawnSync(process.execPath, ['-e', '1'], opts);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.code, code);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.stdout, undefined);
  assert.strictEqual(r.stderr, undefined);
}
