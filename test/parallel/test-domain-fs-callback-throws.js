'use strict';
// An error thrown by an fs callback scheduled in a domain goes to that
// domain's 'error' listeners.
const assert = require('assert');
const domain = require('domain');
const fs = require('fs');

const d = domain.create();
let caught = null;
d.on('error', (err) => { caught = err; });
d.run(() => {
  fs.stat(__filename, () => {
    throw new Error('from the callback');
  });
});
process.on('exit', () => {
  assert(caught, 'the domain saw the error');
  assert.strictEqual(caught.message, 'from the callback');
  assert.strictEqual(caught.domain, d);
});
