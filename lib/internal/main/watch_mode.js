'use strict';

// `eddy --watch file.js` and `--watch-path=dir`: this process runs the
// program in a child process and starts it again whenever one of the files
// it loaded changes (or anything under a --watch-path). The child names
// each module file it loads on an extra pipe (fd 3), so the set watched is
// exactly the program's own.

const fs = require('fs');
const { spawn } = require('child_process');
const { flagValues, hasFlag } = require('internal/options');

const kChildMarker = 'EDDY_WATCH_CHILD';  // run_main checks it too
const kSettleMs = 100;  // changes closer together than this restart once

// --watch, --watch-path (with its value) and --watch-preserve-output are for
// this process only.
function childExecArgv() {
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--watch' || flag === '--watch-preserve-output' || flag.startsWith('--watch-path=')) continue;
    if (flag === '--watch-path') {
      i++;
      continue;
    }
    out.push(flag);
  }
  return out;
}

function supervise(main, displayName) {
  const watchPaths = flagValues('--watch-path');
  const clearScreen = process.stdout.isTTY && !hasFlag('--watch-preserve-output');
  const execArgv = childExecArgv();
  const fileWatchers = new Map();
  let child = null;
  let pendingRestart = null;

  const say = (text) => process.stdout.write(`${text}\n`);

  function watch(file) {
    if (fileWatchers.has(file)) return;
    try {
      fileWatchers.set(file, fs.watch(file, scheduleRestart));
    } catch {
      // Gone already: the restart it caused will report it again.
    }
  }

  function start() {
    const reportsFiles = watchPaths.length === 0;
    child = spawn(process.execPath, [...execArgv, main, ...process.argv.slice(2)], {
      stdio: ['inherit', 'inherit', 'inherit', reportsFiles ? 'pipe' : 'ignore'],
      env: { ...process.env, [kChildMarker]: '1' },
    });
    if (reportsFiles) {
      let partial = '';
      child.stdio[3].setEncoding('utf8');
      child.stdio[3].on('data', (chunk) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop();
        for (const file of lines) watch(file);
      });
    }
    const current = child;
    child.on('exit', (code) => {
      if (child !== current) return;  // stopped for a restart
      child = null;
      say(`${code === 0 ? 'Completed' : 'Failed'} running '${displayName}'. ` +
          'Waiting for file changes before restarting...');
    });
  }

  function restart() {
    pendingRestart = null;
    const old = child;
    child = null;
    for (const watcher of fileWatchers.values()) watcher.close();
    fileWatchers.clear();
    const begin = () => {
      if (clearScreen) process.stdout.write('\x1Bc');
      say(`Restarting '${displayName}'`);
      start();
    };
    if (old !== null && old.exitCode === null && old.signalCode === null) {
      old.once('exit', begin);
      old.kill('SIGTERM');
    } else {
      begin();
    }
  }

  function scheduleRestart() {
    if (pendingRestart !== null) clearTimeout(pendingRestart);
    pendingRestart = setTimeout(restart, kSettleMs);
  }

  for (const dir of watchPaths) fs.watch(dir, { recursive: true }, scheduleRestart);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child !== null) child.kill(signal);
      process.exit(0);
    });
  }
  start();
}

// In the child: every module file the program loads goes to the parent.
function reportLoadedFiles() {
  const { watchLoadedFiles } = require('internal/modules/cjs/loader');
  watchLoadedFiles((file) => {
    try {
      fs.writeSync(3, `${file}\n`);
    } catch {
      // The supervisor went away; the program runs on unwatched.
    }
  });
}

module.exports = { supervise, reportLoadedFiles };
