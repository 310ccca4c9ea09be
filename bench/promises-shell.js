'use strict';
// promises.js for both SpiderMonkey's own shell (js140) and eddy, so the two
// run the very same file (bench/engine-shell.sh).
//
//   js140 bench/promises-shell.js [WARMUP_MS [MEASURE_MS]]
//   eddy  bench/promises-shell.js [WARMUP_MS [MEASURE_MS]]
//
// The workloads (thenChain, awaitLoop, awaits) are copied unchanged from
// promises.js, and the measuring loop from harness.js; only the host glue
// differs: the shell has no require, process or console, so output is
// print(), arguments come from scriptArgs, time from performance.now()
// (both hosts have it). In the shell the promise jobs run in the shell's own
// job loop once the script's top level has returned, as in a plain
// embedding; in eddy, in its microtask queue. Prints one JSON line per row,
// like harness.js: {"name":"...","ops":<operations>,"ms":<elapsed ms>,"unit":"ops/s"}
const inShell = typeof process === 'undefined';
const args = inShell ? scriptArgs : process.argv.slice(2);
const out = inShell ? print : (line) => console.log(line);
const WARMUP_MS = Number(args[0] || 150);
const MEASURE_MS = Number(args[1] || 600);

function nowMs() {
  return performance.now();
}

function report(name, ops, ms, unit) {
  out(JSON.stringify({ name, ops, ms: Number(ms.toFixed(3)),
                       unit: unit || 'ops/s' }));
}

function fail(err) {
  if (inShell) {
    printErr(String(err && err.stack ? `${err}\n${err.stack}` : err));
    quit(1);
  }
  console.error(err);
  process.exitCode = 1;
}

// ---- from harness.js (timing: nowMs above) ----
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

function series(list) {
  let p = Promise.resolve();
  for (const f of list) p = p.then(f);
  p.catch(fail);
}

// ---- from promises.js, unchanged ----
const N = 50000;

function thenChain(n, done) {
  let count = 0;
  const inc = () => { count++; };
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(inc);
  p.then(() => done(count === n ? null : new Error(`ran ${count} of ${n}`)),
         done);
}

async function awaitLoop(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}

function awaits(n, done) {
  const want = n * (n - 1) / 2;
  awaitLoop(n).then(
    (sum) => done(sum === want ? null : new Error(`sum ${sum} != ${want}`)),
    done);
}

series([
  () => benchAsync('promises-then', N, thenChain),
  () => benchAsync('promises-await', N, awaits),
]);
