'use strict';
// Call-heavy code: the naive recursive fib(30), 1,664,079 calls of a
// small function per run. Reported as runs/s (one run = one fib(30)).
const { benchSync } = require('./harness');

const N = 30;
const WANT = 832040;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

benchSync('fib30', 1, (n) => {
  for (let i = 0; i < n; i++) {
    const r = fib(N);
    if (r !== WANT) throw new Error(`fib(${N}) = ${r}, want ${WANT}`);
  }
}, 'runs/s');
