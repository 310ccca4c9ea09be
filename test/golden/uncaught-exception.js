// An uncaught exception prints the source line, a caret and the stack to
// stderr, skips the rest, and exits with code 1. 'exit' still runs.
// golden-stderr: ^Error: boom$
// golden-stderr: ^uncaught-exception\.js:10$
// golden-stderr: ^throw new Error\('boom'\);$
'use strict';
process.on('exit', (code) => console.log('exit event, code ' + code));
console.log('before');
setTimeout(() => console.log('never printed'), 0);
throw new Error('boom');
