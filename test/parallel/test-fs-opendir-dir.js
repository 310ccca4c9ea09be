'use strict';
// opendir / Dir: readSync, async iteration, close states.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-'));
fs.writeFileSync(path.join(dir, 'a'), '');
fs.mkdirSync(path.join(dir, 'b'));
const d = fs.opendirSync(dir);
assert.strictEqual(d.path, dir);
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push(`${ent.name}:${ent.isDirectory()}`);
assert.deepStrictEqual(names.sort(), ['a:false', 'b:true']);
d.closeSync();
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'opendir' });
(async () => {
  const seen = [];
  for await (const e of await fs.promises.opendir(dir)) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), ['a', 'b']);
  fs.opendir(dir, (err, d2) => {
    assert.strictEqual(err, null);
    d2.read((err, e) => {
      assert.strictEqual(err, null);
      assert.ok(['a', 'b'].includes(e.name));
      d2.close(() => fs.rmSync(dir, { recursive: true }));
    });
    assert.throws(() => d2.readSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  });
})();
