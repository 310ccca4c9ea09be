'use strict';
// stream/web TextEncoderStream and TextDecoderStream: surrogate pairs and
// multi-byte sequences split across chunks, the decoder's options, errors
// and inspect output.
const assert = require('assert');
const { inspect } = require('util');
const {
  TextEncoderStream,
  TextDecoderStream,
} = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }

async function run(transform, chunks) {
  const writer = transform.writable.getWriter();
  const out = [];
  const reading = (async () => {
    for await (const chunk of transform.readable) out.push(chunk);
  })();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  await reading;
  return out;
}

assert.strictEqual(inspect(new TextEncoderStream()), `TextEncoderStream {
  encoding: 'utf-8',
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);
assert.strictEqual(inspect(new TextDecoderStream('latin1', { fatal: false, ignoreBOM: true })),
                   `TextDecoderStream {
  encoding: 'windows-1252',
  fatal: false,
  ignoreBOM: true,
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);
assert.deepStrictEqual(Object.keys(TextDecoderStream.prototype),
                       ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);
assert.throws(() => new TextDecoderStream('nope'), {
  name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED',
  message: 'The "nope" encoding is not supported',
});
assert.throws(() => new TextDecoderStream('utf-8', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => Reflect.get(TextEncoderStream.prototype, 'readable', {}), {
  name: 'TypeError', message: /Cannot read private member #transform/,
});
assert.throws(() => TextEncoderStream.prototype[inspect.custom].call(), { code: 'ERR_INVALID_THIS' });

test(async () => {
  const enc = new TextEncoderStream();
  assert.strictEqual(enc.encoding, 'utf-8');
  // The pair U+1F600 split across chunks; a lone high surrogate at the end.
  const out = await run(enc, ['\ud83d', '\ude00a', '', 'b\ud83d']);
  assert.deepStrictEqual(out, [
    new Uint8Array([0xF0, 0x9F, 0x98, 0x80, 0x61]),
    new Uint8Array([0x62]),
    new Uint8Array([0xEF, 0xBF, 0xBD]),
  ]);
  const nonStrings = await run(new TextEncoderStream(), [42, null]);
  assert.deepStrictEqual(nonStrings, [new Uint8Array([0x34, 0x32]), new Uint8Array([0x6E, 0x75, 0x6C, 0x6C])]);
});

test(async () => {
  const euro = [0xE2, 0x82, 0xAC];
  const dec = new TextDecoderStream();
  assert.strictEqual(dec.encoding, 'utf-8');
  assert.strictEqual(dec.fatal, false);
  assert.strictEqual(dec.ignoreBOM, false);
  const out = await run(dec, [new Uint8Array([0xEF, 0xBB, 0xBF, euro[0]]),
                              new Uint8Array(euro.slice(1)).buffer,
                              new DataView(new Uint8Array([0x41, euro[0]]).buffer)]);
  assert.deepStrictEqual(out, ['€', 'A', '\ufffd']);
  const utf16 = await run(new TextDecoderStream('utf-16le'), [new Uint8Array([0x41]), new Uint8Array([0, 0x42, 0])]);
  assert.deepStrictEqual(utf16, ['AB']);
});

test(async () => {
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const writer = fatal.writable.getWriter();
  await assert.rejects(writer.write(new Uint8Array([0xFF])), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });
  await assert.rejects(fatal.readable.getReader().read(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

  const dec = new TextDecoderStream();
  const w = dec.writable.getWriter();
  await assert.rejects(w.write('text'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
