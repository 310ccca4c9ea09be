// The location printed for an uncaught exception is where it was THROWN
// (file:line, the source line, a caret under the throw), not where the
// Error object was created.
// golden-stderr: ^uncaught-caret-at-throw\.js:11$
// golden-stderr: ^  throw early;$
// golden-stderr: ^Error: created on line 8, thrown on line 11$
'use strict';
const early = new Error('created on line 8, thrown on line 11');
function later() {
  console.log('throwing');
  throw early;
}
later();
