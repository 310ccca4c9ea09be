'use strict';
// process.exit() leaves through process.reallyExit, which may be hooked.
const assert = require('assert');

const reallyExit = process.reallyExit;
let exitEvents = 0;
process.on('exit', (code) => {
  exitEvents++;
  assert.strictEqual(code, 7);
});
process.reallyExit = (code) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(exitEvents, 1);
  reallyExit.call(process, 0);
};
process.exit(7);
