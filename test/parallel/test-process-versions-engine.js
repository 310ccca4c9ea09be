'use strict';
// process.versions names the engine (SpiderMonkey 140) and its built-in
// ICU, and --version prints node's version first, then eddy's and the
// engine's.
const assert = require('assert');
const { spawnSync } = require('child_process');

const { versions } = process;
assert.match(versions.mozjs, /^140\.\d+\.\d+$/);
assert.match(versions.icu, /^\d+\.\d+$/);
assert.match(versions.unicode, /^\d+\.\d+$/);
// Every ICU since 67 ships the CLDR numbered 30 below it.
assert.strictEqual(versions.cldr, `${parseInt(versions.icu, 10) - 30}.0`);
assert.ok(parseInt(versions.icu, 10) >= 76, versions.icu);
// The engine's Unicode data is that recent: U+1FAE9 (face with bags under
// eyes) became an emoji in Unicode 16.
assert.ok(/\p{Emoji}/u.test('\u{1FAE9}'));

for (const flag of ['--version', '-v']) {
  const r = spawnSync(process.execPath, [flag], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(
    r.stdout,
    `${process.version} (eddy ${versions.eddy}, SpiderMonkey ${versions.mozjs})\n`);
}
