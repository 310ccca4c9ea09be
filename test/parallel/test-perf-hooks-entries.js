'use strict';
// The performance timeline: getEntries* sorted by startTime, clearMarks and
// clearMeasures by name or all.
const assert = require('assert');
const { performance } = require('perf_hooks');

performance.mark('late', { startTime: 20 });
performance.mark('early', { startTime: 2 });
performance.measure('span', 'early', 'late');
performance.mark('late', { startTime: 30 });

const names = (list) => list.map((e) => `${e.entryType}:${e.name}:${e.startTime}`);
assert.deepStrictEqual(names(performance.getEntries()),
                       ['mark:early:2', 'measure:span:2', 'mark:late:20', 'mark:late:30']);
assert.deepStrictEqual(names(performance.getEntriesByName('late')),
                       ['mark:late:20', 'mark:late:30']);
assert.deepStrictEqual(names(performance.getEntriesByName('span', 'mark')), []);
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['measure:span:2']);
assert.deepStrictEqual(performance.getEntriesByType('bogus'), []);
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});

// measure() uses the latest mark of a name.
assert.strictEqual(performance.measure('x', 'late', 'late').startTime, 30);

performance.clearMarks('late');
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['mark:early:2']);
performance.clearMeasures('span');
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['measure:x:30']);
performance.clearMarks();
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
