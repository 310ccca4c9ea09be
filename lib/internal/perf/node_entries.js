'use strict';

// How lib/ modules time their own operations for PerformanceObserver (net's
// connects, as 'net' entries). perf_hooks fills these in when it loads;
// until then nobody can observe anything and nothing is recorded.

module.exports = {
  // Whether some observer wants entries of `type`.
  hasObserver(type) { return false; },
  // The clock entries use (ms since the process started).
  now() { return 0; },
  // Queues an entry of `type` named `name` from `start` until now.
  record(type, name, start, detail) {},
};
