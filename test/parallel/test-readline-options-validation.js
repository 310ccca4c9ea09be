'use strict';
// createInterface option checks, the default property values, and the
// legacy constructor called without new.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
assert.throws(() => readline.createInterface({ input, completer: 3 }), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'completer' is invalid. Received 3",
});
assert.throws(() => readline.createInterface({ input, historySize: -1 }), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "historySize" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => readline.createInterface({ input, tabSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => readline.createInterface({ input, signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => readline.createInterface({ input, history: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "history" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => readline.createInterface({ input, escapeCodeTimeout: NaN }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'input.escapeCodeTimeout' is invalid. Received 500",
});

const rl = readline.Interface({ input, crlfDelay: 50 });
assert.ok(rl instanceof readline.Interface);
assert.strictEqual(rl.crlfDelay, 100);
assert.strictEqual(rl.historySize, 30);
assert.deepStrictEqual(rl.history, []);
assert.strictEqual(rl.line, '');
assert.strictEqual(rl.tabSize, 8);
assert.strictEqual(rl.escapeCodeTimeout, 500);
assert.strictEqual(rl.removeHistoryDuplicates, false);
assert.strictEqual(rl.getPrompt(), '> ');
assert.strictEqual(rl.columns, Infinity);
rl.close();

const rl2 = readline.createInterface(input, null, undefined, false);
assert.strictEqual(rl2.input, input);
assert.strictEqual(rl2.crlfDelay, 100);
rl2.close();

// A signal closes the Interface when it aborts (already aborted: next tick).
const ac = new AbortController();
const rl3 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
let closed = 0;
rl3.on('close', () => closed++);
ac.abort();
assert.strictEqual(closed, 1);
const rl4 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl4.on('close', () => closed++);
assert.strictEqual(closed, 1);
process.nextTick(() => assert.strictEqual(closed, 2));
