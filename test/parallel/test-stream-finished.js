'use strict';
// stream.finished: called once on end/finish, with the error on failure,
// ERR_STREAM_PREMATURE_CLOSE on early close; returns a cleanup function.
const assert = require('assert');
const { finished, Readable, Writable, Duplex } = require('stream');

const results = [];

const r = new Readable({ read() {} });
finished(r, (err) => results.push(['readable', err]));
r.push(null);
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => results.push(['writable', err]));
w.end('x');

const r2 = new Readable({ read() {} });
finished(r2, (err) => results.push(['premature', err.code, err.message]));
r2.destroy();

const w2 = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
finished(w2, (err) => results.push(['error', err.message]));
w2.write('x');

// Only the writable side is watched.
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => results.push(['duplex-writable', err]));
d.end();

const r3 = new Readable({ read() {} });
const cleanup = finished(r3, () => results.push(['never']));
assert.strictEqual(typeof cleanup, 'function');
cleanup();
r3.destroy();

assert.throws(() => finished(new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, ' +
           'or Stream. Received an instance of Object',
});

process.on('exit', () => {
  const byName = Object.fromEntries(results.map((x) => [x[0], x.slice(1)]));
  assert.strictEqual(results.length, 5);
  assert.deepStrictEqual(byName.readable, [undefined]);
  assert.deepStrictEqual(byName.writable, [undefined]);
  assert.deepStrictEqual(byName.premature, ['ERR_STREAM_PREMATURE_CLOSE', 'Premature close']);
  assert.deepStrictEqual(byName.error, ['boom']);
  assert.deepStrictEqual(byName['duplex-writable'], [undefined]);
});
