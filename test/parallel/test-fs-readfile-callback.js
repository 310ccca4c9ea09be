'use strict';
// fs.readFile / writeFile / appendFile callbacks are async and report errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
const file = path.join(dir, 'a.txt');
const order = [];
fs.writeFile(file, 'abc', (err) => {
  assert.strictEqual(err, null);
  fs.appendFile(file, 'def', (err) => {
    assert.strictEqual(err, null);
    fs.readFile(file, 'utf8', (err, data) => {
      assert.strictEqual(err, null);
      assert.strictEqual(data, 'abcdef');
      fs.readFile(path.join(dir, 'nope'), (err, data) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'open');
        assert.strictEqual(data, undefined);
        const ac = new AbortController();
        ac.abort();
        fs.readFile(file, { signal: ac.signal }, (err) => {
          assert.strictEqual(err.name, 'AbortError');
          fs.rmSync(dir, { recursive: true });
          order.push('done');
        });
      });
    });
  });
});
order.push('sync');
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.deepStrictEqual(order, ['sync', 'done']));
