'use strict';
// util.styleText: ANSI wrapping, format validation and stream detection.
const assert = require('assert');
const util = require('util');
const { Writable } = require('stream');

assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
// A stream that is not a TTY gets the text unchanged.
const notTTY = new Writable({ write(c, e, cb) { cb(); } });
const saved = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
assert.strictEqual(util.styleText('red', 'x', { stream: notTTY }), 'x');
if (saved !== undefined) process.env.FORCE_COLOR = saved;

assert.throws(() => util.styleText('nope', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'format' must be one of: 'reset', 'bold', .*'bgWhiteBright'\. Received 'nope'$/,
});
assert.throws(() => util.styleText('red', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
           'Received an instance of Object',
});
