'use strict';
// os.constants: null-prototype tables of signals, errno, priority and dlopen
// values, a non-configurable property; EOL and devNull are read-only.
const assert = require('assert');
const os = require('os');

const c = os.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.deepStrictEqual(Object.keys(c), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(c.UV_UDP_REUSEADDR, 4);
for (const key of ['dlopen', 'errno', 'signals', 'priority']) {
  assert.strictEqual(Object.getPrototypeOf(c[key]), null, key);
}
assert.strictEqual(c.signals.SIGINT, 2);
assert.strictEqual(c.signals.SIGKILL, 9);
assert.strictEqual(c.signals.SIGTERM, 15);
assert.strictEqual(c.errno.ENOENT, 2);
assert.strictEqual(c.errno.EACCES, 13);
assert.deepStrictEqual({ ...c.priority }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});
assert.strictEqual(c.dlopen.RTLD_LAZY, 1);
assert.strictEqual(c.dlopen.RTLD_NOW, 2);

assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'constants'),
                       { value: c, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'EOL'),
                       { value: '\n', writable: false, enumerable: true, configurable: true });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'devNull'),
                       { value: '/dev/null', writable: false, enumerable: true, configurable: true });
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
