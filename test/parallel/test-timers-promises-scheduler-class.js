'use strict';
// timers/promises.scheduler is the one instance of a Scheduler class.
const assert = require('assert');
const { inspect } = require('util');
const { scheduler } = require('timers/promises');

assert.strictEqual(scheduler.constructor.name, 'Scheduler');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)),
                       ['constructor', 'yield', 'wait']);
assert.strictEqual(inspect(scheduler), 'Scheduler { [Symbol(kScheduler)]: true }');
assert.throws(() => new scheduler.constructor(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
assert.throws(() => scheduler.wait.call({}, 1), { code: 'ERR_INVALID_THIS' });
assert.throws(() => scheduler.yield.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Scheduler',
});
scheduler.yield().then((v) => {
  assert.strictEqual(v, undefined);
  return scheduler.wait(1);
}).then((v) => assert.strictEqual(v, undefined));
