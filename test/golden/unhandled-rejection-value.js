// Rejecting with a non-Error value: ERR_UNHANDLED_REJECTION, exit code 1.
'use strict';
async function fails() {
  throw 'just a string';
}
fails();
console.log('called');
