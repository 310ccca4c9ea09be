// Setting process.exitCode inside an 'exit' listener changes the final
// code; process.exit() without an argument uses process.exitCode.
'use strict';
process.on('exit', (code) => {
  console.log('first exit listener, code ' + code);
  process.exitCode = 9;
});
process.on('exit', (code) => {
  console.log('second exit listener, code ' + code + ', exitCode ' + process.exitCode);
});
process.exitCode = 2;
process.exit();
