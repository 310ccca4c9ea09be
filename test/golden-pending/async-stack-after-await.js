// After an await, V8's stack holds only the frames of the resumed async
// function (plus "at async ..." frames of awaiting async callers), not the
// synchronous frames of the original call, which are gone.
'use strict';
async function inner() {
  await null;
  throw new Error('after await');
}
async function outer() {
  await inner();
}
function start() {
  return outer();
}
start().catch((err) => {
  for (const line of err.stack.split('\n')) {
    if (line.includes(__filename)) console.log(line.replace(__filename, 'FILE'));
  }
});
