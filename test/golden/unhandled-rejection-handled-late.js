// A rejection handled within the same microtask turn is not unhandled;
// an 'unhandledRejection' listener replaces the default throw.
'use strict';
const p = Promise.reject(new Error('handled in time'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught: ' + e.message));
});
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection: ' + reason.message +
              ' (promise is a Promise: ' + (promise instanceof Promise) + ')');
});
Promise.reject(new Error('reported to listener'));
setTimeout(() => console.log('still alive'), 5);
