'use strict';
// destroyed, autoClose and readableFlowing setters store booleans
// (readableFlowing: null for null / undefined), like Node.
const assert = require('assert');
const fs = require('fs');
const { Readable, Writable, Duplex } = require('stream');

for (const [v, want] of [[5, true], [0, false], ['', false], [{}, true], [null, false], [undefined, false]]) {
  for (const s of [new Readable(), new Writable(), new Duplex()]) {
    s.destroyed = v;
    assert.strictEqual(s.destroyed, want);
  }
  const r = fs.createReadStream(__filename);
  r.autoClose = v;
  assert.strictEqual(r.autoClose, want);
  r.destroy();
  const readable = new Readable();
  readable.readableFlowing = v;
  assert.strictEqual(readable.readableFlowing, v == null ? null : want);
}
