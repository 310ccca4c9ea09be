// An exception thrown in a timer callback is uncaught too: exit code 1.
'use strict';
console.log('scheduled');
setTimeout(() => {
  console.log('in timer');
  throw new TypeError('bad thing in a timer');
}, 1);
setTimeout(() => console.log('never printed'), 50);
