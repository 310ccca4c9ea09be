// ERR_UNHANDLED_REJECTION's message shows the reason the way V8's
// NoSideEffectsToString does: a string as-is (no quotes), an object as
// #<Object>. eddy uses util.inspect ("'just a string'", "{ a: 1 }").
// golden-stderr: The promise rejected with the reason "just a string"\.$
'use strict';
async function fails() {
  throw 'just a string';
}
fails();
console.log('called');
