'use strict';
// A WeakRef keeps its target alive only until the end of the current job
// (the microtask checkpoint): after that a GC may collect it. eddy once
// released them only when a checkpoint had promise jobs to run, so a target
// made in a job without any leaked.
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = `
  const refs = [];
  for (let i = 0; i < 3; i++) refs.push(new WeakRef({ i }));
  setTimeout(() => {
    globalThis.gc();
    console.log(refs.filter((r) => r.deref() !== undefined).length);
  }, 5);
`;
const r = spawnSync(process.execPath, ['--expose-gc', '-e', child], { encoding: 'utf8', timeout: 10000 });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.trim(), '0');
