'use strict';
// eddy --run NAME [-- args]: the nearest package.json's script, run by
// /bin/sh from that file's directory with node_modules/.bin in PATH; and
// --env-file-if-exists, which skips a missing file where --env-file fails.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-run-')));
const sub = path.join(dir, 'sub');
fs.mkdirSync(path.join(sub, 'node_modules', '.bin'), { recursive: true });
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
  scripts: {
    args: 'echo ARGS',
    where: 'pwd; echo $NODE_RUN_SCRIPT_NAME $NODE_RUN_PACKAGE_JSON_PATH; echo $PATH | cut -d: -f1',
    fail: 'exit 3',
  },
}));

function eddy(args, cwd = dir, env = process.env) {
  return spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', timeout: 20000 });
}

try {
  // Only what follows "--" reaches the script, each argument one word.
  let r = eddy(['--run', 'args', 'ignored', '--', 'a b', "it's", '$HOME']);
  assert.strictEqual(r.stdout, "ARGS a b it's $HOME\n");
  assert.strictEqual(r.status, 0);

  r = eddy(['--run', 'where'], sub);
  assert.strictEqual(r.stdout,
                     `${dir}\nwhere ${path.join(dir, 'package.json')}\n${path.join(sub, 'node_modules', '.bin')}\n`);

  r = eddy(['--run', 'fail']);
  assert.strictEqual(r.status, 1);

  r = eddy(['--run', 'nope']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stderr, `Missing script: "nope" for ${path.join(dir, 'package.json')}\n\n` +
    'Available scripts are:\n  args: echo ARGS\n' +
    '  where: pwd; echo $NODE_RUN_SCRIPT_NAME $NODE_RUN_PACKAGE_JSON_PATH; echo $PATH | cut -d: -f1\n' +
    '  fail: exit 3\n');

  r = eddy(['--run', 'x'], os.tmpdir() === '/tmp' ? '/' : os.tmpdir());
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /^Can't find package\.json for directory /);

  r = eddy(['-e', '1'], dir, { ...process.env, NODE_OPTIONS: '--run=args' });
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /--run=args is not allowed in NODE_OPTIONS/);

  // --env-file-if-exists
  fs.writeFileSync(path.join(dir, '.env'), 'EDDY_RUN_TEST=from-file\n');
  fs.writeFileSync(path.join(dir, 'env.js'), 'console.log(process.env.EDDY_RUN_TEST)');
  r = eddy(['--env-file-if-exists=missing.env', '--env-file-if-exists', '.env', 'env.js']);
  assert.strictEqual(r.stdout, 'from-file\n');
  r = eddy(['--env-file=missing.env', 'env.js']);
  assert.strictEqual(r.status, 9);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
