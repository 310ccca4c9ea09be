'use strict';
// process.allowedNodeEnvironmentFlags: a read-only Set whose has() accepts
// a flag with or without dashes, '_' for '-', and a trailing value.
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
for (const flag of ['--require', '-r', 'r', 'require', '--stack-trace-limit=10',
                    '--perf_basic_prof', 'perf-basic-prof', '--no-warnings', '--max_old_space_size=1']) {
  assert.strictEqual(flags.has(flag), true, flag);
}
for (const flag of ['--r', '-R', '---require', '--cheeseburgers', 'REQUIRE', 1]) {
  assert.strictEqual(flags.has(flag), false, String(flag));
}
assert.strictEqual(Object.isFrozen(flags), true);
const size = flags.size;
assert(size > 50);
flags.add('--foo');
Set.prototype.add.call(flags, '--foo');
flags.delete('-r');
Set.prototype.clear.call(flags);
flags.clear();
assert.strictEqual(flags.size, size);
assert.strictEqual(flags.has('--foo'), false);
assert.strictEqual([...flags].includes('--foo'), false);
let count = 0;
const thisArg = {};
flags.forEach(function(value, key, set) {
  assert.strictEqual(this, thisArg);
  assert.strictEqual(value, key);
  assert.strictEqual(set, flags);
  assert.match(value, /^--?[a-zA-Z0-9._-]+$/);
  count++;
}, thisArg);
assert.strictEqual(count, size);
