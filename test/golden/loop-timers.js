// Timers fire by delay, equal delays fire in creation order, cleared
// timers never fire, setInterval repeats until cleared, extra arguments
// reach the callback, and unref'd timers do not keep the process alive.
'use strict';
const log = (s) => console.log(s);

setTimeout(() => log('30ms'), 30);
setTimeout(() => log('10ms a'), 10);
setTimeout(() => log('10ms b'), 10);
setTimeout(() => log('1ms (delay 0 means 1)'), 0);
const cancelled = setTimeout(() => log('never'), 5);
clearTimeout(cancelled);

// The interval starts once the 30ms timer has fired, so nothing else
// competes with it.
setTimeout(() => {
  let n = 0;
  const iv = setInterval(() => {
    n++;
    log('interval ' + n);
    if (n === 3) {
      clearInterval(iv);
      setTimeout((a, b) => log('args: ' + a + ' ' + b), 1, 'x', 'y');
    }
  }, 5);
}, 31);

const t = setTimeout(() => log('unref: never'), 100000);
t.unref();
log('hasRef: ' + t.hasRef());
log('typeof timeout: ' + typeof setTimeout(() => {}, 1));
