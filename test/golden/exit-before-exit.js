// 'beforeExit' fires when the loop runs dry; scheduling work from it keeps
// the process going, and it fires again after that work is done.
'use strict';
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit #' + rounds + ', code ' + code);
  if (rounds < 3) {
    setTimeout(() => console.log('work scheduled from beforeExit #' + rounds), 1);
  }
});
process.on('exit', (code) => console.log('exit, code ' + code + ', rounds ' + rounds));
console.log('main done');
