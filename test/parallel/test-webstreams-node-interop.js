'use strict';
// Bridges between node streams and web streams (Readable/Writable/Duplex
// toWeb and fromWeb) and stream/consumers reading a web ReadableStream.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { ReadableStream, WritableStream } = require('stream/web');

const tests = [];
function test(fn) { tests.push(fn); }
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const from = (chunks) => new ReadableStream({
  start(c) {
    for (const chunk of chunks) c.enqueue(chunk);
    c.close();
  },
});

// --- argument errors ------------------------------------------------------------

const invalidType = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
assert.throws(() => Readable.toWeb({}), invalidType(
  'The "streamReadable" argument must be an stream.Readable. Received an instance of Object'));
assert.throws(() => Readable.toWeb(new Readable(), { strategy: 1 }), invalidType(
  'The "strategy" argument must be of type object. Received type number (1)'));
assert.throws(() => Readable.fromWeb({}), invalidType(
  'The "readableStream" argument must be an instance of ReadableStream. Received an instance of Object'));
assert.throws(() => Readable.fromWeb(new ReadableStream(), 1), invalidType(
  'The "options" argument must be of type object. Received type number (1)'));
assert.throws(() => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'nope' is invalid. Received 'options.encoding'",
});
{
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => Readable.fromWeb(locked), { code: 'ERR_INVALID_STATE' });
}
assert.throws(() => Writable.toWeb({}), invalidType(
  'The "streamWritable" argument must be an stream.Writable. Received an instance of Object'));
assert.throws(() => Writable.fromWeb({}), invalidType(
  'The "writableStream" argument must be an instance of WritableStream. Received an instance of Object'));
assert.throws(() => Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }), invalidType(
  'The "options.decodeStrings" property must be of type boolean. Received type number (1)'));
assert.throws(() => Duplex.toWeb(new Readable()), invalidType(
  'The "duplex" argument must be an stream.Duplex. Received an instance of Readable'));
assert.throws(() => Duplex.fromWeb(1), invalidType(
  'The "pair" argument must be of type object. Received type number (1)'));
assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream() }), invalidType(
  'The "pair.writable" property must be an instance of WritableStream. Received undefined'));

// --- Readable.toWeb -------------------------------------------------------------

test(async () => {
  const read = async (readable) => {
    const out = [];
    for await (const chunk of Readable.toWeb(readable)) out.push(chunk);
    return out;
  };
  const bytes = await read(Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false }));
  assert.deepStrictEqual(bytes, [new Uint8Array([97, 98]), new Uint8Array([99])]);
  assert(!Buffer.isBuffer(bytes[0]));
  assert.deepStrictEqual(await read(Readable.from([{ a: 1 }, 2])), [{ a: 1 }, 2]);
  const strings = new Readable({ encoding: 'utf8', read() {} });
  strings.push('xy');
  strings.push(null);
  assert.deepStrictEqual(await read(strings), ['xy']);
});

test(async () => {
  // Backpressure: the node stream is paused while the web queue is full.
  let reads = 0;
  const source = new Readable({
    objectMode: true,
    read() { this.push(++reads); },
  });
  const web = Readable.toWeb(source, { strategy: { highWaterMark: 2 } });
  await tick();
  // The node stream's own buffer (16 objects) and the web queue (2) fill up.
  assert(reads < 40, `${reads} reads`);
  const reader = web.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 2, done: false });
  source.destroy();

  // Canceling the web stream destroys the node one with the reason.
  const idle = new Readable({ read() {} });
  await Readable.toWeb(idle).cancel(new Error('enough'));
  assert.strictEqual(idle.destroyed, true);
  assert.strictEqual(idle.errored.message, 'enough');
});

test(async () => {
  // Errors, and a destroy without one (an AbortError on the web side).
  const failing = new Readable({ read() {} });
  const web = Readable.toWeb(failing);
  failing.destroy(new Error('E1'));
  await assert.rejects(web.getReader().read(), { message: 'E1' });
  const destroyed = new Readable({ read() {} });
  const web2 = Readable.toWeb(destroyed);
  destroyed.destroy();
  await assert.rejects(web2.getReader().read(), { name: 'AbortError', code: 'ABORT_ERR' });
});

// --- Readable.fromWeb -------------------------------------------------------------

test(async () => {
  const readable = Readable.fromWeb(from(['ab', new Uint8Array([99])]));
  assert.strictEqual(readable.readableObjectMode, false);
  assert.deepStrictEqual(await buffer(readable), Buffer.from('abc'));
  const objects = Readable.fromWeb(from([{ x: 1 }, 'y']), { objectMode: true });
  const seen = [];
  for await (const chunk of objects) seen.push(chunk);
  assert.deepStrictEqual(seen, [{ x: 1 }, 'y']);
  const decoded = Readable.fromWeb(from([new Uint8Array([0xE2, 0x82]), new Uint8Array([0xAC])]),
                                   { encoding: 'utf8' });
  assert.strictEqual((await decoded.toArray()).join(''), '€');
});

test(async () => {
  // Destroying the node side cancels the web stream with the error; the
  // web stream erroring destroys the node side.
  let reason;
  const readable = Readable.fromWeb(new ReadableStream({ cancel(r) { reason = r; } }));
  const error = new Error('D');
  readable.on('error', () => {});
  readable.destroy(error);
  await tick();
  assert.strictEqual(reason, error);
  const failing = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('SE')); } }));
  await assert.rejects(failing.toArray(), { message: 'SE' });
});

// --- Writable.toWeb / fromWeb -----------------------------------------------------

test(async () => {
  const got = [];
  const writable = new Writable({
    write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); },
    final(callback) { got.push('final'); callback(); },
  });
  const web = Writable.toWeb(writable);
  const writer = web.getWriter();
  assert.strictEqual(writer.desiredSize, writable.writableHighWaterMark);
  await writer.write('x');
  await writer.write(new Uint8Array([0x79]));
  await writer.close();
  assert.deepStrictEqual(got, ['x', 'y', 'final']);

  const aborted = new Writable({ write(c, e, cb) { cb(); } });
  aborted.on('error', () => {});
  await Writable.toWeb(aborted).abort('AB');
  assert.strictEqual(aborted.destroyed, true);
  assert.strictEqual(aborted.errored, 'AB');
});

test(async () => {
  const got = [];
  const web = new WritableStream({
    write(chunk) { got.push(chunk); },
    close() { got.push('close'); },
  });
  const writable = Writable.fromWeb(web);
  writable.write('s');
  writable.end(Buffer.from('b'));
  await new Promise((resolve) => writable.on('finish', resolve));
  assert.deepStrictEqual(got, [Buffer.from('s'), Buffer.from('b'), 'close']);

  const strings = [];
  const raw = Writable.fromWeb(new WritableStream({ write(c) { strings.push(c); } }),
                               { decodeStrings: false });
  raw.end('t');
  await new Promise((resolve) => raw.on('finish', resolve));
  assert.deepStrictEqual(strings, ['t']);

  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('WE'); } }));
  failing.write('x');
  await new Promise((resolve) => failing.on('error', (e) => {
    assert.strictEqual(e.message, 'WE');
    resolve();
  }));
});

// --- Duplex ---------------------------------------------------------------------------

test(async () => {
  const pair = Duplex.toWeb(new PassThrough());
  assert.deepStrictEqual(Object.keys(pair), ['writable', 'readable']);
  const writer = pair.writable.getWriter();
  writer.write('hi');
  writer.close();
  const chunks = [];
  for await (const chunk of pair.readable) chunks.push(chunk);
  assert.deepStrictEqual(chunks, [new Uint8Array([104, 105])]);

  const written = [];
  const duplex = Duplex.fromWeb({
    readable: from(['q']),
    writable: new WritableStream({ write(c) { written.push(c); } }),
  }, { encoding: 'utf8' });
  assert.strictEqual(duplex.allowHalfOpen, false);
  duplex.end('w');
  assert.deepStrictEqual(await duplex.toArray(), ['q']);
  assert.deepStrictEqual(written, [Buffer.from('w')]);
});

// --- stream/consumers -----------------------------------------------------------------

test(async () => {
  const enc = new TextEncoder();
  assert.strictEqual(await text(from([enc.encode('he'), enc.encode('llo')])), 'hello');
  assert.deepStrictEqual(await json(from(['{"a":', '1}'])), { a: 1 });
  assert.deepStrictEqual(await buffer(from([new Uint8Array([1, 2])])), Buffer.from([1, 2]));
  const ab = await arrayBuffer(from([new Uint8Array([3]), new Uint8Array([4])]));
  assert.deepStrictEqual(new Uint8Array(ab), new Uint8Array([3, 4]));
  const locked = from(['x']);
  locked.getReader();
  await assert.rejects(text(locked), { code: 'ERR_INVALID_STATE' });
});

(async () => {
  for (const fn of tests) await fn();
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
