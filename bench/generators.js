'use strict';
// Generator throughput.
//   generator-loop:     a generator yielding N values, consumed by for-of.
//   generator-delegate: the gensync/babel pattern: a driver runs a
//                       generator with it.next(answer), and every value
//                       is yielded through 4 levels of yield* (each level
//                       a generator that delegates to the next and uses
//                       what it returns).
// ops = values yielded (N per batch); both check the sums they compute.
const { benchSync } = require('./harness');
const N = 100000;

function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}

function loop(n) {
  let sum = 0;
  for (const v of range(n)) sum += v;
  const want = n * (n - 1) / 2;
  if (sum !== want) throw new Error(`generator-loop: sum ${sum}, want ${want}`);
}

// Level 0 asks the driver about i ("effect" requests, as gensync does);
// the driver answers 2 * i + 1. Each level above delegates twice and
// combines the results, so one top-level step yields 16 values.
function* ask(i) {
  const answer = yield i;
  return answer - i; // i + 1
}
function* level1(i) { return (yield* ask(i)) + (yield* ask(i + 1)); }
function* level2(i) { return (yield* level1(i)) + (yield* level1(i + 2)); }
function* level3(i) { return (yield* level2(i)) + (yield* level2(i + 4)); }
function* level4(i) { return (yield* level3(i)) + (yield* level3(i + 8)); }
function* top(n) {
  let total = 0;
  for (let i = 0; i < n; i += 16) total += yield* level4(i);
  return total;
}

function delegate(n) {
  const it = top(n);
  let yielded = 0;
  let r = it.next();
  while (!r.done) {
    yielded++;
    r = it.next(2 * r.value + 1);
  }
  // sum of (i + 1) over i = 0 .. n-1
  const want = n * (n + 1) / 2;
  if (yielded !== n || r.value !== want) {
    throw new Error(`generator-delegate: ${yielded} values, total ${r.value}; want ${n}, ${want}`);
  }
}

benchSync('generator-loop', N, loop);
benchSync('generator-delegate', N, delegate);
