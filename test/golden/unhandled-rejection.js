// An unhandled rejection (default mode 'throw') ends the process with
// exit code 1 and prints the error's stack.
// golden-stderr: ^RangeError: nobody handles me$
// golden-stderr: ^unhandled-rejection\.js:8$
// golden-stderr: ^Promise\.reject\(new RangeError\('nobody handles me'\)\);$
'use strict';
process.on('exit', (code) => console.log('exit event, code ' + code));
Promise.reject(new RangeError('nobody handles me'));
console.log('sync code finishes first');
process.nextTick(() => console.log('nextTick runs too'));
