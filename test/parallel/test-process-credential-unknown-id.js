'use strict';
// (uid_t)-1 names no user and (gid_t)-1 no group: the setters say so
// without calling the system.
const assert = require('assert');

for (const [fn, what] of [['setuid', 'User'], ['seteuid', 'User'],
                          ['setgid', 'Group'], ['setegid', 'Group']]) {
  assert.throws(() => process[fn](2 ** 32 - 1), {
    code: 'ERR_UNKNOWN_CREDENTIAL',
    message: `${what} identifier does not exist: 4294967295`,
  });
}
