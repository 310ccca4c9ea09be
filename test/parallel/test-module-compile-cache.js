'use strict';
// module.enableCompileCache / NODE_COMPILE_CACHE: modules compile once to
// a cache entry that later runs decode; positions in stacks stay those of
// the source; a changed source gets an entry of its own and a damaged entry
// is compiled again.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const m = require('module');

assert.deepStrictEqual({ ...m.constants.compileCacheStatus },
                       { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
assert.strictEqual(m.getCompileCacheDir(), undefined);
assert.throws(() => m.enableCompileCache(1), { code: 'ERR_INVALID_ARG_TYPE' });

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-ccache-')));
const cache = path.join(dir, 'cache');
const mod = path.join(dir, 'mod.js');
fs.writeFileSync(mod, "'use strict';\nmodule.exports = () => new Error('here').stack;\n" +
                      'module.exports.lazy = function lazy() { return 40 + 2; };\n');

function run(env) {
  const r = spawnSync(process.execPath, ['-e', `
    const m = require(${JSON.stringify(mod)});
    console.log(JSON.stringify({ frame: m().split('\\n')[1], lazy: m.lazy(),
                                 dir: require('module').getCompileCacheDir() }));`], {
    encoding: 'utf8', timeout: 20000, env: { ...process.env, ...env },
  });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}
const entries = () => fs.readdirSync(m.getCompileCacheDir() ?? '/nonexistent');

try {
  const first = m.enableCompileCache(cache);
  assert.deepStrictEqual(first, { status: 1, directory: cache });
  const sub = m.getCompileCacheDir();
  assert.strictEqual(path.dirname(sub), cache);
  assert.match(path.basename(sub), /^v22\.22\.2-x64-eddy-/);
  assert.deepStrictEqual(m.enableCompileCache(path.join(dir, 'other')), { status: 2, directory: sub });
  m.flushCompileCache();

  const fresh = run({ NODE_COMPILE_CACHE: cache });
  assert.strictEqual(fresh.dir, sub);
  assert.strictEqual(entries().length, 1);
  const cached = run({ NODE_COMPILE_CACHE: cache });
  assert.deepStrictEqual(cached, fresh);
  assert.match(cached.frame, /mod\.js:2:24\)$/);
  assert.strictEqual(cached.lazy, 42);
  const { dir: unused, ...uncached } = fresh;
  assert.deepStrictEqual(run({}), uncached);

  // A damaged entry is compiled again and replaced.
  const entry = path.join(sub, entries()[0]);
  fs.writeFileSync(entry, 'not a stencil');
  assert.deepStrictEqual(run({ NODE_COMPILE_CACHE: cache }), fresh);
  assert.notStrictEqual(fs.readFileSync(entry, 'utf8'), 'not a stencil');

  // Another source is another entry.
  fs.appendFileSync(mod, '// changed\n');
  run({ NODE_COMPILE_CACHE: cache });
  assert.strictEqual(entries().length, 2);

  const disabled = spawnSync(process.execPath, ['-p',
                                                'JSON.stringify(require("module").enableCompileCache())'], {
    encoding: 'utf8', timeout: 20000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  assert.deepStrictEqual(JSON.parse(disabled.stdout),
                         { status: 3, message: 'Disabled by NODE_DISABLE_COMPILE_CACHE' });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
