// async functions run synchronously up to the first await; awaiting a
// resolved value takes one microtask turn.
'use strict';
const log = (s) => console.log(s);

async function a() {
  log('a start');
  await null;
  log('a after await 1');
  await b();
  log('a after b');
  return 'a result';
}
async function b() {
  log('b start');
  await new Promise((resolve) => setTimeout(resolve, 5));
  log('b after timer');
}
a().then((v) => log('then: ' + v));
Promise.resolve().then(() => log('promise job'));
process.nextTick(() => log('nextTick'));
log('sync end');
