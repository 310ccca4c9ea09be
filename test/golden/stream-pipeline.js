// stream.pipeline: Readable -> Transform -> Writable, its callback, the
// promise version, and error propagation.
'use strict';
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});
const collect = (into) => new Writable({
  write(chunk, enc, cb) { into.push(chunk.toString()); cb(); },
});

const out1 = [];
pipeline(Readable.from(['a', 'b', 'c']), upper(), collect(out1), (err) => {
  console.log('pipeline 1 done:', err, out1);

  const failing = new Transform({
    transform(chunk, enc, cb) {
      if (chunk.toString() === 'bad') cb(new Error('bad chunk'));
      else cb(null, chunk);
    },
  });
  const out2 = [];
  const sink = collect(out2);
  pipeline(Readable.from(['ok', 'bad', 'never']), failing, sink, (err2) => {
    console.log('pipeline 2 error:', err2.message, out2, sink.destroyed);

    const out3 = [];
    pipelinePromise(Readable.from(['x', 'y']), new PassThrough(), upper(), collect(out3))
      .then((v) => console.log('pipeline 3 resolved:', v, out3));
  });
});

const r = new Readable({ read() {} });
r.push('one ');
r.push('two');
r.push(null);
let text = '';
r.on('data', (c) => { text += c; });
r.on('end', () => console.log('readable end:', text));
