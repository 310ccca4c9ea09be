'use strict';
// Closing in a 'line' listener: the lines already split from the same chunk
// are still emitted, after 'pause' and 'close'; the input's listeners go.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
assert.strictEqual(rl.closed, undefined);
assert.strictEqual(rl.paused, undefined);
const events = [];
rl.on('line', (l) => {
  events.push(l);
  if (l === 'b') rl.close();
});
rl.on('pause', () => events.push('<pause>'));
rl.on('resume', () => events.push('<resume>'));
rl.on('close', () => events.push('<close>'));
input.write('a\nb\nc\n');
assert.deepStrictEqual(events, ['a', 'b', '<pause>', '<close>', 'c']);
assert.strictEqual(input.listenerCount('data'), 0);
assert.strictEqual(input.listenerCount('end'), 0);
assert.strictEqual(input.isPaused(), true);
rl.close();  // a second close does nothing
assert.deepStrictEqual(events, ['a', 'b', '<pause>', '<close>', 'c']);

// write() after close resumes and still splits lines; question() throws.
rl.write('z\n');
assert.deepStrictEqual(events.slice(-2), ['<resume>', 'z']);
assert.throws(() => rl.question('q', () => {}), {
  code: 'ERR_USE_AFTER_CLOSE', name: 'Error', message: 'readline was closed',
});
