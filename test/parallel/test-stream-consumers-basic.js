'use strict';
// stream/consumers: text() joins UTF-8 split across chunks and mixes strings,
// json() parses the text, arrayBuffer()/buffer() concatenate the bytes of
// strings, buffers, typed arrays and ArrayBuffers; any async iterable works.
const assert = require('assert');
const consumers = require('stream/consumers');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'text', 'json']);
  const make = () => Readable.from([
    Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), 'x', new Uint8Array([65]),
  ]);
  assert.strictEqual(await consumers.text(make()), '€xA');
  const ab = await consumers.arrayBuffer(make());
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual(Buffer.from(ab), Buffer.from('€xA'));
  const buf = await consumers.buffer(make());
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString('hex'), 'e282ac7841');

  assert.deepStrictEqual(await consumers.json(Readable.from(['{"a":', '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);

  async function* gen() {
    yield new ArrayBuffer(2);
    yield new Uint16Array([257]);
    yield 'é';
    yield new DataView(new Uint8Array([1, 2, 3]).buffer, 1, 1);
  }
  assert.strictEqual((await consumers.buffer(gen())).toString('hex'), '00000101c3a902');
  // An incomplete UTF-8 sequence at the end decodes to U+FFFD.
  assert.strictEqual(await consumers.text(Readable.from([Buffer.from([0x61, 0xe2, 0x82])])), 'a\ufffd');
  assert.strictEqual(await consumers.text(Readable.from([])), '');
  await assert.rejects(consumers.text(Readable.from([{}])), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(consumers.text(null), TypeError);

  // Object-mode chunks that are not bytes count as their string form.
  assert.strictEqual((await consumers.buffer(Readable.from([{}, 1, true]))).toString(),
                     '[object Object]1true');

  // An erroring stream rejects.
  const bad = new Readable({ read() { this.destroy(new Error('nope')); } });
  await assert.rejects(consumers.text(bad), { message: 'nope' });
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
