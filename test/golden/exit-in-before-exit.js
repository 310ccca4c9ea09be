// process.exit(n) from 'beforeExit' ends the process with n; 'exit'
// listeners see n.
'use strict';
process.on('beforeExit', (code) => {
  console.log('beforeExit with code ' + code);
  process.exit(3);
});
process.on('exit', (code) => console.log('exit with code ' + code));
setTimeout(() => console.log('timer'), 1);
