'use strict';

// Deprecated (DEP0008): os.constants and fs.constants merged in one object.
const { os, fs } = internalBinding('constants');

module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals, fs));
