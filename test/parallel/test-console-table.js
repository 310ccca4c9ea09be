'use strict';
// console.table draws Node's box tables for arrays, objects, Maps and Sets.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
const stream = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const c = new Console(stream);
function table(...args) {
  out = '';
  c.table(...args);
  return out;
}

assert.strictEqual(table([{ a: 1, b: 'x' }, { a: 2, c: { d: 1 } }]),
                   '┌─────────┬───┬─────┬──────────┐\n' +
                   '│ (index) │ a │ b   │ c        │\n' +
                   '├─────────┼───┼─────┼──────────┤\n' +
                   "│ 0       │ 1 │ 'x' │          │\n" +
                   '│ 1       │ 2 │     │ { d: 1 } │\n' +
                   '└─────────┴───┴─────┴──────────┘\n');

assert.strictEqual(table({ r1: { c: 1 }, r2: 2 }),
                   '┌─────────┬───┬────────┐\n' +
                   '│ (index) │ c │ Values │\n' +
                   '├─────────┼───┼────────┤\n' +
                   '│ r1      │ 1 │        │\n' +
                   '│ r2      │   │ 2      │\n' +
                   '└─────────┴───┴────────┘\n');

assert.strictEqual(table(new Map([['k', { v: 1 }], ['z', 2]])),
                   '┌───────────────────┬─────┬──────────┐\n' +
                   '│ (iteration index) │ Key │ Values   │\n' +
                   '├───────────────────┼─────┼──────────┤\n' +
                   "│ 0                 │ 'k' │ { v: 1 } │\n" +
                   '│ 1                 │ \'z\' │ 2        │\n' +
                   '└───────────────────┴─────┴──────────┘\n');

assert.strictEqual(table(new Set(['two'])),
                   '┌───────────────────┬────────┐\n' +
                   '│ (iteration index) │ Values │\n' +
                   '├───────────────────┼────────┤\n' +
                   "│ 0                 │ 'two'  │\n" +
                   '└───────────────────┴────────┘\n');

// Column filter.
assert.strictEqual(table([{ a: 1, b: 2 }], ['b']),
                   '┌─────────┬───┐\n│ (index) │ b │\n├─────────┼───┤\n│ 0       │ 2 │\n└─────────┴───┘\n');

// Wide characters take two columns.
assert.strictEqual(table({ a: '中文' }),
                   '┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n' +
                   "│ a       │ '中文' │\n└─────────┴────────┘\n");

assert.strictEqual(table([]), '┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n');

// Non-objects are just logged.
assert.strictEqual(table(5), '5\n');
assert.strictEqual(table('text'), 'text\n');
assert.strictEqual(table(null), 'null\n');

assert.throws(() => c.table([], 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'a\')',
});
