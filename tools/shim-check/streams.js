'use strict';

// Differential check of eddy's streams against Node's own: every scenario
// runs once on each implementation, recording events, callbacks, return
// values and errors in order; the two records must be identical.
//
//   node tools/shim-check/streams.js [filter]
//
// Prints each mismatch and exits non-zero if there is any.

const { load } = require('./streams-loader.js');

const ours = load('stream');
const oursPromises = load('stream/promises');
const nodeStream = require('stream');
const nodePromises = require('stream/promises');

function show(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Buffer.isBuffer(v)) return `buf(${v.toString('latin1')})`;
  if (v instanceof Uint8Array) return `u8(${Array.from(v).join(',')})`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Error) {
    let s = `${v.name}[${v.code}]: ${v.message}`;
    if (v.errors) s += ` {${v.errors.map(show).join('; ')}}`;
    if (v.cause !== undefined) s += ` cause=${show(v.cause)}`;
    return s;
  }
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (typeof v === 'object') {
    try { return JSON.stringify(v); } catch { return String(v); }
  }
  if (typeof v === 'function') return 'fn';
  return String(v);
}

const EVENTS = ['data', 'end', 'readable', 'close', 'error', 'finish', 'prefinish',
                'drain', 'pause', 'resume', 'pipe', 'unpipe'];

function makeCtx(S, P) {
  const log = [];
  const ctx = {
    S,
    P,
    log,
    out(...a) { log.push(a.map(show).join(' ')); },
    // Records the events of `stream` under `name`.
    watch(stream, name, events = EVENTS) {
      for (const ev of events) {
        stream.on(ev, (...args) => {
          if (ev === 'pipe' || ev === 'unpipe') args = [];
          log.push(`${name}:${ev}${args.length ? ' ' + args.map(show).join(' ') : ''}`);
        });
      }
      return stream;
    },
    cb(name) {
      return (...args) => log.push(`${name}(${args.map(show).join(', ')})`);
    },
    state(stream, name) {
      const keys = ['readable', 'writable', 'destroyed', 'closed', 'readableEnded',
                    'writableEnded', 'writableFinished', 'readableFlowing', 'readableLength',
                    'writableLength', 'writableNeedDrain', 'readableAborted',
                    'writableAborted', 'readableDidRead', 'errored'];
      const parts = [];
      for (const k of keys) if (k in stream) parts.push(`${k}=${show(stream[k])}`);
      log.push(`${name}{${parts.join(' ')}}`);
    },
    tick(n = 1) {
      return new Promise((resolve) => {
        const step = () => (n-- > 0 ? setImmediate(step) : resolve());
        step();
      });
    },
    wait(ms) { return new Promise((r) => setTimeout(r, ms)); },
    try(name, fn) {
      try {
        const r = fn();
        log.push(`${name} -> ${show(r)}`);
        return r;
      } catch (e) {
        log.push(`${name} threw ${show(e)}`);
      }
    },
  };
  return ctx;
}

const scenarios = [];
function scenario(name, fn) { scenarios.push({ name, fn }); }

// ---------------------------------------------------------------- Readable
scenario('readable flowing basic', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push('a'); r.push('bc'); r.push(null);
});

scenario('readable push in _read sync', (t) => {
  let i = 0;
  const r = t.watch(new t.S.Readable({
    read() { t.out('_read', i); if (i < 3) this.push(String(i++)); else this.push(null); },
  }), 'r');
  t.out('created');
  void r;
});

scenario('readable push async', async (t) => {
  let i = 0;
  const r = t.watch(new t.S.Readable({
    read(n) { t.out('_read', n); setTimeout(() => this.push(i < 3 ? String(i++) : null), 1); },
  }), 'r');
  void r;
  await t.wait(30);
});

scenario('readable paused read() loop', (t) => {
  const r = new t.S.Readable({ read() {} });
  t.watch(r, 'r', ['end', 'close', 'data']);
  r.push('abc'); r.push('def');
  r.on('readable', () => {
    t.out('readable', r.readableLength);
    let c;
    while ((c = r.read()) !== null) t.out('read', c);
  });
  setTimeout(() => r.push(null), 2);
  return t.wait(15);
});

scenario('readable read(n) sizes', (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push('abcdef'); r.push('ghi');
  t.try('read(2)', () => r.read(2));
  t.try('read(5)', () => r.read(5));
  t.try('read(10)', () => r.read(10));
  t.try('read(0)', () => r.read(0));
  t.try('read()', () => r.read());
  r.push(null);
  t.try('read(10) after eof', () => r.read(10));
  t.try('read()', () => r.read());
  t.watch(r, 'r', ['end', 'close', 'readable']);
  t.state(r, 'r');
});

scenario('readable read(n) string decoder', (t) => {
  const r = new t.S.Readable({ read() {}, encoding: 'utf8' });
  r.push(Buffer.from([0xe2, 0x82])); r.push(Buffer.from([0xac, 0x41, 0x42]));
  t.try('len', () => r.readableLength);
  t.try('read(1)', () => r.read(1));
  t.try('read(2)', () => r.read(2));
  t.try('read(2)', () => r.read(2));
});

scenario('readable objectMode hwm', (t) => {
  const r = new t.S.Readable({ objectMode: true, read() {} });
  for (let i = 0; i < 18; i++) t.out('push', i, r.push({ i }));
  t.state(r, 'r');
  t.out('hwm', r.readableHighWaterMark, r.readableObjectMode);
  t.try('read', () => r.read());
  t.try('read(5)', () => r.read(5));
});

scenario('readable hwm bytes push return', (t) => {
  const r = new t.S.Readable({ highWaterMark: 5, read() {} });
  t.out(r.push('ab'), r.push('cd'), r.push('e'), r.push('f'));
  t.out(r.readableLength);
  r.read(4);
  t.out(r.readableLength, r.push('g'));
});

scenario('readable setEncoding', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push(Buffer.from('héllo'));
  r.setEncoding('hex');
  t.out('enc', r.readableEncoding);
  r.push('ab', 'latin1');
  r.push(null);
});

scenario('readable setEncoding split utf8', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.setEncoding('utf8');
  const b = Buffer.from('€uro');
  r.push(b.subarray(0, 1)); r.push(b.subarray(1, 2)); r.push(b.subarray(2)); r.push(null);
});

scenario('readable push after EOF', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push('a'); r.push(null);
  t.try('push', () => r.push('b'));
});

scenario('readable push after EOF no autoDestroy', (t) => {
  const r = t.watch(new t.S.Readable({ read() {}, autoDestroy: false }), 'r');
  r.push(null);
  t.try('push', () => r.push('b'));
  t.state(r, 'r');
});

scenario('readable unshift', (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push('world');
  t.try('unshift', () => r.unshift('hello '));
  t.try('read', () => r.read());
  r.setEncoding('utf8');
  r.push('x');
  r.unshift('abc', 'hex');
  t.try('read', () => r.read());
});

scenario('readable unshift after end', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push(null);
  await t.tick(2);
  t.try('unshift', () => r.unshift('x'));
});

scenario('readable invalid chunk', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  t.try('push', () => r.push(42));
});

scenario('readable invalid chunk objectMode ok', (t) => {
  const r = t.watch(new t.S.Readable({ objectMode: true, read() {} }), 'r');
  r.push(42); r.push(false); r.push(''); r.push(null);
});

scenario('readable _read not implemented', (t) => {
  const r = t.watch(new t.S.Readable(), 'r');
  r.resume();
});

scenario('readable _read throws', (t) => {
  const r = t.watch(new t.S.Readable({ read() { throw new Error('boom'); } }), 'r');
  r.resume();
});

scenario('readable destroy with error', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push('a');
  r.destroy(new Error('kaput'), t.cb('destroycb'));
  t.state(r, 'r');
  t.try('push', () => r.push('b'));
  t.try('read', () => r.read());
  r.destroy(new Error('second'));
});

scenario('readable destroy no error', (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.destroy();
  t.state(r, 'r');
  return t.tick(2).then(() => t.state(r, 'r'));
});

scenario('readable _destroy custom', (t) => {
  const r = t.watch(new t.S.Readable({
    read() {},
    destroy(err, cb) { t.out('_destroy', err); setTimeout(() => cb(new Error('from destroy')), 1); },
  }), 'r');
  r.destroy();
  return t.wait(10);
});

scenario('readable emitClose false', (t) => {
  const r = t.watch(new t.S.Readable({ read() {}, emitClose: false }), 'r');
  r.push(null); r.resume();
});

scenario('readable autoDestroy false', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {}, autoDestroy: false }), 'r');
  r.push('x'); r.push(null); r.resume();
  await t.tick(3);
  t.state(r, 'r');
});

scenario('readable error event no autoDestroy', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {}, autoDestroy: false }), 'r');
  r.push(5);
  await t.tick(2);
  t.state(r, 'r');
});

scenario('readable pause/resume events', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  t.out('paused?', r.isPaused(), r.readableFlowing);
  r.pause();
  t.out('paused?', r.isPaused(), r.readableFlowing);
  r.resume();
  t.out('paused?', r.isPaused(), r.readableFlowing);
  r.push('a');
  await t.tick(2);
  r.pause(); r.pause();
  r.push('b');
  await t.tick(2);
  r.resume();
  r.push(null);
});

scenario('readable data then readable listener', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.on('data', (d) => t.out('data', d));
  r.on('readable', () => { t.out('readable'); let c; while ((c = r.read()) !== null) t.out('read', c); });
  t.out('flowing', r.readableFlowing);
  r.push('a'); r.push('b');
  await t.tick(2);
  r.removeAllListeners('readable');
  t.out('flowing', r.readableFlowing);
  await t.tick(2);
  t.out('flowing', r.readableFlowing);
  r.push('c'); r.push(null);
  r.on('end', () => t.out('end'));
});

scenario('readable readable listener on ended', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push(null);
  r.on('readable', () => t.out('readable', r.read()));
  r.on('end', () => t.out('end'));
  await t.tick(3);
});

scenario('readable removeListener readable resumes', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const onr = () => t.out('readable');
  r.on('readable', onr);
  r.on('data', (d) => t.out('data', d));
  r.push('x');
  await t.tick(2);
  r.removeListener('readable', onr);
  await t.tick(2);
  t.out('flowing', r.readableFlowing);
});

scenario('readable readableFlowing setter', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.readableFlowing = false;
  r.on('data', (d) => t.out('data', d));
  r.push('x');
  await t.tick(2);
  t.out('flowing', r.readableFlowing);
});

scenario('readable async iterator', async (t) => {
  const r = t.watch(new t.S.Readable({ objectMode: true, read() {} }), 'r', ['end', 'close']);
  r.push(1); r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 2);
  for await (const x of r) t.out('it', x);
  t.out('done');
  t.state(r, 'r');
});

scenario('readable async iterator break', async (t) => {
  const r = t.watch(new t.S.Readable({ objectMode: true, read() {} }), 'r', ['end', 'close', 'error']);
  r.push(1); r.push(2); r.push(3);
  for await (const x of r) { t.out('it', x); break; }
  t.state(r, 'r');
  await t.tick(2);
  t.state(r, 'r');
});

scenario('readable async iterator destroyOnReturn false', async (t) => {
  const r = new t.S.Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3);
  for await (const x of r.iterator({ destroyOnReturn: false })) { t.out('it', x); break; }
  t.state(r, 'r');
  t.try('read', () => r.read());
});

scenario('readable async iterator error', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push('a');
  setTimeout(() => r.destroy(new Error('iter fail')), 2);
  try {
    for await (const x of r) t.out('it', x);
  } catch (e) { t.out('caught', e); }
});

scenario('readable iterator options validation', (t) => {
  const r = new t.S.Readable({ read() {} });
  t.try('iterator', () => r.iterator(5));
});

scenario('readable from array', (t) => {
  t.watch(t.S.Readable.from([1, 2, 3]), 'r');
});

scenario('readable from string and buffer', (t) => {
  t.watch(t.S.Readable.from('abc'), 'r');
  t.watch(t.S.Readable.from(Buffer.from('xy')), 'b');
});

scenario('readable from async generator', async (t) => {
  async function* gen() { yield 'a'; await t.wait(1); yield 'b'; }
  t.watch(t.S.Readable.from(gen()), 'r');
  await t.wait(15);
});

scenario('readable from null value', async (t) => {
  t.watch(t.S.Readable.from([1, null, 2]), 'r');
  await t.wait(5);
});

scenario('readable from invalid', (t) => {
  t.try('from', () => t.S.Readable.from(5));
  t.try('from', () => t.S.Readable.from({}));
});

scenario('readable from promises', async (t) => {
  t.watch(t.S.Readable.from([Promise.resolve(1), 2]), 'r');
  await t.wait(5);
});

scenario('readable from generator throws', async (t) => {
  function* gen() { yield 1; throw new Error('gen'); }
  t.watch(t.S.Readable.from(gen()), 'r');
  await t.wait(5);
});

scenario('readable wrap old stream', async (t) => {
  const EE = require('events');
  const old = new EE();
  old.pause = () => t.out('old.pause');
  old.resume = () => t.out('old.resume');
  const r = t.watch(new t.S.Readable({ highWaterMark: 2 }).wrap(old), 'r');
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('d'));
  await t.tick(3);
  old.emit('end');
  void r;
  await t.tick(3);
});

scenario('readable properties', (t) => {
  const r = new t.S.Readable({ read() {}, highWaterMark: 100, encoding: 'latin1' });
  t.out(r.readableHighWaterMark, r.readableEncoding, r.readableObjectMode, r.readableLength,
        r.readable, r.readableEnded, r.readableFlowing, r.destroyed, r.closed, r.errored,
        r.readableDidRead, r.readableAborted);
  t.out(Array.isArray(r.readableBuffer) || typeof r.readableBuffer);
});

scenario('readable hwm invalid', (t) => {
  t.try('hwm -1', () => new t.S.Readable({ highWaterMark: -1 }));
  t.try('hwm NaN', () => new t.S.Readable({ highWaterMark: NaN }));
  t.try('hwm str', () => new t.S.Readable({ highWaterMark: '5' }));
  t.try('hwm 2.5', () => new t.S.Readable({ highWaterMark: 2.5 }));
  t.try('duplex rhwm', () => new t.S.Duplex({ readableHighWaterMark: -5 }).readableHighWaterMark);
  t.try('duplex whwm', () => new t.S.Duplex({ writableHighWaterMark: 7 }).writableHighWaterMark);
});

scenario('readable read huge', (t) => {
  const r = new t.S.Readable({ read() {} });
  t.try('read', () => r.read(2 ** 31));
  t.try('read', () => { r.read(100000); return r.readableHighWaterMark; });
});

scenario('readable construct', async (t) => {
  const r = t.watch(new t.S.Readable({
    construct(cb) { t.out('construct'); setTimeout(() => { t.out('constructed'); cb(); }, 2); },
    read() { t.out('_read'); this.push('x'); this.push(null); },
  }), 'r');
  t.out('sync');
  void r;
  await t.wait(15);
});

scenario('readable construct error', async (t) => {
  t.watch(new t.S.Readable({ construct(cb) { cb(new Error('ctor')); }, read() {} }), 'r');
  await t.wait(5);
});

scenario('readable destroy during construct', async (t) => {
  const r = t.watch(new t.S.Readable({
    construct(cb) { setTimeout(cb, 2); },
    read() {},
    destroy(err, cb) { t.out('_destroy', err); cb(err); },
  }), 'r');
  r.destroy(new Error('early'));
  await t.wait(10);
});

scenario('readable signal abort', async (t) => {
  const ac = new AbortController();
  t.watch(new t.S.Readable({ read() {}, signal: ac.signal }), 'r');
  ac.abort();
  await t.tick(2);
});

scenario('readable empty string push', async (t) => {
  let n = 0;
  const r = t.watch(new t.S.Readable({
    read() { t.out('_read'); if (n++ < 2) this.push(''); else this.push(null); },
  }), 'r');
  void r;
  await t.tick(5);
});

scenario('readable Uint8Array push', (t) => {
  t.watch(new t.S.Readable({ read() {} }), 'r').push(new Uint8Array([65, 66]));
});

scenario('readable resume after end', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  r.push(null);
  r.resume();
  await t.tick(3);
  r.resume();
  t.try('read', () => r.read());
});

scenario('readable multiple pushes in read sync hwm 0', async (t) => {
  let i = 0;
  t.watch(new t.S.Readable({ highWaterMark: 0, read() { if (i < 2) this.push(String(i++)); else this.push(null); } }), 'r');
  await t.tick(5);
});

// ---------------------------------------------------------------- Writable
scenario('writable basic', (t) => {
  const w = t.watch(new t.S.Writable({
    write(c, e, cb) { t.out('_write', c, e); cb(); },
  }), 'w');
  t.out('write', w.write('a', t.cb('cb1')));
  t.out('write', w.write(Buffer.from('b'), t.cb('cb2')));
  w.end('c', t.cb('endcb'));
  t.state(w, 'w');
});

scenario('writable async write buffering', async (t) => {
  const w = t.watch(new t.S.Writable({
    highWaterMark: 3,
    write(c, e, cb) { t.out('_write', c); setTimeout(cb, 1); },
  }), 'w');
  t.out(w.write('ab', t.cb('c1')), w.writableLength, w.writableNeedDrain);
  t.out(w.write('cd', t.cb('c2')), w.writableLength, w.writableNeedDrain);
  t.out(w.write('e', t.cb('c3')), w.writableLength);
  w.end(t.cb('endcb'));
  await t.wait(20);
});

scenario('writable drain', async (t) => {
  const w = t.watch(new t.S.Writable({
    highWaterMark: 2,
    write(c, e, cb) { setTimeout(cb, 1); },
  }), 'w');
  t.out(w.write('abc'));
  await t.wait(10);
  t.out(w.write('a'), w.write('b'));
  await t.wait(10);
});

scenario('writable sync drain', async (t) => {
  const w = t.watch(new t.S.Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } }), 'w');
  t.out(w.write('aa', t.cb('c1')), w.write('bb', t.cb('c2')));
  await t.tick(2);
});

scenario('writable writev', async (t) => {
  const w = t.watch(new t.S.Writable({
    write(c, e, cb) { t.out('_write', c); setTimeout(cb, 1); },
    writev(chunks, cb) { t.out('_writev', chunks.map((x) => [x.chunk, x.encoding]), chunks.allBuffers); setTimeout(cb, 1); },
    decodeStrings: false,
  }), 'w');
  w.write('a', t.cb('c1'));
  w.write('b', t.cb('c2'));
  w.write(Buffer.from('c'), t.cb('c3'));
  w.write('d', 'hex', t.cb('c4'));
  w.end(t.cb('end'));
  await t.wait(20);
});

scenario('writable cork uncork', async (t) => {
  const w = t.watch(new t.S.Writable({
    write(c, e, cb) { t.out('_write', c); cb(); },
    writev(chunks, cb) { t.out('_writev', chunks.length); cb(); },
  }), 'w');
  w.cork(); w.cork();
  w.write('a'); w.write('b');
  t.out('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  t.out('corked', w.writableCorked);
  w.uncork();
  t.out('corked', w.writableCorked);
  await t.tick(1);
  w.cork(); w.write('c'); w.end('d');
  await t.tick(3);
});

scenario('writable cork without writev', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { t.out('_write', c); process.nextTick(cb); } }), 'w');
  w.cork(); w.write('a', t.cb('a')); w.write('b', t.cb('b')); w.write('c', t.cb('c'));
  process.nextTick(() => w.uncork());
  await t.tick(3);
  w.end();
  await t.tick(3);
});

scenario('writable write after end', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  w.end();
  t.try('write', () => w.write('x', t.cb('wcb')));
  await t.tick(2);
  t.try('end again', () => w.end(t.cb('endcb2')) === w);
  await t.tick(2);
});

scenario('writable write after end no autoDestroy', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, autoDestroy: false }), 'w');
  w.end();
  w.write('x', t.cb('wcb'));
  await t.tick(2);
  t.state(w, 'w');
});

scenario('writable null and bad chunks', (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  t.try('null', () => w.write(null));
  t.try('num', () => w.write(5));
  t.try('obj', () => w.write({}));
  t.try('bad enc', () => w.write('x', 'nope'));
  t.try('setDefaultEncoding', () => w.setDefaultEncoding('nope'));
  t.try('setDefaultEncoding', () => w.setDefaultEncoding('HEX') === w);
  t.try('defaultEncoding', () => new t.S.Writable({ defaultEncoding: 'bogus' }));
});

scenario('writable objectMode', (t) => {
  const w = new t.S.Writable({ objectMode: true, write(c, e, cb) { t.out('_write', c, e); cb(); } });
  w.write({ a: 1 }); w.write(5); w.write('s');
  t.try('null', () => w.write(null));
  t.out(w.writableObjectMode, w.writableHighWaterMark);
});

scenario('writable decodeStrings false', (t) => {
  const w = new t.S.Writable({ decodeStrings: false, write(c, e, cb) { t.out('_write', c, e); cb(); } });
  w.write('abc'); w.write('616263', 'hex'); w.write(Buffer.from('z')); w.write(new Uint8Array([66]));
});

scenario('writable defaultEncoding', (t) => {
  const w = new t.S.Writable({ defaultEncoding: 'hex', write(c, e, cb) { t.out('_write', c, e); cb(); } });
  w.write('6869');
  w.setDefaultEncoding('base64');
  w.write('aGk=');
});

scenario('writable _write error sync', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(new Error('wfail')); } }), 'w');
  t.out(w.write('a', t.cb('c1')));
  t.out(w.write('b', t.cb('c2')));
  t.state(w, 'w');
  await t.tick(3);
  t.state(w, 'w');
});

scenario('writable _write error async', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('wfail')), 1); } }), 'w');
  w.write('a', t.cb('c1'));
  w.write('b', t.cb('c2'));
  w.end(t.cb('endcb'));
  await t.wait(10);
});

scenario('writable multiple callback', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); cb(); } }), 'w');
  w.write('a', t.cb('c1'));
  await t.tick(3);
});

scenario('writable _write not implemented', async (t) => {
  const w = t.watch(new t.S.Writable(), 'w');
  t.try('write', () => w.write('a'));
  await t.tick(2);
});

scenario('writable final', async (t) => {
  const w = t.watch(new t.S.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { t.out('_final'); setTimeout(cb, 1); },
  }), 'w');
  w.write('a');
  w.end(t.cb('endcb'));
  t.state(w, 'w');
  await t.wait(10);
  t.state(w, 'w');
});

scenario('writable final sync', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, final(cb) { t.out('_final'); cb(); } }), 'w');
  w.end(t.cb('endcb'));
  t.out('after end');
  await t.tick(3);
});

scenario('writable final error', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ffail')); } }), 'w');
  w.end(t.cb('endcb'));
  await t.tick(3);
});

scenario('writable final throws', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('fthrow'); } }), 'w');
  w.end(t.cb('endcb'));
  await t.tick(3);
});

scenario('writable destroy pending writes', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { setTimeout(cb, 2); } }), 'w');
  w.write('a', t.cb('c1'));
  w.write('b', t.cb('c2'));
  w.end(t.cb('endcb'));
  w.destroy();
  t.state(w, 'w');
  await t.wait(10);
});

scenario('writable destroy with error then write', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  w.destroy(new Error('gone'));
  t.try('write', () => w.write('a', t.cb('c1')));
  t.try('end', () => w.end(t.cb('endcb')) === w);
  await t.tick(3);
});

scenario('writable end with chunk after finish', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  w.end();
  await t.tick(3);
  t.try('end', () => w.end('x', t.cb('endcb')) === w);
  await t.tick(3);
});

scenario('writable construct', async (t) => {
  const w = t.watch(new t.S.Writable({
    construct(cb) { t.out('construct'); setTimeout(cb, 2); },
    write(c, e, cb) { t.out('_write', c); cb(); },
    final(cb) { t.out('_final'); cb(); },
  }), 'w');
  w.write('a', t.cb('c1'));
  w.end('b', t.cb('endcb'));
  t.out('sync');
  await t.wait(10);
});

scenario('writable emitClose false autoDestroy false', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, emitClose: false, autoDestroy: false }), 'w');
  w.end('x');
  await t.tick(3);
  t.state(w, 'w');
  w.destroy();
  await t.tick(3);
  t.state(w, 'w');
});

scenario('writable instanceof', (t) => {
  t.out(new t.S.Duplex() instanceof t.S.Writable, new t.S.Transform() instanceof t.S.Writable,
        new t.S.Readable() instanceof t.S.Writable, {} instanceof t.S.Writable);
  class MyW extends t.S.Writable {}
  t.out(new t.S.Duplex() instanceof MyW, new MyW() instanceof t.S.Writable);
  t.out(t.S.Writable({}) instanceof t.S.Writable, t.S.Readable() instanceof t.S.Readable);
});

scenario('writable pipe errors', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  w.pipe();
  await t.tick(2);
});

scenario('writable many sync writes callbacks batched', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w', ['drain', 'finish', 'close']);
  for (let i = 0; i < 4; i++) w.write('x', t.cb(`c${i}`));
  w.write('y', () => t.out('last'));
  w.end();
  await t.tick(3);
});

scenario('writable signal', async (t) => {
  const ac = new AbortController();
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, signal: ac.signal }), 'w');
  w.write('a');
  ac.abort('why');
  await t.tick(3);
  t.state(w, 'w');
});

// ---------------------------------------------------------------- Duplex / Transform
scenario('duplex allowHalfOpen false', async (t) => {
  const d = t.watch(new t.S.Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  }), 'd');
  d.push('x'); d.push(null);
  d.resume();
  await t.tick(4);
  t.state(d, 'd');
});

scenario('duplex allowHalfOpen true', async (t) => {
  const d = t.watch(new t.S.Duplex({ read() {}, write(c, e, cb) { cb(); } }), 'd');
  d.push(null); d.resume();
  await t.tick(4);
  t.state(d, 'd');
  d.end();
  await t.tick(4);
  t.state(d, 'd');
});

scenario('duplex readable/writable false', async (t) => {
  const d = new t.S.Duplex({ readable: false, write(c, e, cb) { cb(); } });
  t.state(d, 'd');
  const d2 = new t.S.Duplex({ writable: false, read() {} });
  t.state(d2, 'd2');
  t.try('write', () => d2.write('x'));
  d2.on('error', (e) => t.out('d2 error', e));
  await t.tick(2);
});

scenario('duplex objectMode sides', (t) => {
  const d = new t.S.Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { t.out('_write', c); cb(); } });
  t.out(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  d.push(5);
  t.try('write', () => d.write(5));
});

scenario('duplex destroy', async (t) => {
  const d = t.watch(new t.S.Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 1); } }), 'd');
  d.write('a', t.cb('c1'));
  d.write('b', t.cb('c2'));
  d.destroy(new Error('dd'));
  t.state(d, 'd');
  await t.wait(10);
});

scenario('transform basic', async (t) => {
  const tr = t.watch(new t.S.Transform({
    transform(c, e, cb) { t.out('_transform', c, e); cb(null, c.toString().toUpperCase()); },
    flush(cb) { t.out('_flush'); cb(null, '!'); },
  }), 't');
  tr.write('ab'); tr.end('cd', t.cb('endcb'));
  await t.tick(4);
});

scenario('transform push multiple', async (t) => {
  const tr = t.watch(new t.S.Transform({
    objectMode: true,
    transform(c, e, cb) { this.push(c); this.push(c * 10); cb(); },
  }), 't', ['data', 'end', 'finish', 'close']);
  tr.write(1); tr.write(2); tr.end();
  await t.tick(4);
});

scenario('transform error', async (t) => {
  const tr = t.watch(new t.S.Transform({ transform(c, e, cb) { cb(new Error('terr')); } }), 't');
  tr.write('a', t.cb('wcb'));
  await t.tick(3);
});

scenario('transform flush error', async (t) => {
  const tr = t.watch(new t.S.Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flusherr')); } }), 't');
  tr.end(t.cb('endcb'));
  tr.resume();
  await t.tick(3);
});

scenario('transform not implemented', async (t) => {
  const tr = t.watch(new t.S.Transform(), 't');
  tr.write('a');
  await t.tick(3);
});

scenario('transform backpressure', async (t) => {
  let n = 0;
  const tr = new t.S.Transform({
    highWaterMark: 2,
    transform(c, e, cb) { n++; cb(null, c); },
  });
  const results = [];
  for (let i = 0; i < 6; i++) results.push(tr.write('ab'));
  t.out(results, n, tr.readableLength, tr.writableLength);
  await t.tick(2);
  t.out(n, tr.readableLength, tr.writableLength);
  tr.read();
  await t.tick(2);
  t.out(n, tr.readableLength, tr.writableLength);
});

scenario('transform readableHighWaterMark 0', async (t) => {
  const tr = new t.S.Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
  t.out(tr.readableHighWaterMark, tr.writableHighWaterMark, tr.write('a'));
});

scenario('transform subclass with _final', async (t) => {
  class T extends t.S.Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) { t.out('_flush'); cb(); }
    _final(cb) { t.out('_final'); cb(); }
  }
  const tr = t.watch(new T(), 't', ['finish', 'end', 'prefinish', 'close']);
  tr.resume(); tr.end('x');
  await t.tick(4);
});

scenario('passthrough', async (t) => {
  const p = t.watch(new t.S.PassThrough(), 'p');
  p.write('x'); p.end('y');
  await t.tick(4);
  t.out(t.S.PassThrough() instanceof t.S.Transform);
});

// ---------------------------------------------------------------- pipe
scenario('pipe basic', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r');
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { t.out('_write', c); cb(); } }), 'w');
  t.out(r.pipe(w) === w);
  r.push('a'); r.push('b'); r.push(null);
  await t.tick(4);
});

scenario('pipe backpressure', async (t) => {
  let i = 0;
  const r = t.watch(new t.S.Readable({ highWaterMark: 4, read() { this.push(i < 5 ? 'abc' : null); i++; } }), 'r', ['pause', 'resume', 'end', 'close']);
  const w = t.watch(new t.S.Writable({ highWaterMark: 4, write(c, e, cb) { t.out('_write', c); setTimeout(cb, 1); } }), 'w', ['drain', 'finish', 'close', 'pipe']);
  r.pipe(w);
  await t.wait(40);
});

scenario('pipe end false', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  r.pipe(w, { end: false });
  r.push('a'); r.push(null);
  await t.tick(4);
  t.state(w, 'w');
});

scenario('pipe unpipe', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['pause', 'resume']);
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { t.out('_write', c); cb(); } }), 'w', ['pipe', 'unpipe']);
  r.pipe(w);
  r.push('a');
  await t.tick(2);
  r.unpipe(w);
  t.out('flowing', r.readableFlowing, r._readableState.pipes.length);
  r.push('b');
  await t.tick(2);
  t.out('len', r.readableLength);
  r.unpipe();
});

scenario('pipe multiple destinations', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w1 = t.watch(new t.S.Writable({ highWaterMark: 1, write(c, e, cb) { t.out('w1', c); setTimeout(cb, 1); } }), 'w1', ['drain', 'finish']);
  const w2 = t.watch(new t.S.Writable({ write(c, e, cb) { t.out('w2', c); cb(); } }), 'w2', ['drain', 'finish']);
  r.pipe(w1); r.pipe(w2);
  r.push('ab'); r.push('cd'); r.push(null);
  await t.wait(20);
});

scenario('pipe dest error unpipes', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['pause', 'close', 'error']);
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(new Error('dest')); } }), 'w', ['unpipe', 'error', 'close']);
  r.pipe(w);
  r.push('a');
  await t.tick(4);
  t.out('pipes', r._readableState.pipes.length, r.readableFlowing);
});

scenario('pipe dest error no listener', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = new t.S.Writable({ write(c, e, cb) { cb(new Error('dest2')); } });
  r.pipe(w);
  const captured = [];
  const origEmit = w.emit;
  w.emit = function(ev, ...args) { captured.push(ev); if (ev === 'error') { t.out('emit error', args[0]); return true; } return origEmit.call(this, ev, ...args); };
  r.push('a');
  await t.tick(4);
  t.out(captured);
});

scenario('pipe after end emitted', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push(null); r.resume();
  await t.tick(3);
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w');
  r.pipe(w);
  await t.tick(3);
});

scenario('legacy Stream pipe', async (t) => {
  const src = new t.S.Stream();
  src.readable = true;
  const dst = new t.S.Stream();
  dst.writable = true;
  dst.write = (c) => { t.out('write', c); return true; };
  dst.end = () => t.out('end');
  src.pipe(dst);
  src.emit('data', 'a');
  src.emit('end');
  src.emit('data', 'b');
});

scenario('legacy Stream pipe error', async (t) => {
  const src = new t.S.Stream();
  const dst = new t.S.Stream();
  dst.write = () => true;
  src.pipe(dst);
  t.try('emit', () => src.emit('error', new Error('legacy')));
});

// ---------------------------------------------------------------- finished / pipeline
scenario('finished readable', async (t) => {
  const r = new t.S.Readable({ read() {} });
  t.S.finished(r, t.cb('fin'));
  r.push(null); r.resume();
  await t.tick(4);
});

scenario('finished writable', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { cb(); } });
  t.S.finished(w, t.cb('fin'));
  w.on('finish', () => t.out('finish'));
  w.on('close', () => t.out('close'));
  w.end();
  await t.tick(4);
});

scenario('finished premature close', async (t) => {
  const r = new t.S.Readable({ read() {} });
  t.S.finished(r, t.cb('fin'));
  r.destroy();
  await t.tick(4);
});

scenario('finished error', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { cb(new Error('fe')); } });
  t.S.finished(w, t.cb('fin'));
  w.write('x');
  await t.tick(4);
});

scenario('finished already finished', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push(null); r.resume();
  await t.tick(4);
  t.S.finished(r, t.cb('fin'));
  await t.tick(4);
});

scenario('finished options readable false', async (t) => {
  const d = new t.S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.S.finished(d, { readable: false }, t.cb('fin'));
  d.end();
  await t.tick(4);
});

scenario('finished cleanup', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const cleanup = t.S.finished(r, t.cb('fin'));
  t.out(typeof cleanup, r.listenerCount('end'), r.listenerCount('close'));
  cleanup();
  t.out(r.listenerCount('end'), r.listenerCount('close'));
});

scenario('finished signal', async (t) => {
  const ac = new AbortController();
  const r = new t.S.Readable({ read() {} });
  t.S.finished(r, { signal: ac.signal }, t.cb('fin'));
  ac.abort();
  await t.tick(3);
});

scenario('finished validation', (t) => {
  t.try('no cb', () => t.S.finished(new t.S.Readable()));
  t.try('bad stream', () => t.S.finished({}, () => {}));
  t.try('bad opts', () => t.S.finished(new t.S.Readable(), 5, () => {}));
  t.try('bad signal', () => t.S.finished(new t.S.Readable(), { signal: 1 }, () => {}));
});

scenario('finished promise', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const p = t.P.finished(r);
  r.destroy(new Error('pfail'));
  await p.then(() => t.out('resolved'), (e) => t.out('rejected', e));
  const r2 = new t.S.Readable({ read() {} });
  const p2 = t.P.finished(r2);
  r2.push(null); r2.resume();
  await p2.then(() => t.out('resolved'), (e) => t.out('rejected', e));
});

scenario('pipeline basic', async (t) => {
  const out = [];
  t.S.pipeline(
    t.S.Readable.from(['a', 'b', 'c']),
    new t.S.Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
    new t.S.Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
    (err, val) => { t.out('done', err, val, out); },
  );
  await t.wait(10);
});

scenario('pipeline error destroys all', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['close', 'error']);
  const tr = t.watch(new t.S.PassThrough(), 't', ['close', 'error']);
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(new Error('pipe w')); } }), 'w', ['close', 'error']);
  t.S.pipeline(r, tr, w, t.cb('done'));
  r.push('a');
  await t.wait(10);
});

scenario('pipeline source destroyed', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w', ['close', 'error', 'finish']);
  t.S.pipeline(r, w, t.cb('done'));
  r.destroy();
  await t.wait(10);
});

scenario('pipeline generators', async (t) => {
  t.S.pipeline(
    function* () { yield 'a'; yield 'b'; },
    async function* (src) { for await (const c of src) yield c + '!'; },
    async function (src) { const arr = []; for await (const c of src) arr.push(c); return arr.join(''); },
    t.cb('done'),
  );
  await t.wait(10);
});

scenario('pipeline generator throws', async (t) => {
  const w = t.watch(new t.S.Writable({ objectMode: true, write(c, e, cb) { t.out('_write', c); cb(); } }), 'w', ['close', 'error']);
  t.S.pipeline(
    async function* () { yield 1; throw new Error('gen boom'); },
    w,
    t.cb('done'),
  );
  await t.wait(10);
});

scenario('pipeline validation', (t) => {
  t.try('one', () => t.S.pipeline(new t.S.Readable(), () => {}));
  t.try('no cb', () => t.S.pipeline(new t.S.Readable(), new t.S.PassThrough()));
  t.try('bad source', () => t.S.pipeline(() => 5, new t.S.PassThrough(), () => {}));
  t.try('bad transform', () => t.S.pipeline([1], () => 5, new t.S.PassThrough(), () => {}));
  t.try('bad dest', () => t.S.pipeline([1], () => 5, () => {}));
});

scenario('pipeline returns last', (t) => {
  const w = new t.S.PassThrough();
  t.out(t.S.pipeline(new t.S.Readable({ read() {} }), w, () => {}) === w);
});

scenario('pipeline promise', async (t) => {
  const chunks = [];
  await t.P.pipeline(
    t.S.Readable.from(['x', 'y']),
    new t.S.Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  t.out('ok', chunks);
  try {
    await t.P.pipeline(
      t.S.Readable.from(['x']),
      async function* (src) { for await (const c of src) throw new Error('in ' + c); },
      new t.S.PassThrough({ objectMode: true }),
    );
  } catch (e) { t.out('caught', e); }
  const v = await t.P.pipeline(t.S.Readable.from([1, 2]), async (src) => { let s = 0; for await (const c of src) s += c; return s; });
  t.out('value', v);
});

scenario('pipeline promise abort', async (t) => {
  const ac = new AbortController();
  const r = new t.S.Readable({ read() {} });
  const p = t.P.pipeline(r, new t.S.PassThrough(), { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  await p.then(() => t.out('ok'), (e) => t.out('rejected', e));
  t.out(r.destroyed);
});

scenario('pipeline end false', async (t) => {
  const w = t.watch(new t.S.PassThrough(), 'w', ['finish', 'close']);
  await t.P.pipeline(t.S.Readable.from(['a']), w, { end: false });
  t.out('done', w.writableEnded);
});

scenario('pipeline util.promisify', async (t) => {
  const util = require('util');
  const p = util.promisify(t.S.pipeline);
  t.out(p === t.P.pipeline, util.promisify(t.S.finished) === t.P.finished, t.S.promises === t.P);
});

scenario('pipeline dest premature close', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = new t.S.Writable({ write(c, e, cb) { cb(); } });
  t.S.pipeline(r, w, t.cb('done'));
  r.push('a');
  setTimeout(() => w.destroy(), 1);
  await t.wait(10);
  t.out(r.destroyed);
});

// ---------------------------------------------------------------- misc API
scenario('addAbortSignal', async (t) => {
  const ac = new AbortController();
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['error', 'close']);
  t.out(t.S.addAbortSignal(ac.signal, r) === r);
  ac.abort();
  await t.tick(3);
  t.try('bad signal', () => t.S.addAbortSignal({}, r));
  t.try('bad stream', () => t.S.addAbortSignal(ac.signal, {}));
});

scenario('addAbortSignal already aborted', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['error', 'close']);
  t.S.addAbortSignal(AbortSignal.abort('r'), r);
  t.state(r, 'r');
  await t.tick(3);
});

scenario('is* helpers', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = new t.S.Writable({ write(c, e, cb) { cb(); } });
  t.out(t.S.isReadable(r), t.S.isWritable(r), t.S.isReadable(w), t.S.isWritable(w));
  t.out(t.S.isErrored(r), t.S.isDisturbed(r), t.S.isDestroyed(r));
  r.push('a'); r.read();
  t.out(t.S.isDisturbed(r));
  r.destroy(new Error('x')); r.on('error', () => {});
  t.out(t.S.isErrored(r), t.S.isDestroyed(r), t.S.isReadable(r));
  await t.tick(2);
  t.out(t.S.isErrored(r));
  t.out(t.S.isReadable({}), t.S.isWritable(5), t.S.isDestroyed({}), t.S.isErrored(null));
});

scenario('default high water mark', (t) => {
  t.out(t.S.getDefaultHighWaterMark(false), t.S.getDefaultHighWaterMark(true));
  t.S.setDefaultHighWaterMark(false, 1024);
  t.S.setDefaultHighWaterMark(true, 4);
  t.out(new t.S.Readable().readableHighWaterMark, new t.S.Writable({ objectMode: true }).writableHighWaterMark);
  t.try('bad', () => t.S.setDefaultHighWaterMark(false, -1));
  t.try('bad', () => t.S.setDefaultHighWaterMark(false, 'x'));
  t.S.setDefaultHighWaterMark(false, 16384);
  t.S.setDefaultHighWaterMark(true, 16);
});

scenario('destroy helper', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['error', 'close']);
  t.S.destroy(r, new Error('helper'));
  await t.tick(2);
  const r2 = t.watch(new t.S.Readable({ read() {} }), 'r2', ['error', 'close']);
  t.S.destroy(r2);
  await t.tick(2);
});

scenario('module shape', (t) => {
  t.out(Object.keys(t.S).sort());
  t.out(typeof t.S, t.S.Stream === t.S, new t.S.Readable() instanceof t.S);
  t.out(Object.keys(t.P).sort());
  t.out(t.S.Readable.name, t.S.Writable.name, t.S.Duplex.name, t.S.Transform.name, t.S.PassThrough.name);
  t.out(t.S._isUint8Array(new Uint8Array(1)), t.S._isUint8Array(Buffer.alloc(1)), t.S._isUint8Array([]));
  t.out(Buffer.isBuffer(t.S._uint8ArrayToBuffer(new Uint8Array([1]))));
  t.out(typeof t.S.Readable.prototype.map, typeof t.S.Readable.prototype.toArray, t.S.Readable.prototype.map.length);
});

// ---------------------------------------------------------------- operators
scenario('op map filter toArray', async (t) => {
  const R = t.S.Readable;
  t.out(await R.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  t.out(await R.from([1, 2, 3]).map(async (x) => x + 1, { concurrency: 2 }).toArray());
});

scenario('op reduce some every find forEach', async (t) => {
  const R = t.S.Readable;
  t.out(await R.from([1, 2, 3]).reduce((a, b) => a + b));
  t.out(await R.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await R.from([]).reduce((a, b) => a + b); } catch (e) { t.out('caught', e); }
  t.out(await R.from([1, 2, 3]).some((x) => x > 2), await R.from([1, 2, 3]).every((x) => x > 2));
  t.out(await R.from([1, 2, 3]).find((x) => x > 1));
  await R.from([1, 2]).forEach((x) => t.out('each', x));
});

scenario('op drop take flatMap', async (t) => {
  const R = t.S.Readable;
  t.out(await R.from([1, 2, 3, 4]).drop(1).take(2).toArray());
  t.out(await R.from([1, 2]).flatMap((x) => [x, x]).toArray());
  t.try('drop -1', () => R.from([1]).drop(-1));
  t.try('take NaN', () => R.from([1]).take('x') instanceof R);
});

scenario('op validation', async (t) => {
  const R = t.S.Readable;
  t.try('map', () => R.from([1]).map(5));
  t.try('map conc', () => R.from([1]).map((x) => x, { concurrency: 0 }));
  t.try('map opts', () => R.from([1]).map((x) => x, 5));
  try { await R.from([1]).forEach(5); } catch (e) { t.out('forEach', e); }
  try { await R.from([1]).reduce(5); } catch (e) { t.out('reduce', e); }
  try { await R.from([1]).toArray(5); } catch (e) { t.out('toArray', e); }
});

scenario('op map error', async (t) => {
  try {
    await t.S.Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map2'); return x; }).toArray();
  } catch (e) { t.out('caught', e); }
});

scenario('op toArray signal', async (t) => {
  const ac = new AbortController();
  const r = new t.S.Readable({ objectMode: true, read() {} });
  r.push(1);
  const p = r.toArray({ signal: ac.signal });
  setTimeout(() => { ac.abort(); r.push(2); }, 1);
  await p.then((v) => t.out('v', v), (e) => t.out('rejected', e));
});

// ---------------------------------------------------------------- compose / Duplex.from
scenario('duplex from generator', async (t) => {
  const d = t.S.Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
  d.on('data', (c) => t.out('data', c));
  d.on('end', () => t.out('end'));
  d.write('a'); d.end('b');
  await t.wait(10);
});

scenario('duplex from iterable and promise', async (t) => {
  t.watch(t.S.Duplex.from([1, 2]), 'i', ['data', 'end']);
  t.watch(t.S.Duplex.from(Promise.resolve('p')), 'p', ['data', 'end']);
  t.try('bad', () => t.S.Duplex.from(5));
  await t.wait(5);
});

scenario('compose', async (t) => {
  const c = t.S.compose(
    new t.S.Transform({ transform(ch, e, cb) { cb(null, ch.toString() + '1'); } }),
    async function* (src) { for await (const ch of src) yield ch.toString() + '2'; },
  );
  c.on('data', (d) => t.out('data', d));
  c.on('end', () => t.out('end'));
  c.end('x');
  await t.wait(10);
});

// ---------------------------------------------------------------- batch 2
scenario('from readable events', async (t) => {
  const r = t.S.Readable.from([1, 2, 3]);
  r.on('readable', () => { let c; t.out('readable'); while ((c = r.read()) !== null) t.out('read', c); });
  t.watch(r, 'r', ['end', 'close']);
  await t.tick(5);
});

scenario('from async generator readable', async (t) => {
  async function* g() { yield 'a'; yield 'b'; }
  const r = t.S.Readable.from(g(), { objectMode: false });
  t.out(r.readableObjectMode, r.readableHighWaterMark);
  t.watch(r, 'r');
  await t.tick(5);
});

scenario('from destroy returns iterator', async (t) => {
  function* g() { try { yield 1; yield 2; } finally { t.out('gen finally'); } }
  const r = t.watch(t.S.Readable.from(g()), 'r', ['close', 'error', 'data']);
  r.once('data', () => r.destroy());
  await t.tick(5);
});

scenario('iterator autoDestroy false error', async (t) => {
  const r = new t.S.Readable({ read() {}, autoDestroy: false });
  r.push('a');
  setTimeout(() => r.emit('error', new Error('plain emit')), 1);
  try { for await (const c of r) t.out('it', c); } catch (e) { t.out('caught', e); }
  t.state(r, 'r');
});

scenario('iterator on ended stream', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push(null); r.resume();
  await t.tick(3);
  for await (const c of r) t.out('it', c);
  t.out('done');
});

scenario('iterator legacy stream', async (t) => {
  const EE = require('events');
  const old = new EE();
  const it = t.S.Readable.prototype[Symbol.asyncIterator].call(old);
  setTimeout(() => { old.emit('data', 'x'); old.emit('end'); }, 1);
  for await (const c of it) t.out('it', c);
  t.out('done');
});

scenario('end listener after end', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push(null); r.resume();
  await t.tick(3);
  r.on('end', () => t.out('late end'));
  await t.tick(3);
  t.state(r, 'r');
});

scenario('readable then push null in between', async (t) => {
  const r = new t.S.Readable({ read() {} });
  r.on('readable', () => { t.out('readable', r.readableLength); t.out('read', r.read()); });
  r.on('end', () => t.out('end'));
  r.push('a');
  await t.tick(1);
  r.push('b'); r.push(null);
  await t.tick(3);
});

scenario('hwm 0 flowing', async (t) => {
  let i = 0;
  const r = new t.S.Readable({ highWaterMark: 0, read() { t.out('_read'); setTimeout(() => this.push(i < 2 ? String(i++) : null), 1); } });
  t.watch(r, 'r', ['data', 'end']);
  await t.wait(20);
});

scenario('hwm 0 read(0)', async (t) => {
  const r = new t.S.Readable({ highWaterMark: 0, read() { t.out('_read'); } });
  r.push('x');
  t.out(r.read(0), r.readableLength);
  r.on('readable', () => t.out('readable', r.read()));
  await t.tick(3);
});

scenario('setEncoding strings different encodings', (t) => {
  const r = new t.S.Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('616263', 'hex');
  r.push('xyz');
  r.push(Buffer.from('!'));
  t.out(r.read());
  r.setEncoding('base64');
  r.push('hi');
  t.out(r.read());
});

scenario('Readable.wrap static', async (t) => {
  const EE = require('events');
  const old = new EE();
  const r = t.S.Readable.wrap(old);
  t.watch(r, 'r', ['data', 'end', 'close']);
  t.out(r.readableObjectMode);
  old.emit('data', { a: 1 });
  old.emit('end');
  await t.tick(3);
});

scenario('destroy in data handler', async (t) => {
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['end', 'close', 'error']);
  r.on('data', (d) => { t.out('data', d); r.destroy(); });
  r.push('a'); r.push('b'); r.push(null);
  await t.tick(3);
});

scenario('writev allNoop', async (t) => {
  const w = new t.S.Writable({
    write(c, e, cb) { t.out('_write', c); setTimeout(cb, 1); },
    writev(chunks, cb) { t.out('_writev', chunks.length); setTimeout(() => cb(new Error('wv')), 1); },
  });
  w.on('error', (e) => t.out('error', e));
  w.write('a'); w.write('b'); w.write('c');
  await t.wait(10);
});

scenario('write in finish handler', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => { t.out('finish', w.writableFinished); t.try('write', () => w.write('x', t.cb('wcb'))); });
  w.on('error', (e) => t.out('error', e));
  w.on('close', () => t.out('close'));
  w.end();
  await t.tick(4);
});

scenario('end twice with callbacks', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('a');
  w.end(t.cb('end1'));
  w.end(t.cb('end2'));
  w.on('finish', () => t.out('finish'));
  await t.wait(10);
  w.end(t.cb('end3'));
  await t.tick(2);
});

scenario('destroy in _write', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { this.destroy(); cb(); } }), 'w');
  w.write('a', t.cb('c1'));
  w.write('b', t.cb('c2'));
  await t.tick(3);
});

scenario('destroy in _final', async (t) => {
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); }, final(cb) { this.destroy(new Error('fin destroy')); cb(); } }), 'w');
  w.end(t.cb('endcb'));
  await t.tick(3);
});

scenario('duplex allowHalfOpen false writable first', async (t) => {
  const d = t.watch(new t.S.Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } }), 'd', ['finish', 'end', 'close']);
  d.end();
  await t.tick(3);
  t.state(d, 'd');
  d.push(null); d.resume();
  await t.tick(4);
});

scenario('unpipe inside data', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = new t.S.Writable({ write(c, e, cb) { t.out('_write', c); cb(); } });
  r.on('data', (d) => { t.out('data', d); r.unpipe(w); });
  r.pipe(w);
  r.push('a'); r.push('b');
  await t.tick(3);
  t.out(r.readableFlowing);
});

scenario('pipe chain transform objectMode', async (t) => {
  const src = t.S.Readable.from([1, 2, 3, 4, 5]);
  const tr = new t.S.Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { setTimeout(() => cb(null, c * 2), 1); } });
  const out = [];
  const w = new t.S.Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { out.push(c); t.out('w', c); setTimeout(cb, 1); } });
  t.watch(w, 'w', ['finish', 'close']);
  src.pipe(tr).pipe(w);
  await t.wait(40);
});

scenario('finished legacy stream', async (t) => {
  const EE = require('events');
  const s = new EE();
  s.pipe = () => {};
  t.S.finished(s, t.cb('fin'));
  s.emit('end');
  await t.tick(2);
  const s2 = new EE();
  s2.write = () => {};
  t.S.finished(s2, t.cb('fin2'));
  s2.emit('close');
  await t.tick(2);
});

scenario('finished destroyed writable before finish', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  t.S.finished(w, t.cb('fin'));
  w.write('a');
  w.destroy();
  await t.wait(5);
});

scenario('finished error option false', async (t) => {
  const r = new t.S.Readable({ read() {} });
  t.S.finished(r, { error: false }, t.cb('fin'));
  r.on('error', (e) => t.out('error', e));
  r.destroy(new Error('efalse'));
  await t.tick(3);
});

scenario('pipeline array arg', async (t) => {
  t.S.pipeline([t.S.Readable.from(['a']), new t.S.PassThrough({ objectMode: true }), new t.S.Writable({ objectMode: true, write(c, e, cb) { t.out('w', c); cb(); } })], t.cb('done'));
  await t.wait(5);
});

scenario('pipeline duplex middle', async (t) => {
  const d = t.S.Duplex.from(async function* (src) { for await (const c of src) yield c + c; });
  t.S.pipeline(t.S.Readable.from(['x', 'y']), d, async function (src) { const a = []; for await (const c of src) a.push(c); t.out('got', a); }, t.cb('done'));
  await t.wait(10);
});

scenario('pipeline transform error middle', async (t) => {
  const r = t.watch(t.S.Readable.from(['a', 'b']), 'r', ['close']);
  const tr = new t.S.Transform({ transform(c, e, cb) { cb(new Error('mid')); } });
  const w = t.watch(new t.S.Writable({ write(c, e, cb) { cb(); } }), 'w', ['close', 'finish']);
  t.S.pipeline(r, tr, w, t.cb('done'));
  await t.wait(10);
});

scenario('pipeline iterable into writable', async (t) => {
  const w = t.watch(new t.S.Writable({ highWaterMark: 1, write(c, e, cb) { t.out('_write', c); setTimeout(cb, 1); } }), 'w', ['finish', 'close', 'drain']);
  t.S.pipeline(['a', 'b', 'c'], w, t.cb('done'));
  await t.wait(20);
});

scenario('map concurrency ordering', async (t) => {
  const delays = [60, 10, 35, 0, 15];
  const r = t.S.Readable.from(delays).map(async (d) => { await t.wait(d); t.out('done', d); return d; }, { concurrency: 3 });
  t.out(await r.toArray());
});

scenario('map signal passed', async (t) => {
  const r = t.S.Readable.from([1]).map((x, opts) => { t.out(typeof opts, opts.signal instanceof AbortSignal, opts.signal.aborted); return x; });
  t.out(await r.toArray());
});

scenario('take early close', async (t) => {
  let pulled = 0;
  const src = new t.S.Readable({ objectMode: true, read() { pulled++; this.push(pulled); } });
  t.out(await src.take(2).toArray());
  await t.tick(2);
  t.out(src.destroyed);
});

scenario('duplex from pair', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w = new t.S.Writable({ write(c, e, cb) { t.out('w', c); cb(); } });
  const d = t.S.Duplex.from({ readable: r, writable: w });
  d.on('data', (c) => t.out('d data', c));
  d.on('end', () => t.out('d end'));
  d.on('finish', () => t.out('d finish'));
  d.write('in'); d.end();
  r.push('out'); r.push(null);
  await t.wait(10);
});

scenario('readable push returns after destroy', (t) => {
  const r = new t.S.Readable({ read() {} });
  r.destroy();
  t.out(r.push('a'), r.push(null), r.readableLength);
});

scenario('transform async callback and flush data', async (t) => {
  const tr = new t.S.Transform({
    transform(c, e, cb) { setTimeout(() => cb(null, c), 1); },
    flush(cb) { setTimeout(() => cb(null, 'END'), 1); },
  });
  tr.setEncoding('utf8');
  t.watch(tr, 't', ['data', 'end', 'finish', 'close']);
  tr.write('a'); tr.write('b'); tr.end();
  await t.wait(20);
});

scenario('writable final with pending async write', async (t) => {
  const w = t.watch(new t.S.Writable({
    write(c, e, cb) { t.out('_write', c); setTimeout(cb, 2); },
    final(cb) { t.out('_final', w.writableLength); cb(); },
  }), 'w');
  w.write('a'); w.write('b'); w.end('c');
  await t.wait(20);
});

scenario('readable unpipe all with multiple', async (t) => {
  const r = new t.S.Readable({ read() {} });
  const w1 = t.watch(new t.S.PassThrough(), 'w1', ['unpipe', 'pipe']);
  const w2 = t.watch(new t.S.PassThrough(), 'w2', ['unpipe', 'pipe']);
  r.pipe(w1); r.pipe(w2);
  r.unpipe();
  t.out(r._readableState.pipes.length, r.readableFlowing);
});

scenario('read emits data event in paused mode', (t) => {
  const r = new t.S.Readable({ read() {} });
  r.push('abc');
  r.on('data', (d) => t.out('data', d));
  r.pause();
  t.out(r.read(1));
});

// ---------------------------------------------------------------- batch 3
// The messages inspect the stream, whose internals print differently.
function codeOnly(t, name, fn) {
  try { fn(); t.out(name, 'ok'); } catch (e) { t.out(name, e.name, e.code, e.message.split(' Received')[0]); }
}

scenario('compose errors', async (t) => {
  t.try('none', () => t.S.compose());
  const ended = new t.S.PassThrough(); ended.end();
  codeOnly(t, 'not writable', () => t.S.compose(new t.S.PassThrough(), ended));
  const r = new t.S.Readable({ read() {} });
  codeOnly(t, 'not writable2', () => t.S.compose(new t.S.PassThrough(), r));
  const w = new t.S.Writable({ write(c, e, cb) { cb(); } });
  codeOnly(t, 'not readable', () => t.S.compose(w, new t.S.PassThrough()));
});

scenario('compose error propagates', async (t) => {
  const c = t.S.compose(
    new t.S.PassThrough(),
    new t.S.Transform({ transform(ch, e, cb) { cb(new Error('in compose')); } }),
  );
  c.on('error', (e) => t.out('error', e));
  c.on('close', () => t.out('close'));
  c.write('x');
  await t.wait(10);
});

scenario('compose readable-only result', async (t) => {
  const c = t.S.compose(t.S.Readable.from(['a', 'b']), async function* (src) { for await (const x of src) yield x + '1'; });
  t.out(c.readable, c.writable);
  t.out(await c.toArray());
});

scenario('Readable.prototype.compose', async (t) => {
  const out = await t.S.Readable.from([1, 2]).compose(async function* (src) { for await (const x of src) yield x * 3; }).toArray();
  t.out(out);
});

scenario('duplex from async fn promise', async (t) => {
  const got = [];
  const d = t.S.Duplex.from(async function (src) { for await (const c of src) got.push(String(c)); });
  d.on('finish', () => t.out('finish', got));
  d.on('close', () => t.out('close'));
  d.write('a'); d.end('b');
  await t.wait(10);
});

scenario('duplex from async fn returning value', async (t) => {
  const d = t.S.Duplex.from(async function (src) { for await (const c of src) void c; return 5; });
  d.on('error', (e) => t.out('error', e));
  d.end('a');
  await t.wait(10);
});

scenario('duplex from bad function', (t) => {
  t.try('fn', () => t.S.Duplex.from(() => 5));
  t.try('dup', () => { const p = new t.S.PassThrough(); return t.S.Duplex.from(p) === p; });
});

scenario('duplexPair', async (t) => {
  const [a, b] = t.S.duplexPair();
  b.on('data', (d) => t.out('b data', d));
  a.on('data', (d) => t.out('a data', d));
  b.on('end', () => t.out('b end'));
  a.write('to b');
  b.write('to a');
  a.end();
  await t.wait(10);
});

scenario('map highWaterMark option', async (t) => {
  let started = 0;
  const r = t.S.Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => { started++; await t.wait(2); return x; }, { concurrency: 2, highWaterMark: 1 });
  await t.wait(1);
  t.out('started', started);
  t.out(await r.toArray());
});

scenario('asIndexedPairs', async (t) => {
  t.out(await t.S.Readable.from(['a', 'b']).asIndexedPairs().toArray());
});

scenario('op on errored stream', async (t) => {
  const r = new t.S.Readable({ objectMode: true, read() {} });
  r.push(1);
  setTimeout(() => r.destroy(new Error('src err')), 1);
  try { await r.map((x) => x).toArray(); } catch (e) { t.out('caught', e); }
});

scenario('reduce with signal aborted', async (t) => {
  const r = t.watch(t.S.Readable.from([1, 2]), 'r', ['close', 'error']);
  try { await r.reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() }); } catch (e) { t.out('caught', e); }
});

scenario('pipeline duplex from pair', async (t) => {
  const inner = new t.S.PassThrough();
  const d = t.S.Duplex.from({ readable: inner, writable: inner });
  const chunks = [];
  t.S.pipeline(t.S.Readable.from(['q']), d, new t.S.Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }), (err) => t.out('done', err, chunks));
  await t.wait(10);
});

scenario('pipeline with end false on pipe stage not last', async (t) => {
  const a = new t.S.PassThrough();
  const b = new t.S.PassThrough();
  t.S.pipeline(a, b, t.cb('done'));
  a.end('x');
  b.resume();
  await t.wait(5);
  t.state(b, 'b');
});

scenario('readable destroy while reading async', async (t) => {
  const r = t.watch(new t.S.Readable({ read() { setTimeout(() => this.push('late'), 1); } }), 'r', ['data', 'close', 'error', 'end']);
  r.resume();
  await t.tick(1);
  r.destroy();
  await t.wait(5);
});

scenario('writable writableNeedDrain in pipe', async (t) => {
  const w = new t.S.Writable({ highWaterMark: 1, write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('xx');
  t.out(w.writableNeedDrain);
  const r = t.watch(new t.S.Readable({ read() {} }), 'r', ['pause', 'resume']);
  r.pipe(w);
  t.out(r.readableFlowing);
  r.push('a'); r.push(null);
  await t.wait(10);
});

// ---------------------------------------------------------------------------

async function runOne(sc, S, P) {
  const ctx = makeCtx(S, P);
  const onUncaught = (e) => ctx.log.push(`uncaught ${show(e)}`);
  const onUnhandled = (e) => ctx.log.push(`unhandledRejection ${show(e)}`);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUnhandled);
  try {
    await sc.fn(ctx);
  } catch (e) {
    ctx.log.push(`scenario threw ${show(e)}`);
  }
  await ctx.wait(5);
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUnhandled);
  return ctx.log;
}

async function main() {
  const filter = process.argv[2];
  let failed = 0;
  let ran = 0;
  for (const sc of scenarios) {
    if (filter && !sc.name.includes(filter)) continue;
    ran++;
    const expected = await runOne(sc, nodeStream, nodePromises);
    const actual = await runOne(sc, ours, oursPromises);
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) {
      failed++;
      console.log(`MISMATCH: ${sc.name}`);
      const n = Math.max(actual.length, expected.length);
      for (let i = 0; i < n; i++) {
        const mark = actual[i] === expected[i] ? '  ' : '!!';
        console.log(`  ${mark} node: ${expected[i]}`);
        if (mark === '!!') console.log(`     ours: ${actual[i]}`);
      }
    } else if (process.env.VERBOSE) {
      console.log(`ok ${sc.name}`);
    }
  }
  console.log(`${ran - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
