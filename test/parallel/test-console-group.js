'use strict';
// console.group/groupCollapsed/groupEnd indent every line, on both streams.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
let err = '';
const stdout = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const stderr = new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } });
const c = new Console({ stdout, stderr });

c.group('Title', 1);
c.log('inside');
c.groupCollapsed();
c.log('multi\nline');
c.error('err');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('outside');
assert.strictEqual(out, 'Title 1\n  inside\n    multi\n    line\noutside\n');
assert.strictEqual(err, '    err\n');

out = '';
const wide = new Console({ stdout, groupIndentation: 4 });
wide.group();
wide.log({ a: 1 });
assert.strictEqual(out, '    { a: 1 }\n');

assert.throws(() => new Console({ stdout, groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
});
