// An 'exit' listener that throws, with an 'uncaughtException' listener to
// take the error: the process ends with process.exitCode.
'use strict';
process.exitCode = 3;
process.on('uncaughtException', (err) => console.log('handled', err.message));
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('thrown in exit');
});
