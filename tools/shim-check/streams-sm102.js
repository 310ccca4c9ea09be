// Smoke test of eddy's stream modules on SpiderMonkey 102 itself (the
// engine eddy embeds), through the js102 shell, before eddy can run them:
//
//   js102 tools/shim-check/streams-sm102.js
//
// A tiny harness stands in for the runtime: lib/ modules (events, errors,
// validators, streams) are loaded from disk; Buffer, process.nextTick and
// timers are minimal stand-ins. Prints "N passed, N failed".
'use strict';

const LIB = 'lib/';
const cache = Object.create(null);

// --- minimal Buffer: enough for latin1/utf8 strings and byte chunks -------
class FakeBuffer extends Uint8Array {
  static from(value, encOrOffset, length) {
    if (typeof value === 'string') {
      const bytes = [];
      const s = unescape(encodeURIComponent(value));
      for (let i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i));
      return FakeBuffer.fromArray(bytes);
    }
    if (value instanceof ArrayBuffer) {
      const b = new FakeBuffer(value, encOrOffset || 0, length === undefined ? value.byteLength - (encOrOffset || 0) : length);
      return b;
    }
    return FakeBuffer.fromArray(Array.from(value));
  }
  static fromArray(arr) { const b = new FakeBuffer(arr.length); b.set(arr); return b; }
  static allocUnsafe(n) { return new FakeBuffer(n); }
  static alloc(n) { return new FakeBuffer(n); }
  static isBuffer(b) { return b instanceof FakeBuffer; }
  static isEncoding(e) { return ['utf8', 'utf-8', 'latin1', 'hex', 'base64', 'buffer'].includes(String(e).toLowerCase()); }
  static concat(list, total) {
    if (total === undefined) total = list.reduce((a, b) => a + b.length, 0);
    const out = new FakeBuffer(total);
    let off = 0;
    for (const b of list) { out.set(b, off); off += b.length; }
    return out;
  }
  slice(a, b) { const s = this.subarray(a, b); return new FakeBuffer(s.buffer, s.byteOffset, s.length); }
  toString() { let s = ''; for (let i = 0; i < this.length; i++) s += String.fromCharCode(this[i]); return decodeURIComponent(escape(s)); }
}

// --- process.nextTick / timers on the promise job queue --------------------
const ticks = [];
let draining = false;
function drainTicks() {
  draining = false;
  while (ticks.length) { const [fn, args] = ticks.shift(); fn(...args); }
}
const timers = [];
const fakeProcess = {
  nextTick(fn, ...args) {
    ticks.push([fn, args]);
    if (!draining) { draining = true; Promise.resolve().then(drainTicks); }
  },
  emitWarning() {},
  stdout: {}, stderr: {},
  env: {},
};

const natives = {
  buffer: { Buffer: FakeBuffer },
  string_decoder: { StringDecoder: class { constructor(e) { this.encoding = e; } write(b) { return typeof b === 'string' ? b : b.toString(); } end() { return ''; } } },
  'internal/util/inspect': { inspect: (v) => (typeof v === 'string' ? `'${v}'` : String(v)) },
};

function load(id) {
  if (natives[id]) return natives[id];
  if (cache[id]) return cache[id].exports;
  const module = { exports: {} };
  cache[id] = module;
  const src = os.file.readFile(`${LIB}${id}.js`);
  const fn = new Function('exports', 'require', 'module', 'process', 'internalBinding', src);
  fn.call(module.exports, module.exports, load, module, fakeProcess, () => { throw new Error('no bindings'); });
  return module.exports;
}

if (!Error.captureStackTrace) Error.captureStackTrace = function() {};
globalThis.Buffer = FakeBuffer;
if (typeof AbortController === 'undefined') {
  globalThis.AbortSignal = class { constructor() { this.aborted = false; this.l = []; } addEventListener(t, f) { this.l.push(f); } removeEventListener() {} };
  globalThis.AbortController = class { constructor() { this.signal = new AbortSignal(); } abort(r) { this.signal.aborted = true; this.signal.reason = r; for (const f of this.signal.l) f(); } };
}

const S = load('stream');
const P = load('stream/promises');

let passed = 0;
let failed = 0;
const checks = [];
function check(name, fn) { checks.push([name, fn]); }
function eq(a, b) {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) throw new Error(`expected ${y}, got ${x}`);
}
const settle = () => new Promise((res) => { let n = 0; const step = () => (n++ < 20 ? fakeProcess.nextTick(() => Promise.resolve().then(step)) : res()); step(); });

check('readable flowing', async () => {
  const log = [];
  const r = new S.Readable({ read() {} });
  r.on('data', (d) => log.push('data:' + d.toString()));
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.push('ab'); r.push('c'); r.push(null);
  await settle();
  eq(log, ['data:ab', 'data:c', 'end', 'close']);
});

check('writable order', async () => {
  const log = [];
  const w = new S.Writable({ write(c, e, cb) { log.push('w:' + c.toString()); cb(); } });
  w.on('finish', () => log.push('finish'));
  w.on('close', () => log.push('close'));
  w.write('a', () => log.push('cb'));
  w.end('b');
  await settle();
  eq(log, ['w:a', 'w:b', 'cb', 'finish', 'close']);
});

check('transform + pipe', async () => {
  const out = [];
  const t = new S.Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const w = new S.Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  const r = new S.Readable({ read() {} });
  r.pipe(t).pipe(w);
  r.push('x'); r.push('y'); r.push(null);
  await settle();
  eq(out, ['X', 'Y']);
});

check('async iterator and from', async () => {
  const got = [];
  for await (const x of S.Readable.from([1, 2, 3])) got.push(x);
  eq(got, [1, 2, 3]);
  eq(await S.Readable.from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);
});

check('pipeline promise', async () => {
  const v = await P.pipeline(S.Readable.from(['a', 'b']), async function* (src) { for await (const c of src) yield c + '!'; },
                             async (src) => { let s = ''; for await (const c of src) s += c; return s; });
  eq(v, 'a!b!');
});

check('errors', async () => {
  const w = new S.Writable({ write(c, e, cb) { cb(); } });
  const errs = [];
  w.on('error', (e) => errs.push(e.code));
  w.end();
  w.write('x', (e) => errs.push('cb:' + e.code));
  await settle();
  eq(errs, ['cb:ERR_STREAM_WRITE_AFTER_END', 'ERR_STREAM_WRITE_AFTER_END']);
  const r = new S.Readable({ read() {} });
  r.on('error', (e) => errs.push(e.message));
  eq(r.push(5), false);
  await settle();
  eq(errs.slice(2), ['The "chunk" argument must be of type string or an instance of Buffer, ' +
                     'TypedArray, or DataView. Received type number (5)']);
  eq(new S.Duplex() instanceof S.Writable, true);
});

(async () => {
  for (const [name, fn] of checks) {
    try { await fn(); passed++; } catch (e) { failed++; print(`FAIL ${name}: ${e && e.stack || e}`); }
  }
  print(`${passed} passed, ${failed} failed`);
})();
