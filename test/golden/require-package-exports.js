// require of packages with an "exports" map ("require" condition, subpath,
// "*" pattern, blocked subpaths) from fixtures/node_modules.
'use strict';
require('./fixtures/use-exports.js');
