'use strict';
// performance.timerify(): a wrapper named 'timerified <name>' that reports
// 'function' entries with the call's arguments as detail.
const assert = require('assert');
const { performance, PerformanceObserver } = require('perf_hooks');

function foo(a, b) { return a + b; }
const t = performance.timerify(foo);
assert.strictEqual(t.name, 'timerified foo');
assert.strictEqual(t.length, 2);
assert.notStrictEqual(t, performance.timerify(foo));
assert.strictEqual(t(1, 2), 3);

class K { constructor(v) { this.v = v; } }
const TK = performance.timerify(K);
assert.strictEqual(new TK(4).v, 4);

let seen = 0;
const obs = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  assert.strictEqual(entry.name, 'foo');
  assert.strictEqual(entry.entryType, 'function');
  assert.deepStrictEqual(entry.detail, [3, 4]);
  assert.ok(entry.duration >= 0);
  seen++;
  obs.disconnect();
});
obs.observe({ type: 'function' });
assert.strictEqual(t(3, 4), 7);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);
assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.strictEqual(seen, 1));
