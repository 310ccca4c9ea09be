'use strict';
// TypeScript files run with their types erased, as node 22.22 runs them:
// .ts as .js would (here: detected as an ES module), .mts as an ES module,
// .cts as CommonJS; enums are refused with ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX.
// The stripped text is cached by content hash for later starts.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-ts-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const run = (file) => spawnSync(process.execPath, [path.join(dir, file)], {
  encoding: 'utf8', timeout: 30000, cwd: dir,
  env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache') },
});
try {
  write('helper.ts', 'export function double(x: number): number { return x * 2; }\n');
  write('app.ts', 'import { double } from "./helper.ts";\ninterface P { n: number }\n' +
        'const p: P = { n: double(21) };\nconsole.log(p.n, typeof require);\n');
  write('lib.cts', 'const value: string = "cts";\nmodule.exports = { value };\n');
  write('main.mts', 'import { createRequire } from "node:module";\n' +
        'const require = createRequire(import.meta.url);\n' +
        'const { value } = require("./lib.cts") as { value: string };\nconsole.log(value);\n');
  write('enum.ts', 'enum Color { Red }\nconsole.log(Color.Red);\n');

  let child = run('app.ts');
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, '42 undefined\n');
  child = run('main.mts');
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'cts\n');
  child = run('enum.ts');
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /enum\.ts:1\nenum Color \{ Red \}\n\^+\n/);
  assert.match(child.stderr,
               /SyntaxError \[ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX\]: TypeScript enum is not supported in strip-only mode/);

  // A second start reads the stripped text from the cache (eddy only).
  if (process.versions.eddy !== undefined) {
    const cacheDir = path.join(dir, 'cache', 'eddy', `typescript-${process.versions.eddy}`);
    assert(fs.readdirSync(cacheDir).length >= 4);
    assert.strictEqual(run('app.ts').stdout, '42 undefined\n');
  }
  assert.strictEqual(process.features.typescript, 'strip');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
