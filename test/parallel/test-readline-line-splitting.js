'use strict';
// readline splits on \n, \r\n and lone \r whatever the chunk boundaries, keeps
// empty lines, joins UTF-8 split across chunks, and emits a last line without
// a trailing newline at end; then 'pause' and 'close'.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const events = [];
rl.on('line', (l) => events.push(l));
rl.on('pause', () => events.push('<pause>'));
rl.on('close', () => events.push('<close>'));

const euro = Buffer.from('€');
input.write('ab');
input.write('c\r');
input.write('\nd\r\n\r');
input.write('\r\n\n');
input.write(Buffer.concat([Buffer.from('x'), euro.subarray(0, 1)]));
input.write(euro.subarray(1, 2));
input.write(Buffer.concat([euro.subarray(2), Buffer.from('y\rz\n\ntail')]));
input.end();

rl.on('close', () => {
  assert.deepStrictEqual(events, [
    'abc', 'd', '', '', '', 'x€y', 'z', '', 'tail', '<pause>', '<close>',
  ]);
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(rl.paused, true);
});
