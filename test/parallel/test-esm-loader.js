'use strict';
// The ES module loader: an .mjs entry (import.meta, static imports of ES
// modules, CommonJS with its named exports, builtins and JSON), import()
// from CommonJS, require() of ES modules, and node's resolution errors.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-esm-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
try {
  write('lib.cjs', 'exports.a = 1; module.exports.b = 2; Object.defineProperty(exports, "c", { enumerable: true, get() { return 3; } });');
  write('dep.mjs', 'export let count = 0; export function bump() { count++; }');
  write('data.json', '{ "x": 1 }');
  write('tla.mjs', 'await 0; export const late = 1;');
  write('main.mjs', `
    import * as ns from './lib.cjs';
    import lib, { a } from './lib.cjs';
    import { count, bump } from './dep.mjs';
    import fs, { readFileSync } from 'node:fs';
    import data from './data.json' with { type: 'json' };
    bump();
    console.log(JSON.stringify([Object.keys(ns), lib.c, a, count, readFileSync === fs.readFileSync, data]));
    console.log(import.meta.url === ${JSON.stringify(pathToFileURL(path.join(dir, 'main.mjs')).href)},
                import.meta.filename === ${JSON.stringify(path.join(dir, 'main.mjs'))},
                import.meta.dirname === ${JSON.stringify(dir)}, import.meta.main,
                import.meta.resolve('./missing.js').endsWith('/missing.js'));
    const errors = [];
    for (const specifier of ['./missing.mjs', './data.json', '.', 'no-such-package', 'http://x/y.js', './lib']) {
      try { await import(specifier); } catch (err) { errors.push(err.code); }
    }
    console.log(errors.join(' '));
    console.log(typeof require, typeof module, this);
    console.log((await import('data:text/javascript,export default 42')).default);
  `);
  const child = spawnSync(process.execPath, [path.join(dir, 'main.mjs')], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(child.stderr, '');
  assert.deepStrictEqual(child.stdout.split('\n'), [
    '[["a","b","default"],3,1,1,true,{"x":1}]',
    'true true true true true',
    'ERR_MODULE_NOT_FOUND ERR_IMPORT_ATTRIBUTE_MISSING ERR_UNSUPPORTED_DIR_IMPORT ' +
      'ERR_MODULE_NOT_FOUND ERR_UNSUPPORTED_ESM_URL_SCHEME ERR_MODULE_NOT_FOUND',
    'undefined undefined undefined',
    '42',
    '',
  ]);

  // require() of ES modules, import() from CommonJS.
  const dep = require(path.join(dir, 'dep.mjs'));
  assert.strictEqual(dep.count, 0);
  write('with-default.mjs', 'export default 2; export const x = 1;');
  const withDefault = require(path.join(dir, 'with-default.mjs'));
  assert.deepStrictEqual(Object.keys(withDefault), ['__esModule', 'default', 'x']);
  assert.throws(() => require(path.join(dir, 'tla.mjs')), { code: 'ERR_REQUIRE_ASYNC_MODULE' });
  import(pathToFileURL(path.join(dir, 'dep.mjs')).href).then((ns) => {
    assert.strictEqual(ns, dep);
    return import('node:path');
  }).then((ns) => {
    assert.strictEqual(ns.default, path);
    assert.strictEqual(ns.join, path.join);
    fs.rmSync(dir, { recursive: true, force: true });
  });
} catch (err) {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
}
