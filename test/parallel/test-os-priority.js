'use strict';
// os.getPriority/setPriority: argument validation and ERR_SYSTEM_ERROR for
// a process that does not exist.
const assert = require('assert');
const os = require('os');

const prio = os.getPriority();
assert.ok(Number.isInteger(prio) && prio >= -20 && prio <= 19);
assert.strictEqual(os.getPriority(0), prio);
assert.strictEqual(os.getPriority(process.pid), prio);

assert.throws(() => os.getPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100',
});
assert.throws(() => os.setPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.setPriority(1.5, 0), { code: 'ERR_OUT_OF_RANGE' });

// Setting the current priority again is allowed.
os.setPriority(prio);
assert.strictEqual(os.getPriority(), prio);

assert.throws(() => os.getPriority(2147483646), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(e.message,
                     'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.strictEqual(e.errno, os.constants.errno.ESRCH * -1);
  assert.strictEqual(e.syscall, 'uv_os_getpriority');
  assert.deepStrictEqual(e.info, {
    errno: -os.constants.errno.ESRCH,
    code: 'ESRCH',
    message: 'no such process',
    syscall: 'uv_os_getpriority',
  });
  assert.strictEqual(String(e),
                     'SystemError [ERR_SYSTEM_ERROR]: A system error occurred: ' +
                     'uv_os_getpriority returned ESRCH (no such process)');
  return true;
});
