'use strict';
// --unhandled-rejections=warn prints a reason that is not an error as V8's
// side-effect-free string (as Node): no inspect(), no user toString().
const assert = require('assert');
const { spawnSync } = require('child_process');

const cases = [
  ['"str"', 'str'],
  ['42', '42'],
  ['null', 'null'],
  ['Symbol("s")', 'Symbol(s)'],
  ['{ a: 1 }', '#<Object>'],
  ['new (class Foo {})()', '#<Foo>'],
  ['[1, 2]', '[object Array]'],
  ['{ toString() { throw new Error("ran") } }', '[object Object]'],
];
for (const [expr, text] of cases) {
  const r = spawnSync(process.execPath, ['--unhandled-rejections=warn', '-e', `Promise.reject(${expr})`],
                      { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(r.status, 0, r.stderr);
  const first = r.stderr.split('\n')[0];
  assert.strictEqual(first.replace(/^\(\w+:\d+\) /, ''), `UnhandledPromiseRejectionWarning: ${text}`);
}
