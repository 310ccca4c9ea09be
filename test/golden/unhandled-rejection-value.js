// Rejecting with a non-Error value: ERR_UNHANDLED_REJECTION, exit code 1.
// golden-stderr: ^  code: 'ERR_UNHANDLED_REJECTION'$
'use strict';
async function fails() {
  throw 'just a string';
}
fails();
console.log('called');
