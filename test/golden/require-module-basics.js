// CommonJS basics: module.exports vs exports, cycles get partial exports,
// __filename/__dirname, require.main, module wrapper arguments.
'use strict';
const path = require('path');
require('./fixtures/cycle/a');
console.log('a loaded:', require('./fixtures/cycle/a').loaded);
console.log(path.basename(__filename), path.basename(__dirname));
console.log(require.main === module, module.id, typeof module.paths, module.loaded);
console.log(arguments.length, typeof arguments[1], this === module.exports);
console.log(typeof require.resolve, typeof require.cache, typeof require.extensions);
console.log(require('node:path') === path, require('path') === require('node:path'));
setImmediate(() => console.log('module.loaded later:', module.loaded));
