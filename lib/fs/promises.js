'use strict';

// node:fs/promises is fs.promises.

module.exports = require('internal/fs/promises').exports;
