'use strict';
// String input (-e, -p, stdin) as an ES module: --input-type=module, or
// syntax detection when the code only compiles as a module; node's
// wording for module syntax in CommonJS input; an entry point whose
// top-level await never settles ends the process with code 13.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-esm-eval-'));
function run(args, input) {
  const child = spawnSync(process.execPath, args, {
    cwd: dir, encoding: 'utf8', timeout: 20000, input: input ?? '',
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

try {
  const url = new URL('[eval1]', `file://${fs.realpathSync(dir)}/`).href;

  // --input-type=module: no CommonJS variables, builtins still globals.
  let r = run(['--input-type=module', '-e',
               'console.log(import.meta.url, import.meta.main, typeof require, typeof __filename, ' +
               'this, typeof fs.readFileSync)']);
  assert.deepStrictEqual(r, {
    code: 0, stdout: `${url} true undefined undefined undefined function\n`, stderr: '',
  });

  // Detection: import/export, import.meta or top-level await make a module.
  r = run(['-e', 'import { sep } from "node:path"; await 0; console.log(sep, typeof require)']);
  assert.deepStrictEqual(r, { code: 0, stdout: '/ undefined\n', stderr: '' });
  r = run(['-e', 'let require, module; console.log(typeof require)']);
  assert.deepStrictEqual(r, { code: 0, stdout: 'undefined\n', stderr: '' });
  r = run([], 'console.log(typeof import.meta.resolve)');
  assert.deepStrictEqual(r, { code: 0, stdout: 'function\n', stderr: '' });
  r = run(['--input-type=module'], 'console.log(import.meta.url)');
  assert.deepStrictEqual(r, { code: 0, stdout: `${url}\n`, stderr: '' });

  // CommonJS input keeps node's messages for module syntax.
  r = run(['--input-type=commonjs', '-e', 'import.meta.url']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /SyntaxError: Cannot use 'import\.meta' outside a module/);
  r = run(['-e', 'eval("import \'x\'")']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /SyntaxError: Cannot use import statement outside a module/);
  r = run(['-e', 'function f() { await 1; }']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /SyntaxError: await is only valid in async functions and the top level bodies of modules/);
  r = run(['-e', 'const fs = require("fs"); await 0;']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /ReferenceError: Cannot determine intended module format because both require\(\) and top-level await are present\./);

  // What --input-type does not allow.
  r = run(['--input-type=module', '-p', '1']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /ERR_EVAL_ESM_CANNOT_PRINT/);
  fs.writeFileSync(path.join(dir, 'entry.mjs'), '');
  r = run(['--input-type=module', 'entry.mjs']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /ERR_INPUT_TYPE_NOT_ALLOWED/);

  // A top-level await that never settles: code 13 (seen by 'exit'
  // listeners), then a warning pointing at it; an exit code set stays.
  r = run(['--input-type=module', '-e',
           'process.on("exit", (c) => console.log("exit", c, process.exitCode));\n' +
           'await new Promise(() => {});']);
  assert.strictEqual(r.code, 13);
  assert.strictEqual(r.stdout, 'exit 13 13\n');
  assert.strictEqual(r.stderr, `Warning: Detected unsettled top-level await at ${url}:2\n` +
                               'await new Promise(() => {});\n^\n\n\n\n');
  r = run(['--no-warnings', '--input-type=module', '-e', 'await new Promise(() => {})']);
  assert.deepStrictEqual(r, { code: 13, stdout: '', stderr: '' });
  r = run(['--input-type=module', '-e', 'process.exitCode = 42; await new Promise(() => {})']);
  assert.deepStrictEqual(r, { code: 42, stdout: '', stderr: '' });
  r = run(['--input-type=module', '-e', 'await Promise.reject(new Error("Xyz"))']);
  assert.strictEqual(r.code, 1);
  assert.match(r.stderr, /Error: Xyz/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
