// With an 'uncaughtException' listener the process keeps going and the
// exit code stays 0.
'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log('caught: ' + err.message + ' (origin ' + origin + ')');
});
setTimeout(() => {
  console.log('timer still runs');
}, 5);
setTimeout(() => {
  throw new Error('from timer');
}, 1);
throw new Error('from main');
