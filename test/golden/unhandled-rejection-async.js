// An error thrown after an await rejects the async function's promise;
// nobody catches it, so the process exits with code 1 after the
// microtasks and nextTicks already queued have run.
// golden-stderr: ^SyntaxError: bad config$
// golden-stderr: ^unhandled-rejection-async\.js:11$
// golden-stderr: ^  throw new SyntaxError\('bad config'\);$
'use strict';
async function load() {
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('loaded, now failing');
  throw new SyntaxError('bad config');
}
load();
setTimeout(() => console.log('later timer never runs'), 200);
console.log('started');
