'use strict';
// require() of an ES module: a graph with a top-level await is refused
// before any of it runs (also once import() has run it); a require() that
// closes a cycle through a module still being evaluated throws
// ERR_REQUIRE_CYCLE_MODULE; CommonJS variables in a module are explained.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-require-esm-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const file = (name) => path.join(dir, name);

try {
  // Top-level await: nothing runs. A method named `await` or an await in
  // an async function or arrow is none.
  write('ran.cjs', 'module.exports = { count: 0 };');
  write('tla-dep.mjs', 'import ran from "./ran.cjs"; ran.count++; const o = { await() {} };\n' +
        'const f = async () => await o.await(); async function g() { await f(); }\n' +
        'await `${1}`; export const x = 1;');
  write('tla-root.mjs', 'import ran from "./ran.cjs"; ran.count++; import { x } from "./tla-dep.mjs";');
  write('no-tla.mjs', 'const o = { await: 1 }; const f = async () => await o.await;\n' +
        'class C { await() {} async m() { for await (const x of []); } }\nexport default o.await;');
  assert.throws(() => require(file('tla-root.mjs')), {
    code: 'ERR_REQUIRE_ASYNC_MODULE',
    message: 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
      'instead. To see where the top-level await comes from, use ' +
      `--experimental-print-required-tla.\n  From ${__filename} \n  Requiring ${file('tla-root.mjs')} `,
  });
  assert.strictEqual(require(file('ran.cjs')).count, 0);
  assert.strictEqual(require(file('no-tla.mjs')).default, 1);

  // CommonJS variables in a module.
  write('uses-exports.mjs', 'exports.x = 1;');
  assert.throws(() => require(file('uses-exports.mjs')), {
    name: 'ReferenceError', message: 'exports is not defined in ES module scope',
  });
  write('uses-require.mjs', 'require("fs");');
  assert.throws(() => require(file('uses-require.mjs')), {
    name: 'ReferenceError',
    message: 'require is not defined in ES module scope, you can use import instead',
  });

  // Cycles through require().
  write('a.mjs', 'import "./b.cjs";');
  write('b.cjs', 'require("./c.mjs");');
  write('c.mjs', 'import "./a.mjs";');
  const run = (name) => spawnSync(process.execPath, [file(name)], { encoding: 'utf8', timeout: 20000 });
  let child = run('a.mjs');
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /Error \[ERR_REQUIRE_CYCLE_MODULE\]: Cannot import Module \.\/a\.mjs in a cycle\. \(from .*c\.mjs\)/);
  child = run('b.cjs');
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /Cannot import CommonJS Module \.\/b\.cjs in a cycle\. \(from .*a\.mjs\)/);
  child = run('c.mjs');
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /Cannot require\(\) ES Module .*c\.mjs in a cycle\. \(from .*b\.cjs\) A cycle involving require\(esm\)/);

  // A module the graph has not reached yet can be required.
  write('main.mjs', 'import "./first.cjs"; import { late } from "./later.mjs"; console.log(late);');
  write('first.cjs', 'console.log(require("./later.mjs").late);');
  write('later.mjs', 'export const late = "later";');
  child = run('main.mjs');
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'later\nlater\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
