'use strict';
// FileHandle.readLines(): a readline Interface over handle.createReadStream()
// with crlfDelay Infinity, honouring start/end; the file closes at the end.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
(async () => {
  const file = path.join(dir, 'lines.txt');
  const body = Array.from({ length: 3000 }, (_, i) => `line ${i} ☃`).join('\r\n') + '\n\nend';
  fs.writeFileSync(file, body);

  const fh = await fsp.open(file);
  const lines = [];
  for await (const line of fh.readLines({ highWaterMark: 7 })) lines.push(line);
  assert.strictEqual(lines.length, 3002);
  assert.strictEqual(lines[0], 'line 0 ☃');
  assert.strictEqual(lines[2999], 'line 2999 ☃');
  assert.deepStrictEqual(lines.slice(3000), ['', 'end']);
  assert.strictEqual(lines.some((l) => l.includes('\r')), false);

  const fh2 = await fsp.open(file);
  const rl = fh2.readLines({ start: 5, end: 20 });
  assert.strictEqual(rl.crlfDelay, Infinity);
  const part = [];
  for await (const line of rl) part.push(line);
  assert.deepStrictEqual(part, ['0 ☃', 'line 1 ']);

  fs.writeFileSync(file, '1\n\n2\n');
  const fh3 = await fsp.open(file);
  const small = [];
  for await (const line of fh3.readLines()) small.push(line);
  assert.deepStrictEqual(small, ['1', '', '2']);
  await fh3.close();
})().then(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = 0;
}, (err) => {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
});
process.exitCode = 1;
