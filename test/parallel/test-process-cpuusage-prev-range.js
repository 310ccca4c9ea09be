'use strict';
// process.cpuUsage(prev) checks prev.user, then prev.system: each must be a
// number from 0 to Number.MAX_SAFE_INTEGER.
const assert = require('assert');

for (const [prev, name] of [
  [{ user: 2 ** 64, system: 1 }, 'user'], [{ user: 1, system: 2 ** 53 }, 'system'],
  [{ user: -1, system: 'x' }, 'user'], [{ user: NaN, system: 1 }, 'user'],
  [{ user: 1, system: -0.5 }, 'system'],
]) {
  assert.throws(() => process.cpuUsage(prev), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
    message: new RegExp(`^The property 'prevValue\\.${name}' is invalid\\. Received `),
  });
}
assert.throws(() => process.cpuUsage({ user: null, system: 'c' }), { code: 'ERR_INVALID_ARG_TYPE', message: /"prevValue\.user" property must be of type number. Received null/ });
assert.throws(() => process.cpuUsage({ user: 'x', system: -1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /"prevValue\.user"/ });
assert.throws(() => process.cpuUsage({ user: 1, system: 'y' }), { code: 'ERR_INVALID_ARG_TYPE', message: /"prevValue\.system"/ });
const d = process.cpuUsage({ user: 1.5, system: Number.MAX_SAFE_INTEGER });
assert.strictEqual(typeof d.user, 'number');
