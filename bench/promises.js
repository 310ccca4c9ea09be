'use strict';
// Promise throughput.
//   promises-then:  a chain of N .then() callbacks on one promise chain
//                   (built, then run to completion).
//   promises-await: an async function awaiting N times in a loop.
const { benchAsync, series } = require('./harness');
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
