// Stream event order: Readable 'data' / 'end' / 'close', Writable
// 'finish' / 'close', backpressure with highWaterMark, async iteration
// and Readable.from.
'use strict';
const { Readable, Writable } = require('stream');
const log = (s) => console.log(s);

const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log('write ' + chunk);
    setImmediate(cb);
  },
});
w.on('drain', () => log('drain'));
w.on('finish', () => log('finish'));
w.on('close', () => {
  log('writable close');
  readPart();
});
log('write returned ' + w.write('ab'));
log('write returned ' + w.write('cd'));
w.end('ef', () => log('end callback'));

function readPart() {
  const r = new Readable({
    read() {},
  });
  r.on('data', (c) => log('data ' + c));
  r.on('end', () => log('end'));
  r.on('close', async () => {
    log('readable close');
    const got = [];
    for await (const chunk of Readable.from([1, 2, 3])) got.push(chunk);
    log('for await: ' + got.join(','));
    const objs = [];
    for await (const chunk of Readable.from('one string')) objs.push(chunk);
    log('from(string): ' + JSON.stringify(objs));
  });
  r.push('x');
  r.push('y');
  r.push(null);
  log('pushed');
}
