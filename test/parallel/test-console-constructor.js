'use strict';
// new Console(...): both signatures, validation errors and bound methods.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
let err = '';
const stdout = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const stderr = new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } });

const a = new Console(stdout, stderr);
const b = new Console({ stdout });
const c = Console(stdout); // Works without `new`.
assert.ok(a instanceof Console);
assert.ok(c instanceof Console);
assert.ok(console instanceof Console);
assert.strictEqual(Object.prototype.toString.call(a), '[object console]');

const { log, error } = a;
assert.strictEqual(log.name, 'log');
log('x %d', 1);
error('e');
b.warn('to stdout');
assert.strictEqual(out, 'x 1\nto stdout\n');
assert.strictEqual(err, 'e\n');
assert.deepStrictEqual(Object.keys(a), [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed',
]);

const stream = 'Console expects a writable stream instance for';
assert.throws(() => new Console(), { code: 'ERR_CONSOLE_WRITABLE_STREAM', message: `${stream} stdout` });
assert.throws(() => new Console({ stdout: {} }), { code: 'ERR_CONSOLE_WRITABLE_STREAM', message: `${stream} stdout` });
assert.throws(() => new Console({ stdout, stderr: {} }),
              { code: 'ERR_CONSOLE_WRITABLE_STREAM', message: `${stream} stderr` });
assert.throws(() => new Console({ stdout, colorMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'",
});
assert.throws(() => new Console({ stdout, inspectOptions: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. Received type number (1)',
});
assert.throws(() => new Console({ stdout, inspectOptions: { colors: true }, colorMode: 'auto' }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
});
