'use strict';
// FinalizationRegistry callbacks run on the loop after a collection.
// Flags: --expose-gc
const assert = require('assert');

if (typeof gc !== 'function') {
  // Run again with the flag (tools/test.sh does not read Flags lines).
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-gc', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'finalized held value\n');
  return;
}
const registry = new FinalizationRegistry((held) => console.log('finalized', held));
(() => { registry.register({}, 'held value'); })();
setTimeout(() => {
  gc();
  setTimeout(() => {}, 20);
}, 1);
