'use strict';
// An error thrown asynchronously while a test runs fails that test.
const assert = require('assert');
const { test } = require('node:test');

let output = '';
const write = process.stdout.write;
process.stdout.write = function(chunk) {
  output += chunk;
  return true;
};

test('throws later', (t, done) => {
  setImmediate(() => { throw new Error('late boom'); });
});
test('after it', () => {});

process.on('exit', (code) => {
  process.stdout.write = write;
  assert.strictEqual(code, 1);
  assert.match(output, /^not ok 1 - throws later$/m);
  assert.match(output, /^ {2}failureType: 'uncaughtException'$/m);
  assert.match(output, /^ {2}error: 'late boom'$/m);
  assert.match(output, /^ok 2 - after it$/m);
  process.exitCode = 0;
});
