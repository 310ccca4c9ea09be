'use strict';
// performance.measure(): start/end from marks, numbers and options objects.
const assert = require('assert');
const { performance, PerformanceMeasure } = require('perf_hooks');

performance.mark('A', { startTime: 5 });
performance.mark('B', { startTime: 8 });

function span(...args) {
  const m = performance.measure(...args);
  assert.ok(m instanceof PerformanceMeasure);
  assert.strictEqual(m.entryType, 'measure');
  return [m.startTime, m.duration];
}

assert.deepStrictEqual(span('m', 'A', 'B'), [5, 3]);
assert.deepStrictEqual(span('m', { start: 'A', end: 'B' }), [5, 3]);
assert.deepStrictEqual(span('m', { start: 'A', duration: 5 }), [5, 5]);
assert.deepStrictEqual(span('m', { end: 'B', duration: 2 }), [6, 2]);
assert.deepStrictEqual(span('m', undefined, 'B'), [0, 8]);
assert.deepStrictEqual(span('m', { start: 'A', end: 3 }), [5, -2]);
assert.deepStrictEqual(span('m', { start: 1, end: 4 }), [1, 3]);

const now = performance.now();
const [s, d] = span('m', 'A');
assert.strictEqual(s, 5);
assert.ok(d >= now - 5);
const open = performance.measure('open');
assert.strictEqual(open.startTime, 0);
assert.strictEqual(open.detail, null);
assert.deepStrictEqual(performance.measure('d', { start: 'A', detail: { k: 1 } }).detail, { k: 1 });

assert.throws(() => performance.measure('x', 'nope'), {
  name: 'SyntaxError', code: 12, message: 'The "nope" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: 'A', end: 'B', duration: 2 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', { start: 1 }, 'A'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', { start: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
});
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
