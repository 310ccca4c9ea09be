'use strict';
// process.nextTick throughput.
//   nextTick-chained: each callback queues the next one (N in a row).
//   nextTick-queued:  N callbacks queued at once, then drained.
const { benchAsync, series } = require('./harness');
const N = 100000;

function chained(n, done) {
  let left = n;
  const tick = () => {
    if (--left === 0) return done();
    process.nextTick(tick);
  };
  process.nextTick(tick);
}

function queued(n, done) {
  let left = n;
  const tick = () => {
    if (--left === 0) done();
  };
  for (let i = 0; i < n; i++) process.nextTick(tick);
}

series([
  () => benchAsync('nextTick-chained', N, chained),
  () => benchAsync('nextTick-queued', N, queued),
]);
