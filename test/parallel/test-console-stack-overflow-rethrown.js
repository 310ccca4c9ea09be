'use strict';
// The console swallows errors of its stream, but not a stack overflow.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

for (const method of ['dir', 'log', 'warn']) {
  const out = new Writable({
    write: function write(...args) {
      return write(...args);
    },
  });
  const c = new Console(out, out, true);
  // V8 names it RangeError, SpiderMonkey InternalError: both are rethrown.
  assert.throws(() => c[method]('Hello, world!'), (e) => /call stack|too much recursion/.test(e.message));
}
const failing = new Writable({ write() { throw new Error('boom'); } });
new Console(failing, failing, true).log('swallowed');
