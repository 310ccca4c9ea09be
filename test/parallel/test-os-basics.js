'use strict';
// Plain os facts: strings and numbers that agree with process and the env.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
for (const s of [os.release(), os.version(), os.machine(), os.hostname()]) {
  assert.strictEqual(typeof s, 'string');
  assert.ok(s.length > 0);
}
assert.strictEqual(os.homedir(), process.env.HOME);
assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0);
assert.ok(os.freemem() <= os.totalmem());
assert.ok(os.uptime() > 0);
