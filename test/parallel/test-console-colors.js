'use strict';
// Console colorMode and inspectOptions reach util.inspect.
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
const stdout = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });

new Console({ stdout, colorMode: true }).log('s', 1, { a: 'x' });
assert.strictEqual(out, "s \u001b[33m1\u001b[39m { a: \u001b[32m'x'\u001b[39m }\n");

out = '';
new Console({ stdout }).log('s', 1); // 'auto' on a non-TTY stream: no colors.
assert.strictEqual(out, 's 1\n');

out = '';
const deep = { a: { b: { c: { d: 1 } } } };
new Console({ stdout, inspectOptions: { depth: 0 } }).log(deep);
assert.strictEqual(out, '{ a: [Object] }\n');

out = '';
const util = require('util');
const withCustom = { x: 1, [util.inspect.custom]: () => 'custom' };
const c = new Console({ stdout });
c.dir(deep, { depth: 1 });
c.dir(withCustom); // dir() ignores custom inspect functions.
c.dirxml('a', 1);
assert.strictEqual(out, '{ a: { b: [Object] } }\n' +
                        `${util.inspect(withCustom, { customInspect: false })}\n` +
                        'a 1\n');
