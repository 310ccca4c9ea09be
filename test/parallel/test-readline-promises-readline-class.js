'use strict';
// readline/promises Readline queues sequences until commit(); rollback()
// drops them; autoCommit writes each on the next tick; arguments are checked.
const assert = require('assert');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

(async () => {
  const writes = [];
  const out = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { writes.push(chunk); cb(); },
  });
  assert.throws(() => new Readline({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of Writable. Received an instance of Object',
  });
  assert.throws(() => new Readline(out, { autoCommit: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  const r = new Readline(out);
  assert.strictEqual(r.cursorTo(1).cursorTo(2, 3).moveCursor(-1, 2).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown(), r);
  assert.deepStrictEqual(writes, []);
  assert.strictEqual(await r.commit(), null);
  assert.deepStrictEqual(writes, [
    '\x1b[2G\x1b[4;3H\x1b[1D\x1b[2B\x1b[1K\x1b[2K\x1b[0K\x1b[0J',
  ]);
  r.cursorTo(5).rollback();
  await r.commit();
  assert.deepStrictEqual(writes.slice(1), ['']);
  assert.throws(() => r.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.moveCursor('a', 1), { code: 'ERR_INVALID_ARG_TYPE' });

  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(0).clearScreenDown();
  assert.strictEqual(writes.length, 2);
  await new Promise((resolve) => process.nextTick(resolve));
  assert.deepStrictEqual(writes.slice(2), ['\x1b[1G', '\x1b[0J']);
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
