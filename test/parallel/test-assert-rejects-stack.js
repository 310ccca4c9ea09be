'use strict';
// An AssertionError of rejects()/doesNotReject() comes after an await, when
// nothing of the caller is on the stack any more: its stack still shows
// the asynchronous assertion.
const assert = require('assert');

const checks = [];
const namesIt = (name) => (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, name);
  assert.match(err.stack, /rejects|doesNotReject/);
  assert.ok(!err.stack.includes(`at Function.${name}`));
  return true;
};
checks.push(assert.rejects(assert.rejects(Promise.reject(null), { code: 'FOO' }),
                           namesIt('rejects')));
checks.push(assert.rejects(assert.rejects(Promise.resolve()), namesIt('rejects')));
checks.push(assert.rejects(assert.rejects(Promise.reject(new Error('x')), /y/),
                           namesIt('rejects')));
checks.push(assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))),
                           namesIt('doesNotReject')));

let done = false;
Promise.all(checks).then(() => { done = true; });
process.on('exit', () => assert.ok(done));
