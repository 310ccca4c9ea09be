'use strict';
// node:test runs tests after the main module has loaded, one at a time in
// the order they were declared; async, callback and subtests included.
const assert = require('assert');
const { test } = require('node:test');

const events = [];
test('first', async () => {
  events.push('first start');
  await new Promise((resolve) => setTimeout(resolve, 5));
  events.push('first end');
});
test('second (callback)', (t, done) => {
  events.push('second');
  setTimeout(done, 1);
});
test('third with subtests', async (t) => {
  events.push('third');
  await t.test('sub a', () => events.push('sub a'));
  await t.test('sub b', async () => { events.push('sub b'); });
  events.push('third end');
});
events.push('main module end');

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'main module end', 'first start', 'first end', 'second', 'third',
    'sub a', 'sub b', 'third end',
  ]);
  assert.strictEqual(process.exitCode, undefined);
});
