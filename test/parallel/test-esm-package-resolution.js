'use strict';
// Package resolution details shared by import and require(): "exports"
// targets are URLs (percent-escapes decoded), DEP0166 for empty segments
// and DEP0155 for a "pkg/x/" pattern request, "#name" without "imports"
// looked up in node_modules by require(), the invalid package.json an
// import meets named with its importer, and require() of a module refused
// under --no-experimental-require-module with node's advice.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-esm-pkg-')));
const write = (name, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
const run = (args) => {
  const child = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 20000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
};

try {
  write('node_modules/pkg/package.json', JSON.stringify({
    name: 'pkg',
    exports: {
      './space': './sp%20ce.js',
      './double': './/x.js',
      './sub/*': './*',
      './dir*': './dir*index.js',
    },
  }));
  write('node_modules/pkg/sp ce.js', 'module.exports = "space";');
  write('node_modules/pkg/x.js', 'module.exports = "x";');
  write('node_modules/pkg/dir/index.js', 'module.exports = "dir";');
  write('node_modules/#legacy/index.js', 'module.exports = "legacy #";');
  write('main.mjs', `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const results = [require('pkg/space'), (await import('pkg/space')).default,
                     require('pkg/double'), (await import('pkg/sub//x.js')).default,
                     require('pkg/dir/'), require('#legacy')];
    console.log(results.join());`);
  let r = run(['main.mjs']);
  assert.strictEqual(r.stdout, 'space,space,x,x,dir,legacy #\n');
  const warnings = r.stderr.split('\n').filter((line) => /^\(\w+:\d+\) /.test(line));
  assert.deepStrictEqual(warnings.map((line) => line.replace(/^\(\w+:\d+\) /, '')), [
    '[DEP0166] DeprecationWarning: Use of deprecated double slash resolving ".//x.js" for ' +
      'module request "./double" in the "exports" field module resolution of the package at ' +
      `${dir}/node_modules/pkg/package.json.`,
    '[DEP0166] DeprecationWarning: Use of deprecated double slash resolving ".//x.js" for ' +
      'module request "./sub//x.js" matched to "./sub/*" in the "exports" field module ' +
      `resolution of the package at ${dir}/node_modules/pkg/package.json imported from ` +
      `${dir}/main.mjs.`,
    '[DEP0155] DeprecationWarning: Use of deprecated trailing slash pattern mapping "./dir/" ' +
      'in the "exports" field module resolution of the package at ' +
      `${dir}/node_modules/pkg/package.json. Mapping specifiers ending in "/" is no longer ` +
      'supported.',
  ]);

  // A package.json that does not parse, met by an import.
  write('node_modules/broken/package.json', '{ "name": ');
  write('broken.mjs', 'import "broken";');
  r = run(['broken.mjs']);
  assert.strictEqual(r.code, 1);
  assert.ok(r.stderr.includes(`Invalid package config ${dir}/node_modules/broken/package.json ` +
                              `while importing "broken" from ${dir}/broken.mjs.`), r.stderr);

  // --no-experimental-require-module: the advice of node before 22.12.
  write('typed/package.json', '{ "type": "module" }');
  write('typed/plain.js', 'module.exports = 1;');
  write('typed/esm.js', 'export default 1;');
  write('requirer.cjs', 'require(process.argv[2]);');
  r = run(['--no-experimental-require-module', 'requirer.cjs', './typed/plain.js']);
  assert.strictEqual(r.code, 1);
  assert.ok(r.stderr.includes(
    `Error [ERR_REQUIRE_ESM]: require() of ES Module ${dir}/typed/plain.js from ` +
    `${dir}/requirer.cjs not supported.\nplain.js is treated as an ES module file as it is a .js ` +
    'file whose nearest parent package.json contains "type": "module" which declares all .js ' +
    'files in that package scope as ES modules.'), r.stderr);
  r = run(['--no-experimental-require-module', 'requirer.cjs', './typed/esm.js']);
  assert.ok(r.stderr.includes(`Instead change the require of esm.js in ${dir}/requirer.cjs ` +
                              'to a dynamic import() which is available in all CommonJS modules.'));

  // --experimental-default-type=module: no extension lookup for the entry.
  write('loose/index.js', 'console.log("index");');
  r = run(['--experimental-default-type=module', 'loose/index']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /Error: ENOENT: no such file or directory, lstat '.*loose\/index'\nDid you mean to import ".*loose\/index\.js"\?/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
