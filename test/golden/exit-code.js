// process.exitCode sets the exit code used when the loop runs dry.
'use strict';
process.on('exit', (code) => {
  console.log('exit event: code ' + code + ', exitCode ' + process.exitCode);
});
process.exitCode = 3;
setTimeout(() => {
  console.log('timer runs, exitCode is ' + process.exitCode);
  process.exitCode = 4;
}, 1);
