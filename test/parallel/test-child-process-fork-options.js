'use strict';
// fork()'s options: execArgv (process.execArgv by default, without the -e
// script of a parent started with -e), cwd, env, silent, the module path
// as a URL or Buffer, args, and no shell even when asked for one.
const assert = require('assert');
const os = require('os');
const { pathToFileURL } = require('url');
const { fork, spawn } = require('child_process');

if (process.argv[2] === 'child') {
  process.send({
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    cwd: process.cwd(),
    marker: process.env.EDDY_FORK_MARKER,
  });
  return;
}

const guards = [];
function expectReport(child, check) {
  const guard = setTimeout(() => {
    child.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  guards.push(guard);
  let report;
  child.on('message', (m) => { report = m; });
  child.on('exit', (code) => {
    assert.strictEqual(code, 0);
    check(report);
  });
}

const realTmp = require('fs').realpathSync(os.tmpdir());
expectReport(fork(__filename, ['child', 'a', '$HOME'], {
  execArgv: ['--no-warnings'],
  cwd: realTmp,
  env: { ...process.env, EDDY_FORK_MARKER: 'yes' },
  shell: true,
}), (report) => {
  assert.deepStrictEqual(report, {
    argv: ['child', 'a', '$HOME'], execArgv: ['--no-warnings'], cwd: realTmp, marker: 'yes',
  });
});

expectReport(fork(pathToFileURL(__filename), ['child']), (report) => {
  assert.deepStrictEqual(report.execArgv, process.execArgv);
});
expectReport(fork(Buffer.from(__filename), ['child']), (report) => {
  assert.deepStrictEqual(report.argv, ['child']);
});

// silent: the child's output comes back through pipes.
{
  const child = fork(__filename, ['child'], { silent: true });
  assert.notStrictEqual(child.stdout, null);
  assert.notStrictEqual(child.stdin, null);
  expectReport(child, (report) => assert.deepStrictEqual(report.argv, ['child']));
}

// A parent started with -e forks its module, not its script.
{
  const script = `
    const { fork } = require('child_process');
    const child = fork(${JSON.stringify(__filename)}, ['child']);
    child.on('message', (m) => process.stdout.write(JSON.stringify(m.execArgv)));
  `;
  const parent = spawn(process.execPath, ['--no-deprecation', '-e', script],
                       { stdio: ['ignore', 'pipe', 'inherit'] });
  const guard = setTimeout(() => {
    parent.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  let out = '';
  parent.stdout.on('data', (chunk) => { out += chunk; });
  parent.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), ['--no-deprecation']);
  });
}
