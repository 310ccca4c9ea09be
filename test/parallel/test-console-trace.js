'use strict';
// console.trace writes "Trace: message" and a stack to stderr.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
let err = '';
const stdout = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const stderr = new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } });
const c = new Console(stdout, stderr);

function whereAmI() { c.trace('here %d', 5); }
whereAmI();
assert.strictEqual(out, '');
const lines = err.split('\n');
assert.strictEqual(lines[0], 'Trace: here 5');
assert.match(lines[1], /whereAmI/);
assert.match(err, /test-console-trace\.js/);

err = '';
c.trace();
assert.strictEqual(err.split('\n')[0], 'Trace');
