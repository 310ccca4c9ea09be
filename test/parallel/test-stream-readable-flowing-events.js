'use strict';
// Flowing mode: 'resume', then each 'data', then 'end' and 'close', in order.
const assert = require('assert');
const { Readable } = require('stream');

const events = [];
const r = new Readable({ read() {} });
for (const ev of ['data', 'end', 'close', 'pause', 'resume']) {
  r.on(ev, (arg) => events.push(arg === undefined ? ev : `${ev}:${arg}`));
}
assert.strictEqual(r.readableFlowing, true);
r.push('a');
r.push('bc');
r.push(null);
assert.deepStrictEqual(events, []);

process.on('exit', () => {
  assert.deepStrictEqual(events, ['resume', 'data:a', 'data:bc', 'end', 'close']);
  assert.strictEqual(r.readableEnded, true);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);
});
