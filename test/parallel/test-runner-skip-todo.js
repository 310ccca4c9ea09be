'use strict';
// skip and todo: options, test.skip/it.todo and t.skip()/t.todo().
const assert = require('assert');
const { test, it, describe } = require('node:test');

let output = '';
const write = process.stdout.write;
process.stdout.write = function(chunk) {
  output += chunk;
  return true;
};
let ran = false;
test('skip option', { skip: 'not today' }, () => { ran = true; });
test.skip('test.skip');
it.todo('it.todo');
test('t.skip', (t) => t.skip('dynamic'));
test('t.todo', (t) => t.todo());
describe.skip('skipped suite', () => { ran = true; });

process.on('exit', (code) => {
  process.stdout.write = write;
  assert.strictEqual(ran, false);
  assert.strictEqual(code, 0);
  assert.match(output, /^ok 1 - skip option # SKIP not today$/m);
  assert.match(output, /^ok 2 - test\.skip # SKIP$/m);
  assert.match(output, /^ok 3 - it\.todo # TODO$/m);
  assert.match(output, /^ok 4 - t\.skip # SKIP dynamic$/m);
  assert.match(output, /^ok 5 - t\.todo # TODO$/m);
  assert.match(output, /^ok 6 - skipped suite # SKIP$/m);
  assert.match(output, /^# skipped 3$/m);
  assert.match(output, /^# todo 2$/m);
  assert.match(output, /^# suites 1$/m);
});
