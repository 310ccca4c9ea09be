'use strict';

// `eddy --run NAME [-- args]`: runs a script of the nearest package.json
// with /bin/sh, from that file's directory, with every node_modules/.bin
// from the current directory up to the root ahead in PATH. Like node 22,
// no pre/post scripts run and any failure exits with status 1.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

function fail(message) {
  process._rawDebug(message);
  process.exit(1);
}

function nearestPackageJson(dir) {
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return file;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// Each argument is one shell word, whatever it contains.
function shellQuote(arg) {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

function runScript(name, args) {
  const cwd = process.cwd();
  const file = nearestPackageJson(cwd);
  if (file === undefined) fail(`Can't find package.json for directory ${cwd}`);
  let pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    fail(`Can't parse ${file}`);
  }
  const scripts = pkg?.scripts;
  if (scripts === null || typeof scripts !== 'object') fail(`Can't find "scripts" field in ${file}`);
  if (typeof scripts[name] !== 'string') {
    const listing = Object.entries(scripts)
      .filter(([, command]) => typeof command === 'string')
      .map(([key, command]) => `  ${key}: ${command}`).join('\n');
    fail(`Missing script: "${name}" for ${file}\n\nAvailable scripts are:\n${listing}`);
  }

  const bins = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin');
    if (fs.existsSync(bin)) bins.push(bin);
    if (path.dirname(dir) === dir) break;
  }
  const env = {
    ...process.env,
    PATH: [...bins, process.env.PATH].filter(Boolean).join(path.delimiter),
    NODE_RUN_SCRIPT_NAME: name,
    NODE_RUN_PACKAGE_JSON_PATH: file,
  };
  const command = [scripts[name], ...args.map(shellQuote)].join(' ');
  const result = spawnSync('/bin/sh', ['-c', command], {
    cwd: path.dirname(file), env, stdio: 'inherit',
  });
  process.exit(result.status === 0 ? 0 : 1);
}

module.exports = { runScript };
