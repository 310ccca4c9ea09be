'use strict';

// node:assert/strict is assert.strict: the strict variants under the legacy names.
module.exports = require('assert').strict;
