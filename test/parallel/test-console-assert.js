'use strict';
// console.assert writes "Assertion failed" to stderr only for falsy values.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
let err = '';
const stdout = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const stderr = new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } });
const c = new Console(stdout, stderr);

c.assert(true, 'never');
c.assert(1);
c.assert(false);
c.assert(0, 'value %s is %d', 'x', 5);
c.assert('', 'a', { b: 1 });
c.assert(null, { a: 1 });
assert.strictEqual(out, '');
assert.strictEqual(err, 'Assertion failed\n' +
                        'Assertion failed: value x is 5\n' +
                        'Assertion failed: a { b: 1 }\n' +
                        'Assertion failed { a: 1 }\n');
