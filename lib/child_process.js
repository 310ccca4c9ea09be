'use strict';

// node:child_process is a later issue: every function throws
// ERR_NOT_IMPLEMENTED until then.
const { addMissing } = require('internal/not_implemented');

module.exports = addMissing({}, 'child_process',
  ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'],
  ['ChildProcess']);
module.exports._forkChild = module.exports.fork;
