'use strict';
// CommonJS loading: requires a tree of generated modules (run.sh makes
// DIR/warm, a small tree required first as a warm-up, and DIR/tree, the
// 500-module tree that is timed). Each module exports the number of
// modules in its subtree, so the root must report them all.
// Reported as modules/s.
const path = require('path');
const { nowMs, report } = require('./harness');

const dir = process.argv[2];
const want = Number(process.argv[3] || 500);
if (!dir) throw new Error('usage: require500.js DIR [COUNT]');

require(path.join(dir, 'warm'));
const t0 = nowMs();
const root = require(path.join(dir, 'tree'));
const ms = nowMs() - t0;
if (root.count !== want) throw new Error(`loaded ${root.count} of ${want} modules`);
report('require500', want, ms, 'modules/s');
