'use strict';

// Runs test/parallel/test-stream-*.js inside real Node with `stream` and
// `stream/promises` replaced by eddy's lib/ versions, one child process per
// test.
//
//   node tools/shim-check/run-stream-tests.js [filter]
//
// With --child <file> it runs a single test in this process (used by the
// parent).

const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

if (process.argv[2] === '--child') {
  const Module = require('module');
  const { load } = require('./streams-loader.js');
  const map = {
    'stream': 'stream', 'node:stream': 'stream',
    'stream/promises': 'stream/promises', 'node:stream/promises': 'stream/promises',
  };
  const origLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    if (Object.prototype.hasOwnProperty.call(map, request)) return load(map[request]);
    return origLoad.call(this, request, parent, isMain);
  };
  require(path.resolve(process.argv[3]));
} else {
  const dir = path.join(__dirname, '..', '..', 'test', 'parallel');
  const filter = process.argv[2] || '';
  const files = fs.readdirSync(dir)
    .filter((f) => f.startsWith('test-stream-') && f.endsWith('.js') && f.includes(filter));
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    const r = spawnSync(process.execPath, [__filename, '--child', path.join(dir, f)],
                        { encoding: 'utf8', timeout: 10000 });
    if (r.status === 0) {
      passed++;
    } else {
      failed++;
      console.log(`FAIL ${f} (status ${r.status})\n${r.stdout}${r.stderr}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
