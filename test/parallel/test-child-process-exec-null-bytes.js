'use strict';
// exec/execFile refuse null bytes in options.argv0 and options.shell as
// spawn does (execFile does not hand argv0 to the child, but checks it).
const assert = require('assert');
const { exec, execFile, execFileSync, execSync, spawn } = require('child_process');

const bad = 'BBB\u0000XXX';
const noCall = () => assert.fail('callback called');
for (const call of [
  () => exec('true', { argv0: bad }, noCall),
  () => execFile('true', { argv0: bad }, noCall),
  () => execFileSync('true', { argv0: bad }),
  () => execSync('true', { argv0: bad }),
  () => spawn('true', { argv0: bad }),
  () => exec('true', { shell: bad }, noCall),
  () => execFile('true', { shell: bad }, noCall),
  () => execFileSync('true', { shell: bad }),
  () => execSync('true', { shell: bad }),
  () => spawn('true', { shell: bad }),
]) {
  assert.throws(call, { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
}
assert.throws(() => spawn('true', { shell: bad }), {
  message: "The property 'options.shell' must be a string without null bytes. " +
    "Received 'BBB\\x00XXX'",
});
assert.throws(() => execFile('true', { argv0: bad }, noCall), {
  message: "The property 'options.argv0' must be a string without null bytes. " +
    "Received 'BBB\\x00XXX'",
});
