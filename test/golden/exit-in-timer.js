// process.exit(n) from a timer stops everything else at once; 'exit'
// listeners run with n, but 'beforeExit' does not fire.
'use strict';
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => {
  console.log('exit event, code ' + code);
  setTimeout(() => console.log('timers in exit never run'), 0);
});
setTimeout(() => {
  console.log('exiting with 5');
  process.exit(5);
  console.log('never printed');
}, 1);
setTimeout(() => console.log('never printed either'), 20);
Promise.resolve().then(() => console.log('promise runs first'));
