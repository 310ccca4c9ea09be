'use strict';
// createWriteStream / createReadStream: open, ready, close events; start/end; bytes counts.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'f');
const events = [];
const ws = fs.createWriteStream(file);
assert.ok(ws instanceof fs.WriteStream);
assert.strictEqual(ws.pending, true);
ws.on('open', (fd) => events.push(`open:${typeof fd}`));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push('finish'));
ws.write('0123');
ws.end(Buffer.from('456789'));
ws.on('close', () => {
  events.push('close');
  assert.deepStrictEqual(events, ['open:number', 'ready', 'finish', 'close']);
  assert.strictEqual(ws.bytesWritten, 10);
  const rs = fs.createReadStream(file, { start: 2, end: 6, highWaterMark: 2, encoding: 'utf8' });
  assert.ok(rs instanceof fs.ReadStream);
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => {
    assert.deepStrictEqual(chunks, ['23', '45', '6']);
    assert.strictEqual(rs.bytesRead, 5);
  });
  rs.on('close', () => {
    const bad = fs.createReadStream(path.join(dir, 'nope'));
    bad.on('error', (err) => {
      assert.strictEqual(err.code, 'ENOENT');
      fs.rmSync(dir, { recursive: true });
    });
  });
});
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
