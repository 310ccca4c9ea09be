// process.emitWarning prints "(node:PID) [CODE] Type: message" to stderr
// once the current tick ends, and emits 'warning' on process first.
// golden-stderr: \[C001\] CustomWarning: careful now$
// golden-stderr: \) Error: an Error as a warning$
// golden-stderr: \) Warning: simple$
'use strict';
process.on('warning', (w) => {
  console.log(`warning event: ${w.name} ${w.code} ${w.message}`);
});
process.emitWarning('careful now', 'CustomWarning', 'C001');
process.emitWarning(new Error('an Error as a warning'));
process.emitWarning('simple');
console.log('sync end');
