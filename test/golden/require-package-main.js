// require of a local directory: package.json "main" (without extension),
// index.js when there is no package.json, the module cache, and
// MODULE_NOT_FOUND for a missing file.
'use strict';
const path = require('path');
const pkg = require('./fixtures/pkg-main');
console.log(pkg);
console.log(require('./fixtures/pkg-index'));
console.log(require('./fixtures/pkg-main/package.json').version);
console.log(require('./fixtures/pkg-main') === pkg, 'cached');
const resolved = require.resolve('./fixtures/pkg-main');
console.log(path.relative(__dirname, resolved));
console.log(require.cache[resolved].exports === pkg, require.cache[resolved].loaded);
try {
  require('./fixtures/missing');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0].replace(__dirname, '<dir>'));
}
