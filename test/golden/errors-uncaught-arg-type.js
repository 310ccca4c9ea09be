// An uncaught ERR_INVALID_ARG_TYPE prints "TypeError [CODE]: message" and
// the error's extra properties, then exits with code 1.
// golden-stderr: ^TypeError \[ERR_INVALID_ARG_TYPE\]: .*$
// golden-stderr: ^  code: 'ERR_INVALID_ARG_TYPE'$
'use strict';
const fs = require('fs');
console.log('about to call fs.readFileSync(42)... with a number');
fs.readFileSync(true);
