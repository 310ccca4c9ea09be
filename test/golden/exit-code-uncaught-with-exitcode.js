// An uncaught exception exits with 1 even if exitCode was set, and
// process.exit(n) inside an uncaughtException listener wins.
'use strict';
process.exitCode = 7;
process.on('uncaughtException', (err) => {
  console.log('listener got: ' + err.message);
  process.exit(6);
});
process.on('exit', (code) => console.log('exit, code ' + code));
throw new Error('thrown while exitCode is 7');
