// Everything written to stdout before process.exit() comes out, even a
// lot of it.
'use strict';
const line = 'x'.repeat(99);
for (let i = 0; i < 5000; i++) console.log(line);
process.stdout.write('last line without newline');
process.exit(0);
