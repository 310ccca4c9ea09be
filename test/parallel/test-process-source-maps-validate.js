'use strict';
// process.setSourceMapsEnabled takes a boolean.
const assert = require('assert');

for (const value of [undefined, null, 1, 'true', {}, () => {}]) {
  assert.throws(() => process.setSourceMapsEnabled(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
