'use strict';
// stream/consumers blob(): a Blob of all the chunks where buffer.Blob
// exists; where it does not (eddy so far) it rejects with ERR_NOT_IMPLEMENTED.
const assert = require('assert');
const { blob } = require('stream/consumers');
const { Readable } = require('stream');

let blobWorks = true;
try {
  new (require('buffer').Blob)([]);
} catch (err) {
  assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
  blobWorks = false;
}

(async () => {
  const result = blob(Readable.from(['ab', Buffer.from('€')]));
  assert.ok(result instanceof Promise);
  if (blobWorks) {
    const b = await result;
    assert.strictEqual(b.size, 5);
    assert.strictEqual(await b.text(), 'ab€');
  } else {
    await assert.rejects(result, { code: 'ERR_NOT_IMPLEMENTED' });
  }
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
