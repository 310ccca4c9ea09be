'use strict';
// With --pending-deprecation, module.parent warns DEP0144 (once).
const assert = require('assert');

if (process.argv[2] === 'child') {
  const warnings = [];
  process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
  assert.strictEqual(module.parent, null);
  module.parent = null;
  process.nextTick(() => {
    assert.deepStrictEqual(warnings, [[
      'DeprecationWarning', 'DEP0144',
      'module.parent is deprecated due to accuracy issues. Please use require.main to find ' +
      'program entry point instead.',
    ]]);
  });
} else {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath,
                          ['--pending-deprecation', '--no-warnings', __filename, 'child'],
                          { encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  // Without the flag, no warning.
  const quiet = spawnSync(process.execPath, ['-e', 'module.parent'], { encoding: 'utf8' });
  assert.strictEqual(quiet.stderr, '');
  assert.strictEqual(quiet.status, 0);
}
