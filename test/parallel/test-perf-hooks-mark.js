'use strict';
// performance.mark(): PerformanceMark entries with startTime and a cloned
// detail; option validation.
const assert = require('assert');
const { performance, PerformanceMark, PerformanceEntry } = require('perf_hooks');

const before = performance.now();
const m = performance.mark('a', { detail: { x: [1, 2] } });
assert.ok(m instanceof PerformanceMark);
assert.ok(m instanceof PerformanceEntry);
assert.strictEqual(m.name, 'a');
assert.strictEqual(m.entryType, 'mark');
assert.strictEqual(m.duration, 0);
assert.ok(m.startTime >= before && m.startTime <= performance.now());
assert.deepStrictEqual(m.detail, { x: [1, 2] });
assert.deepStrictEqual(m.toJSON(), {
  name: 'a', entryType: 'mark', startTime: m.startTime, duration: 0, detail: { x: [1, 2] },
});
assert.deepStrictEqual(Object.keys(m), []);
assert.strictEqual(Object.prototype.toString.call(m), '[object PerformanceMark]');

const detail = { y: 1 };
const m2 = performance.mark('b', { startTime: 5, detail });
assert.strictEqual(m2.startTime, 5);
assert.notStrictEqual(m2.detail, detail);
assert.deepStrictEqual(m2.detail, detail);
assert.strictEqual(performance.mark('c').detail, null);
assert.strictEqual(performance.mark(1).name, '1');

const m3 = new PerformanceMark('own', { startTime: 3, detail: [1] });
assert.strictEqual(m3.startTime, 3);
assert.deepStrictEqual(performance.getEntriesByName('own'), []);

assert.throws(() => performance.mark(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.mark('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name: 'TypeError',
  message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => performance.mark('x', { detail: () => 1 }), { name: 'DataCloneError' });
assert.throws(() => new PerformanceEntry(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
});
