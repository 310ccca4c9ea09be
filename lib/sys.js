'use strict';

// Deprecated alias of util (DEP0025).
module.exports = require('util');
