'use strict';
// A test that runs longer than its timeout is cancelled and fails.
const assert = require('assert');
const { test } = require('node:test');

let output = '';
const write = process.stdout.write;
process.stdout.write = function(chunk) {
  output += chunk;
  return true;
};

test('slow', { timeout: 10 }, () => new Promise((resolve) => setTimeout(resolve, 300)));
test('next', () => {});

process.on('exit', (code) => {
  process.stdout.write = write;
  assert.strictEqual(code, 1);
  assert.match(output, /^not ok 1 - slow$/m);
  assert.match(output, /^ {2}failureType: 'testTimeoutFailure'$/m);
  assert.match(output, /^ {2}error: 'test timed out after 10ms'$/m);
  assert.match(output, /^ok 2 - next$/m);
  assert.match(output, /^# cancelled 1$/m);
  process.exitCode = 0;
});
