// An uncaught ERR_INVALID_ARG_TYPE prints "TypeError [CODE]: message" and
// the error's extra properties, then exits with code 1.
'use strict';
const fs = require('fs');
console.log('about to call fs.readFileSync(42)... with a number');
fs.readFileSync(true);
