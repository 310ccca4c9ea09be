// The same for a non-Error value thrown in a timer: eddy prints no
// location at all.
// golden-stderr: ^uncaught-throw-nonerror-timer\.js:7$
// golden-stderr: ^  throw 42;$
'use strict';
setTimeout(() => {
  throw 42;
}, 1);
