// An exception thrown in a timer callback is uncaught too: exit code 1.
// golden-stderr: ^TypeError: bad thing in a timer$
// golden-stderr: ^uncaught-exception-async\.js:9$
// golden-stderr: ^  throw new TypeError\('bad thing in a timer'\);$
'use strict';
console.log('scheduled');
setTimeout(() => {
  console.log('in timer');
  throw new TypeError('bad thing in a timer');
}, 1);
setTimeout(() => console.log('never printed'), 50);
