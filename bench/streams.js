'use strict';
// Stream throughput: many small chunks through Readable -> Transform ->
// Writable, and single writes to a Writable whose sink is idle (the path
// where no buffering should happen).
const { Readable, Transform, Writable } = require('stream');
const { benchAsync, benchSync, series } = require('./harness');

const CHUNK = Buffer.alloc(64, 97);
const PIPE_N = 20000;
const WRITE_N = 200000;

// One pipeline per batch: n chunks pushed, upper-cased length counted.
function pipeBatch(n, done) {
  let produced = 0;
  let seen = 0;
  const source = new Readable({
    read() {
      while (produced < n) {
        produced++;
        if (!this.push(CHUNK)) return;
      }
      this.push(null);
    },
  });
  const step = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk); },
  });
  const sink = new Writable({
    write(chunk, enc, cb) { seen += chunk.length; cb(); },
  });
  sink.on('finish', () => {
    if (seen !== n * CHUNK.length) return done(new Error(`saw ${seen} bytes`));
    done();
  });
  source.pipe(step).pipe(sink);
}

// Writes to an idle sink that completes synchronously.
function idleWrites() {
  let bytes = 0;
  const sink = new Writable({
    write(chunk, enc, cb) { bytes += chunk.length; cb(); },
  });
  return (n) => {
    bytes = 0;
    for (let i = 0; i < n; i++) sink.write(CHUNK);
    if (bytes !== n * CHUNK.length) throw new Error(`wrote ${bytes} bytes`);
  };
}

series([
  () => benchAsync('streams-pipe-transform', PIPE_N, pipeBatch, 'chunks/s'),
  () => benchSync('streams-idle-write', WRITE_N, idleWrites(), 'writes/s'),
]);
