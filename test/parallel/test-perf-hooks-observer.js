'use strict';
// PerformanceObserver: mark/measure entries are delivered together from a
// setImmediate after the current tick, sorted, with the observer as 2nd arg.
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceObserverEntryList } =
  require('perf_hooks');

const order = [];
const obs = new PerformanceObserver((list, observer) => {
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.strictEqual(observer, obs);
  order.push(`observer:${list.getEntries().map((e) => e.name).join(',')}`);
  assert.deepStrictEqual(list.getEntriesByType('measure').map((e) => e.name), ['m']);
  assert.deepStrictEqual(list.getEntriesByName('z1').length, 1);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('z2', { startTime: 10 });
performance.mark('z1', { startTime: 5 });
performance.measure('m', 'z1', 'z2');
order.push('sync');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
setImmediate(() => order.push('immediate'));
process.on('exit', () => {
  assert.deepStrictEqual(order, ['sync', 'tick', 'microtask', 'observer:z1,m,z2', 'immediate']);
});

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes,
                       ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const o = new PerformanceObserver(() => {});
assert.throws(() => new PerformanceObserver(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => o.observe({}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => o.observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
assert.throws(() => o.observe({ type: 'mark', entryTypes: ['mark'] }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
// The first observe() fixed `o` to entryTypes mode.
assert.throws(() => o.observe({ type: 'mark' }), { name: 'InvalidModificationError' });
const buffered = new PerformanceObserver(() => {});
buffered.observe({ type: 'mark', buffered: true });
assert.deepStrictEqual(buffered.takeRecords().map((e) => e.name), ['z1', 'z2']);
assert.deepStrictEqual(buffered.takeRecords(), []);
buffered.disconnect();
