'use strict';
// Shared measuring loop for the bench/*.js workloads (see README.md).
//
// A workload is a function run(n, done) that performs n operations of
// one fixed batch size; sync workloads return, async ones call done().
// The loop first warms up (repeating the batch for BENCH_WARMUP_MS),
// then repeats it until BENCH_MEASURE_MS have passed (at least once),
// timing with process.hrtime.bigint(). It prints one JSON line:
//   {"name":"...","ops":<operations>,"ms":<elapsed ms>,"unit":"ops/s"}
// which bench/run.sh turns into a rate (ops * 1000 / ms).

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS || 150);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS || 600);

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function report(name, ops, ms, unit) {
  console.log(JSON.stringify({ name, ops, ms: Number(ms.toFixed(3)),
                               unit: unit || 'ops/s' }));
}

// Sync workload: fn(n) does n operations.
function benchSync(name, n, fn, unit) {
  let t0 = nowMs();
  do fn(n); while (nowMs() - t0 < WARMUP_MS);
  let ops = 0;
  t0 = nowMs();
  let t;
  do {
    fn(n);
    ops += n;
    t = nowMs();
  } while (t - t0 < MEASURE_MS);
  report(name, ops, t - t0, unit);
}

// Async workload: fn(n, done) does n operations, then calls done().
function benchAsync(name, n, fn, unit) {
  return new Promise((resolve, reject) => {
    let phase = 'warmup';
    let t0 = nowMs();
    let ops = 0;
    const next = (err) => {
      if (err) return reject(err);
      const t = nowMs();
      if (phase === 'warmup') {
        if (t - t0 >= WARMUP_MS) {
          phase = 'measure';
          t0 = nowMs();
        }
      } else {
        ops += n;
        if (t - t0 >= MEASURE_MS) {
          report(name, ops, t - t0, unit);
          return resolve();
        }
      }
      fn(n, next);
    };
    fn(n, next);
  });
}

// Runs the async benchmarks one after the other; a failure exits 1.
function series(list) {
  let p = Promise.resolve();
  for (const f of list) p = p.then(f);
  p.catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

module.exports = { nowMs, report, benchSync, benchAsync, series };
