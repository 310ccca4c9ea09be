'use strict';
// eddy --watch: the program runs again when a file it loaded changes;
// --watch-path watches a directory instead.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-watch-')));
fs.writeFileSync(path.join(dir, 'main.js'), "console.log('run', require('./dep').v);\n");
fs.writeFileSync(path.join(dir, 'dep.js'), 'exports.v = 1;\n');
fs.mkdirSync(path.join(dir, 'assets'));

// Runs eddy with `args` in its own process group; calls step(output) on
// each output change until it returns true; then kills the group.
function watchRun(args, steps) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, detached: true });
    let output = '';
    const timer = setTimeout(() => finish(new Error(`timed out; output so far:\n${output}`)), 20000);
    function finish(err) {
      clearTimeout(timer);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      if (err) reject(err); else resolve(output);
    }
    const onData = (chunk) => {
      output += chunk;
      while (steps.length > 0 && steps[0].until.test(output)) steps.shift().then?.();
      if (steps.length === 0) finish();
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
  });
}

(async () => {
  const done = "Completed running 'main.js'. Waiting for file changes before restarting...";
  let output = await watchRun(['--watch', 'main.js'], [
    { until: /Completed running/, then: () => fs.writeFileSync(path.join(dir, 'dep.js'), 'exports.v = 2;\n') },
    { until: /run 2\n.*Completed running 'main\.js'.*\n/s },
  ]);
  assert.strictEqual(output, `run 1\n${done}\nRestarting 'main.js'\nrun 2\n${done}\n`);

  // A file under --watch-path restarts the program even though it never
  // loaded it.
  output = await watchRun(['--watch-path', 'assets', 'main.js'], [
    { until: /Completed running/, then: () => fs.writeFileSync(path.join(dir, 'assets', 'x.css'), '') },
    { until: /Restarting 'main\.js'\nrun 2\n/ },
  ]);
  assert.match(output, /^run 2\n/);

  fs.writeFileSync(path.join(dir, 'bad.js'), "throw new Error('bad');\n");
  output = await watchRun(['--watch', 'bad.js'], [{ until: /Failed running 'bad\.js'/ }]);
  assert.match(output, /Error: bad/);
})().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
