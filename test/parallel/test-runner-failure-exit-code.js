'use strict';
// A failing test makes the process exit with code 1 and is reported as
// "not ok"; a failing todo test does not change the exit code.
const assert = require('assert');
const { test } = require('node:test');

let output = '';
const write = process.stdout.write;
process.stdout.write = function(chunk, ...args) {
  output += chunk;
  return true;
};

test('passes', () => {});
test('fails', () => { throw new Error('boom'); });
test('todo fails', { todo: true }, () => { throw new Error('todo boom'); });

process.on('exit', (code) => {
  process.stdout.write = write;
  assert.strictEqual(code, 1);
  assert.strictEqual(process.exitCode, 1);
  assert.match(output, /^ok 1 - passes$/m);
  assert.match(output, /^not ok 2 - fails$/m);
  assert.match(output, /^ {2}failureType: 'testCodeFailure'$/m);
  assert.match(output, /^ {2}error: 'boom'$/m);
  assert.match(output, /^not ok 3 - todo fails # TODO$/m);
  assert.match(output, /^# tests 3$/m);
  assert.match(output, /^# pass 1$/m);
  assert.match(output, /^# fail 1$/m);
  assert.match(output, /^# todo 1$/m);
  process.exitCode = 0;
});
