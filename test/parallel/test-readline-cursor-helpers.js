'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write Node's ANSI
// sequences, return write()'s result and call back; with no stream or
// nothing to do they call back on the next tick with null.
const assert = require('assert');
const readline = require('readline');
const { Writable } = require('stream');

const writes = [];
const out = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { writes.push(chunk); cb(); },
});

assert.strictEqual(readline.cursorTo(out, 3), true);
assert.strictEqual(readline.cursorTo(out, 3, 4), true);
assert.strictEqual(readline.moveCursor(out, -1, -2), true);
assert.strictEqual(readline.moveCursor(out, 1, 2), true);
assert.strictEqual(readline.moveCursor(out, 0, 0), true);
assert.strictEqual(readline.clearLine(out, -1), true);
assert.strictEqual(readline.clearLine(out, 0), true);
assert.strictEqual(readline.clearLine(out, 1), true);
assert.strictEqual(readline.clearScreenDown(out), true);
assert.strictEqual(readline.cursorTo(out, undefined), true);
assert.deepStrictEqual(writes, [
  '\x1b[4G', '\x1b[5;4H', '\x1b[1D\x1b[2A', '\x1b[1C\x1b[2B',
  '\x1b[1K', '\x1b[2K', '\x1b[0K', '\x1b[0J',
]);

assert.throws(() => readline.cursorTo(out, NaN), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => readline.cursorTo(out, 1, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.cursorTo(out, 'a', 2), {
  code: 'ERR_INVALID_CURSOR_POS', name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});
for (const fn of [
  () => readline.cursorTo(out, 1, 2, 3),
  () => readline.moveCursor(out, 1, 2, 3),
  () => readline.clearLine(out, 1, 3),
  () => readline.clearScreenDown(out, 3),
]) {
  assert.throws(fn, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type number (3)',
  });
}

const order = [];
readline.cursorTo(out, 7, (err) => order.push(`cursorTo:${err}`));
readline.moveCursor(null, 1, 1, (err) => order.push(`moveCursor:${err}`));
readline.clearLine(undefined, 0, (err) => order.push(`clearLine:${err}`));
readline.clearScreenDown(null, (err) => order.push(`clearScreenDown:${err}`));
order.push('sync');
setTimeout(() => {
  assert.strictEqual(order[0], 'sync');
  assert.deepStrictEqual(order.slice(1).sort(), [
    'clearLine:null', 'clearScreenDown:null', 'cursorTo:null', 'moveCursor:null',
  ]);
  assert.strictEqual(writes[writes.length - 1], '\x1b[8G');
}, 10);
