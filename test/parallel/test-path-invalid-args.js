'use strict';
const assert = require('assert');
const path = require('path');

for (const flavour of [path.posix, path.win32]) {
  for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'join']) {
    assert.throws(() => flavour[name](42), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "path" argument must be of type string. Received type number (42)',
    });
  }
  assert.throws(() => flavour.resolve('a', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "paths[1]" argument must be of type string. Received null',
  });
  assert.throws(() => flavour.relative('a', {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "to" argument must be of type string. Received an instance of Object',
  });
  assert.throws(() => flavour.relative(true, 'a'), {
    message: 'The "from" argument must be of type string. Received type boolean (true)',
  });
  assert.throws(() => flavour.basename('a', 1), {
    message: 'The "suffix" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => flavour.format(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received null',
  });
  assert.throws(() => flavour.format('x'), {
    message: 'The "pathObject" argument must be of type object. Received type string (\'x\')',
  });
  assert.throws(() => flavour.join('a', function named() {}), {
    message: 'The "path" argument must be of type string. Received function named',
  });
  // toNamespacedPath does not validate.
  assert.strictEqual(flavour.toNamespacedPath(undefined), undefined);
}
