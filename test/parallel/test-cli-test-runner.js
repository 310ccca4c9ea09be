'use strict';
// eddy --test: finds the test files by node's default patterns (or the
// paths and globs given), runs each in a process of its own, and reports
// every file's tests through one reporter with one summary.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-cli-')));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
write('test/a.test.js', "const test = require('node:test');\ntest('a1', () => {});\n" +
  "test('a2', (t) => { t.diagnostic('note from a2'); });\n");
write('b_test.js', "require('node:test')('b1', () => { throw new Error('boom'); });\n" +
  "console.log('stdout from b');\n");
write('test/helper.js', "console.log('no tests here');\n");
write('lib/helper-lib.js', "throw new Error('must not run');\n");
write('node_modules/x/x.test.js', "throw new Error('node_modules must not run');\n");
write('spec/c.spec.js', "require('node:test')('c1', () => {});\n");
write('crash-test.js', 'process.exit(7);\n');

function run(args) {
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...args], {
    cwd: dir, encoding: 'utf8', timeout: 30000,
  });
}

try {
  let r = run([]);
  const out = r.stdout.replace(/duration_ms: [\d.]+/g, 'duration_ms: X');
  assert.strictEqual(r.status, 1, r.stderr);
  // Files in path order; every top-level test numbered once, across files.
  assert.deepStrictEqual(out.match(/^(not )?ok \d+ - .*$/gm), [
    'not ok 1 - b1',
    'not ok 2 - crash-test.js',
    'ok 3 - a1',
    'ok 4 - a2',
    'ok 5 - test/helper.js',
  ]);
  assert.match(out, /^# stdout from b\n# Subtest: b1\n/m);
  assert.match(out, /error: 'boom'\n {2}code: 'ERR_TEST_FAILURE'\n {2}stack: \|-\n {4}.*b_test\.js:1:/);
  assert.match(out, /# note from a2/);
  assert.match(out, /# no tests here\n# Subtest: test\/helper\.js\n/);
  assert.match(out, /not ok 2 - crash-test\.js\n(.*\n)*? {2}exitCode: 7\n/);
  assert.match(out, /\n1\.\.5\n# tests 5\n# suites 0\n# pass 3\n# fail 2\n# cancelled 0\n# skipped 0\n# todo 0\n/);

  // Explicit globs and paths replace the default patterns.
  r = run(['spec/*.spec.js', 'test/a.test.js']);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.deepStrictEqual(r.stdout.match(/^ok \d+ - .*$/gm), ['ok 1 - c1', 'ok 2 - a1', 'ok 3 - a2']);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
