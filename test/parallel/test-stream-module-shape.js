'use strict';
// require('stream') is the legacy Stream constructor carrying the classes
// and helpers; default highWaterMarks are 16 KiB and 16 objects.
const assert = require('assert');
const stream = require('stream');
const EventEmitter = require('events');

assert.strictEqual(typeof stream, 'function');
assert.strictEqual(stream.Stream, stream);
assert.ok(new stream() instanceof EventEmitter);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  assert.strictEqual(typeof stream[name], 'function', name);
  assert.strictEqual(stream[name].name, name);
}
for (const name of ['pipeline', 'finished', 'addAbortSignal', 'compose', 'destroy',
  'isReadable', 'isWritable', 'isErrored', 'isDisturbed', 'isDestroyed',
  'getDefaultHighWaterMark', 'setDefaultHighWaterMark']) {
  assert.strictEqual(typeof stream[name], 'function', name);
}
assert.strictEqual(stream.promises, require('stream/promises'));
assert.deepStrictEqual(Object.keys(require('stream/promises')).sort(), ['finished', 'pipeline']);

const r = new stream.Readable();
assert.ok(r instanceof stream);
assert.ok(r instanceof EventEmitter);
assert.ok(new stream.Duplex() instanceof stream.Writable);
assert.ok(!(r instanceof stream.Writable));
assert.ok(stream.Readable() instanceof stream.Readable);

assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
assert.strictEqual(r.readableHighWaterMark, 65536);
assert.strictEqual(new stream.Writable({ objectMode: true }).writableHighWaterMark, 16);
stream.setDefaultHighWaterMark(false, 1024);
assert.strictEqual(new stream.PassThrough().writableHighWaterMark, 1024);
stream.setDefaultHighWaterMark(false, 65536);

assert.throws(() => new stream.Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});

assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isWritable(r), null);
assert.strictEqual(stream.isDisturbed(r), false);
r.destroy();
assert.strictEqual(stream.isReadable(r), false);
assert.strictEqual(stream.isDestroyed(r), true);
