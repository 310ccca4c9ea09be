'use strict';
// The ES module loader as node 22 has it: link errors worded with the
// specifier (and a hint for CommonJS named exports), import.meta's keys and
// resolve(), CommonJS and JSON modules shared with require.cache, builtin
// namespaces synced by syncBuiltinESMExports(), data: URL media types,
// package.json deprecations and the "Did you mean" hint of a missing file.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-esm-interop-')));
const write = (name, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
const run = (name) => {
  const child = spawnSync(process.execPath, [path.join(dir, name)], {
    cwd: dir, encoding: 'utf8', timeout: 20000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
};

try {
  write('lib.cjs', 'exports.here = 1;');
  write('esm.mjs', 'export const y = 1;');
  write('named.mjs', 'import { here, gone } from "./lib.cjs";');
  write('missing.mjs', "import { nope } from './esm.mjs';");
  write('main.mjs', `
    const messages = [];
    for (const name of ['./named.mjs', './missing.mjs']) {
      try { await import(name); } catch (err) { messages.push(err.name + ': ' + err.message); }
    }
    console.log(JSON.stringify(messages));
    console.log(Reflect.ownKeys(import.meta).join(), Object.getPrototypeOf(import.meta));
    console.log(import.meta.resolve('./nowhere.mjs') === new URL('./nowhere.mjs', import.meta.url).href,
                import.meta.resolve('./') === new URL('./', import.meta.url).href,
                import.meta.resolve('fs'), import.meta.resolve('some://weird/url'));
    const data = await import('data:text/javascript,export default Reflect.ownKeys(import.meta).join()');
    console.log(data.default);
    for (const url of ['data:text/javascript,export default import.meta.resolve("./x")',
                       'data:text/plain,1']) {
      try { await import(url); } catch (err) { console.log(err.code); }
    }
    console.log((await import('data:text/javascript;charset=utf-8,export default 5')).default);
  `);
  let r = run('main.mjs');
  assert.strictEqual(r.stderr, '');
  assert.deepStrictEqual(r.stdout.split('\n'), [
    JSON.stringify([
      "SyntaxError: Named export 'gone' not found. The requested module './lib.cjs' is a " +
      'CommonJS module, which may not support all module.exports as named exports.\n' +
      'CommonJS modules can always be imported via the default export, for example using:\n\n' +
      "import pkg from './lib.cjs';\nconst { here, gone } = pkg;\n",
      "SyntaxError: The requested module './esm.mjs' does not provide an export named 'nope'",
    ]),
    'dirname,filename,main,resolve,url null',
    'true true node:fs some://weird/url',
    'main,resolve,url',
    'ERR_UNSUPPORTED_RESOLVE_REQUEST',
    'ERR_UNKNOWN_MODULE_FORMAT',
    '5',
    '',
  ]);

  // CommonJS and JSON modules: what require() has; a CommonJS module is in
  // require.cache before it runs, and exports what it had when it finished.
  write('value.cjs', 'module.exports = 1;');
  write('bump.cjs', `
    const file = require.resolve('./value.cjs');
    console.log('cached before running:', require.cache[file].loaded);
    require('./value.cjs');
    require.cache[file].exports++;`);
  write('data.json', '{ "n": 1 }');
  write('touch.cjs', 'require("./data.json").n = 2;');
  write('share.mjs', `
    import './bump.cjs';
    import value from './value.cjs';
    import './touch.cjs';
    import data from './data.json' with { type: 'json' };
    import { createRequire, syncBuiltinESMExports } from 'node:module';
    import fs, { readFileSync } from 'node:fs';
    const require = createRequire(import.meta.url);
    console.log(value, data.n, data === require('./data.json'));
    const original = fs.readFileSync;
    fs.readFileSync = 'replaced';
    console.log(readFileSync === original);
    syncBuiltinESMExports();
    console.log(readFileSync);
    fs.readFileSync = original;
    syncBuiltinESMExports();`);
  r = run('share.mjs');
  assert.deepStrictEqual(r, {
    code: 0, stderr: '', stdout: 'cached before running: false\n1 2 true\ntrue\nreplaced\n',
  });

  // Package resolution: DEP0151 for a "main" of a "type": "module" package
  // found by extension lookup, a
  // hint naming the file require() would have found (from the working
  // directory, as node looks).
  write('node_modules/legacy/package.json', '{ "main": "lib", "type": "module" }');
  write('node_modules/legacy/lib.js', 'export default "legacy";');
  write('hint.js', '');
  write('pkg.mjs', `
    import legacy from 'legacy';
    console.log(legacy);
    try { await import('./hint'); } catch (err) { console.log(err.code, err.message.split('\\n')[1]); }`);
  r = run('pkg.mjs');
  assert.strictEqual(r.code, 0);
  assert.strictEqual(r.stdout, 'legacy\nERR_MODULE_NOT_FOUND Did you mean to import "./hint.js"?\n');
  assert.match(r.stderr, /\[DEP0151\] DeprecationWarning: Package .*legacy\/ has a "main" field set to "lib", excluding the full filename and extension to the resolved file at "lib\.js", imported from .*pkg\.mjs\./);

  // A CommonJS file with module syntax: node's words, and a warning.
  write('esm-syntax.cjs', 'export default 1;');
  r = run('esm-syntax.cjs');
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /Warning: Failed to load the ES module: .*esm-syntax\.cjs\. Make sure to set "type": "module"/);
  assert.match(r.stderr, /SyntaxError: Unexpected token 'export'/);

  // A typeless package's .js file detected as a module: one warning.
  write('typeless/package.json', '{}');
  write('typeless/a.js', 'import "./b.js"; console.log("a");');
  write('typeless/b.js', 'export {}; console.log("b");');
  r = run('typeless/a.js');
  assert.strictEqual(r.stdout, 'b\na\n');
  assert.strictEqual(r.stderr.match(/MODULE_TYPELESS_PACKAGE_JSON/g).length, 1);
  assert.ok(r.stderr.includes(`Module type of ${pathToFileURL(path.join(dir, 'typeless/a.js'))} ` +
                              'is not specified and it doesn\'t parse as CommonJS.'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
