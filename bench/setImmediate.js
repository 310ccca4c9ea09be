'use strict';
// setImmediate throughput: each callback schedules the next one, so
// every operation is one trip around the event loop's check phase.
const { benchAsync, series } = require('./harness');
const N = 20000;

function chained(n, done) {
  let left = n;
  const step = () => {
    if (--left === 0) return done();
    setImmediate(step);
  };
  setImmediate(step);
}

series([() => benchAsync('setImmediate-chained', N, chained)]);
