'use strict';
// os.cpus(), os.loadavg() and os.availableParallelism() shapes.
const assert = require('assert');
const os = require('os');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
assert.ok(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const v of Object.values(cpu.times)) assert.ok(Number.isInteger(v) && v >= 0);
}
const avg = os.loadavg();
assert.strictEqual(avg.length, 3);
for (const v of avg) assert.ok(typeof v === 'number' && v >= 0);
const n = os.availableParallelism();
assert.ok(Number.isInteger(n) && n >= 1);
