'use strict';
// Differential API fuzzer: calls every exported function / class / method of
// one public module with argument lists drawn from a pool of nasty values and
// logs, for every call, the call (before it is made) and its outcome.
//
//   api-fuzz.js --module NAME --seed N --log FILE [--iters N] [--budget SEC]
//               [--targets REGEX] [--skip KEY,KEY] [--resume-after KEY]
//   api-fuzz.js --list                      module names
//   api-fuzz.js --eval 'EXPR'               run one logged expression (repro)
//
// Runs the same way under node and eddy; tools/fuzz/run.sh runs it on both
// and tools/fuzz/compare.js diffs the logs. Every call is written to the log
// as "C\tKEY\tEXPR" before it runs and "R\tKEY\tRESULT\tMS\tVALUE" after, so
// the last C line without an R line names the call that crashed or hung.
// EXPR is plain JavaScript (with H = helpers, require, __cb = callback):
// `--eval` runs it alone.
//
// Safety: the fuzzer chdirs into a fresh temp dir (under $TMPDIR) first, and
// every path in the pools is relative or inside that dir; it never sends
// signals, never spawns anything but process.execPath, and stops after the
// time budget.

const fs = require('fs');
const path = require('path');
const os = require('os');

const argv = process.argv.slice(2);
function opt(name, dflt) {
  const i = argv.indexOf('--' + name);
  return i === -1 ? dflt : argv[i + 1];
}

// ---------------------------------------------------------------- PRNG ----
function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
function rngFrom(str) {
  let a = hash32(str) || 1;
  const next = () => {
    a = (a + 0x6D2B79F5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

// ------------------------------------------------------------- helpers ----
// Everything a pool expression may use. Source-compatible with a repro.
function makeHelpers(tmp) {
  const H = { tmp, fds: [] };
  const boom = (what) => () => { throw new Error('fuzz-' + what); };
  const allTraps = {};
  for (const t of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'apply',
    'construct', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible',
    'preventExtensions', 'getOwnPropertyDescriptor', 'defineProperty']) {
    allTraps[t] = boom('trap-' + t);
  }
  H.throwErr = function () { throw new Error('fuzz-throw'); };
  H.proxyAll = () => new Proxy({}, allTraps);
  H.proxyFn = () => new Proxy(function () {}, allTraps);
  H.proxyArr = () => new Proxy([1, 2], allTraps);
  H.revoked = () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; };
  H.revokedFn = () => { const r = Proxy.revocable(function () {}, {}); r.revoke(); return r.proxy; };
  H.getters = () => {
    const o = {};
    for (const k of ['encoding', 'flag', 'flags', 'mode', 'length', 'recursive', 'signal',
      'highWaterMark', 'then', 'toString', 'valueOf', 'start', 'end', 'fd', 'depth',
      'objectMode', 'timeout', 'env', 'cwd', 'stdio', 'input', 'fatal', 'transfer',
      'once', 'capture', 'byteLength', 'buffer', 'byteOffset', 'href', 'name', 'code']) {
      Object.defineProperty(o, k, { get: boom('getter-' + k), enumerable: true });
    }
    return o;
  };
  H.valueOfThrow = () => ({ valueOf: boom('valueOf') });
  H.toStringThrow = () => ({ toString: boom('toString') });
  H.toPrimThrow = () => ({ [Symbol.toPrimitive]: boom('toPrimitive') });
  H.toPrimSym = () => ({ [Symbol.toPrimitive]() { return Symbol('p'); } });
  H.toPrimObj = () => ({ [Symbol.toPrimitive]() { return {}; } });
  H.iterThrow = () => ({ [Symbol.iterator]: boom('iterator') });
  H.iterBad = () => ({ [Symbol.iterator]() { return { next() { return 1; } }; } });
  H.thenThrow = () => ({ get then() { throw new Error('fuzz-then'); } });
  H.deep = (n) => { let a = []; for (let i = 0; i < n; i++) a = [a]; return a; };
  H.deepObj = (n) => { let o = {}; for (let i = 0; i < n; i++) o = { o }; return o; };
  H.circ = () => { const o = { a: 1, b: [1] }; o.self = o; o.b.push(o); return o; };
  H.circArr = () => { const a = [1]; a.push(a); return a; };
  H.circMap = () => { const m = new Map(); m.set(m, m); return m; };
  H.detached = () => {
    const ab = new ArrayBuffer(8);
    try { structuredClone(ab, { transfer: [ab] }); } catch {}
    return ab;
  };
  H.detachedU8 = () => {
    const ab = new ArrayBuffer(8);
    const u = new Uint8Array(ab);
    try { structuredClone(ab, { transfer: [ab] }); } catch {}
    return u;
  };
  H.arrGetter = () => {
    const a = [1, 2, 3];
    Object.defineProperty(a, 1, { get: boom('index-getter') });
    return a;
  };
  H.fakeBuffer = () => Object.setPrototypeOf({ length: 10 }, Buffer.prototype);
  H.fakeU8 = () => Object.setPrototypeOf({ length: 4 }, Uint8Array.prototype);
  H.subBuf = () => Buffer.from('0123456789abcdef').subarray(5, 9);
  H.offsetU16 = () => new Uint16Array(new ArrayBuffer(10), 2, 3);
  H.aborted = () => AbortSignal.abort();
  H.abortedReason = () => AbortSignal.abort(H.proxyAll());
  H.fd = () => {
    const fd = require('fs').openSync(H.tmp + '/f.txt', 'r+');
    H.fds.push(fd);
    return fd;
  };
  H.fileUrl = () => new URL('file://' + H.tmp + '/f.txt');
  H.sink = () => new (require('stream').Writable)({ write(c, e, cb) { cb(); } });
  H.setGet = (obj, prop, v) => { obj[prop] = v; return obj[prop]; };
  H.frozenBuf = () => Object.freeze(new Uint8Array(0));
  H.sparse = () => { const a = [1]; a[100] = 2; return a; };
  H.nullProto = () => Object.setPrototypeOf({ a: 1 }, null);
  H.errWeird = () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get: boom('message') }); return e; };
  H.symbolKeyed = () => ({ [Symbol('k')]: 1, a: Symbol('v') });
  H.gen = () => (function* () { yield 1; throw new Error('fuzz-gen'); })();
  return H;
}

// ---------------------------------------------------------------- pools ----
// Nasty values: each is a JavaScript expression, evaluated fresh per call.
const NASTY = [
  'undefined', 'null', 'NaN', '-0', 'Infinity', '-Infinity', '2 ** 53', '-1',
  '0x100000000', '2 ** 31', '-(2 ** 31)', '2 ** 32 - 1', '1.5', '-1e-300',
  "''", "'a'.repeat(1e5)", "'\\uD800'", "'a\\uDC00b'", "'x\\u0000y'", "'\\u0000'",
  "'\\u{1F600}'", "'%E0%A4%A'", "'%'", "'\\u00e9\\r\\n\\t'", "' '",
  "Symbol('s')", 'Symbol.iterator', '0n', '-1n', '2n ** 64n',
  '({})', '[]', 'Object.create(null)', 'Object.freeze({ a: 1 })', 'Object.freeze([1, 2])',
  'function () {}', '() => {}', 'async () => {}', 'class {}', 'H.throwErr',
  'H.proxyAll()', 'H.proxyFn()', 'H.proxyArr()', 'H.revoked()', 'H.revokedFn()', 'H.getters()',
  'H.valueOfThrow()', 'H.toStringThrow()', 'H.toPrimThrow()', 'H.toPrimSym()', 'H.toPrimObj()',
  'H.iterThrow()', 'H.iterBad()', 'H.thenThrow()',
  'Buffer.alloc(0)', 'Buffer.from([1])', 'Buffer.alloc(100, 0x61)', 'Buffer.alloc(5000, 0x61)',
  'H.subBuf()', 'H.fakeBuffer()', 'H.fakeU8()', 'H.frozenBuf()',
  'new Uint8Array(3)', 'new Uint16Array([1, 2, 0xd800])', 'H.offsetU16()', 'new Float64Array([NaN, -0])',
  'new BigInt64Array(2)', 'new DataView(new ArrayBuffer(8), 2)', 'new ArrayBuffer(16)',
  'new SharedArrayBuffer(16)', 'new Uint8Array(new SharedArrayBuffer(4))', 'H.detached()', 'H.detachedU8()',
  'new Date(NaN)', '/a(b)?/g', "new Map([[1, 2]])", 'new Set([1])', 'new WeakMap()',
  'H.deep(1e4)', 'H.deep(1e5)', 'H.deepObj(1e4)', 'H.circ()', 'H.circArr()', 'H.circMap()',
  "new Error('e')", 'H.errWeird()', 'new Promise(() => {})', 'Promise.resolve(1)',
  'H.aborted()', 'H.abortedReason()', '({ length: 2 ** 53 })', '({ length: -1 })', 'new Array(5)',
  'H.arrGetter()', 'H.sparse()', 'H.nullProto()', 'H.symbolKeyed()', 'H.gen()',
  "new String('abc')", 'new Number(1)', 'Object(1n)', 'Object(Symbol())',
  // option-shaped objects
  "({ encoding: 'bogus' })", "({ encoding: 'buffer' })", "({ encoding: 'hex' })",
  '({ recursive: true })', "({ flag: 'bogus' })", '({ mode: -1 })', '({ mode: 0o7777 })',
  '({ signal: H.aborted() })', '({ signal: {} })', '({ highWaterMark: -1 })', '({ highWaterMark: 2 ** 53 })',
  '({ start: -1, end: NaN })', '({ start: 2, end: 1 })', "({ withFileTypes: 'yes' })",
  "({ timeout: 1, killSignal: 'SIGBOGUS' })", '({ maxBuffer: 0 })', '({ depth: Infinity, colors: true, showHidden: true, getters: true })',
  '({ objectMode: true, highWaterMark: 0 })', '({ fd: -1 })', '({ fd: 2 ** 53 })', '({ bigint: true })',
  '({ throwIfNoEntry: false })', '({ position: -2, offset: -1, length: 2 ** 53 })', "({ once: true, capture: true, passive: 'x' })",
  "({ stdio: ['pipe', 'bogus'] })", '({ env: H.proxyAll() })', "({ cwd: 'nonexistent' })",
  '({ fatal: true, ignoreBOM: true })', '({ transfer: [new ArrayBuffer(1)] })', '({ transfer: [1] })',
  '({ breakLength: -1, maxArrayLength: -1, maxStringLength: NaN, compact: -1 })',
  "({ filename: 'x\\u0000', lineOffset: 2 ** 53, columnOffset: -1, displayErrors: 'x', timeout: -1 })",
  '({ __proto__: null, length: 3, 0: 1 })', "({ type: 'bogus', name: 'x' })", "({ type: 'module' })",
];

// Reasonable values, so that calls get past argument validation.
const SANE = [
  "'utf8'", "'hex'", "'base64'", "'latin1'", "'ucs2'", "'a'", "'abc'", '0', '1', '2', '10',
  'true', 'false', '({})', '[]', '() => {}', "Buffer.from('abc')", 'new Uint8Array([1, 2, 3])',
  "'error'", "'data'", "'foo'",
];

// ------------------------------------------------------------- targets ----
// A target: { key, gen(rng) -> expr, cb?: true, nocompare?: true }.
function argList(rng, sane, n) {
  if (n === undefined) n = rng.pick([0, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
  const out = [];
  for (let i = 0; i < n; i++) out.push(rng() < 0.5 ? rng.pick(NASTY) : rng.pick(sane));
  return out.join(', ');
}
function ident(name) { return /^[A-Za-z_$][\w$]*$/.test(name) ? '.' + name : '[' + JSON.stringify(name) + ']'; }
function isClassLike(fn, name) {
  if (!/^[A-Z]/.test(name)) return false;
  try {
    if (/^class\b/.test(Function.prototype.toString.call(fn))) return true;
    return !!fn.prototype && Object.getOwnPropertyNames(fn.prototype).length > 1;
  } catch { return false; }
}
function protoMethods(inst) {
  const methods = new Set();
  const setters = new Set();
  let o = inst;
  while (o && o !== Object.prototype && o !== Function.prototype) {
    for (const k of Object.getOwnPropertyNames(o)) {
      if (k === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (typeof d.value === 'function') methods.add(k);
      else if (d.set) setters.add(k);
    }
    o = Object.getPrototypeOf(o);
  }
  return { methods: [...methods].sort(), setters: [...setters].sort() };
}

class Targets {
  constructor(sane, skip = []) {
    this.list = [];
    this.sane = sane;
    this.skip = new Set(skip);
    this.seen = new Set();
  }
  add(key, gen, extra) {
    if (this.skip.has(key)) return;
    this.list.push(Object.assign({ key, gen }, extra));
  }
  call(key, src, extra) {
    this.add(key, (rng) => `${src}(${argList(rng, this.sane)})`, extra);
  }
  // Every own function of namespace `ns` (source `src`).
  namespace(prefix, src, ns, opts = {}) {
    for (const name of Object.getOwnPropertyNames(ns).sort()) {
      if (opts.filter && !opts.filter(name)) continue;
      let d;
      try { d = Object.getOwnPropertyDescriptor(ns, name); } catch { continue; }
      const fn = d && d.value;
      if (typeof fn !== 'function' || ['length', 'name', 'prototype', 'caller', 'arguments'].includes(name)) continue;
      if (this.seen.has(fn)) continue;
      this.seen.add(fn);
      const key = prefix + '.' + name;
      if (isClassLike(fn, name)) this.klass(key, src + ident(name), fn, (opts.inst || {})[name]);
      else this.call(key, src + ident(name));
    }
  }
  // A class: construct it, call it, its statics, its methods and setters on
  // a fresh instance made by one of `instSrcs`.
  klass(key, src, C, instSrcs) {
    this.seen.add(C);
    this.add('new ' + key, (rng) => `new (${src})(${argList(rng, this.sane)})`);
    this.add(key + '()', (rng) => `(${src})(${argList(rng, this.sane)})`);
    this.namespace(key, src, C);
    instSrcs = instSrcs || [`new (${src})()`];
    let inst;
    try { inst = evalExpr(instSrcs[0]); } catch { return; }
    const { methods, setters } = protoMethods(inst);
    for (const m of methods) {
      if (this.skip.has(key + '#' + m)) continue;
      this.add(key + '#' + m, (rng) => {
        const self = rng.pick(instSrcs);
        if (rng() < 0.1) {
          return `Reflect.apply((${self})${ident(m)}, ${rng.pick(NASTY)}, [${argList(rng, this.sane)}])`;
        }
        return `(${self})${ident(m)}(${argList(rng, this.sane)})`;
      });
    }
    for (const s of /State$/.test(key) ? [] : setters) {
      this.add(key + '#set:' + s, (rng) =>
        `H.setGet(${rng.pick(instSrcs)}, ${JSON.stringify(s)}, ${argList(rng, this.sane, 1)})`);
    }
    // A few calls in a row on one instance (crash hunting only).
    if (methods.length) {
      this.add(key + '#seq', (rng) => {
        const calls = [];
        for (let i = 0; i < 4; i++) calls.push(`o${ident(rng.pick(methods))}(${argList(rng, this.sane)})`);
        return `(() => { const o = ${rng.pick(instSrcs)}; const r = []; ` +
          calls.map((c) => `try { r.push(${c}); } catch (e) { r.push(e); }`).join(' ') + ' return r; })()';
      }, { nocompare: true });
    }
  }
}

const R = (m) => `require('${m}')`;

// No small numbers but 0, 1, 2 for the fs functions: as fds they would hit
// the runtime's own descriptors (closing libuv's epoll fd aborts node too).
const FS_SANE = SANE.filter((v) => !/^\d+$/.test(v) || +v <= 2).concat([
  "'f.txt'", "'d'", "'new.txt'", "'d/x'", "'link'", "H.tmp + '/f.txt'", 'H.fileUrl()',
  "Buffer.from('f.txt')", 'H.fd()', 'H.fd()', "'r'", "'w'", "'a+'", '0o644', '({ recursive: true })',
  "({ encoding: 'utf8' })", '({ withFileTypes: true })', "({ flag: 'r' })", "'hello'", 'Buffer.alloc(10)',
  '1000', '({ bigint: true })', '({ force: true, recursive: true })', '[Buffer.alloc(4), Buffer.alloc(2)]',
]);
const FS_SKIP = ['fs.watchFile', 'fs.unwatchFile', 'fs.watch'];

const MODULES = {
  fs(T) {
    const f = require('fs');
    T.sane = FS_SANE;
    for (const name of Object.keys(f).sort()) {
      if (typeof f[name] !== 'function' || FS_SKIP.includes('fs.' + name)) continue;
      if (name.endsWith('Sync')) T.call('fs.' + name, R('fs') + '.' + name);
      else if (typeof f[name + 'Sync'] === 'function') continue;
      else if (isClassLike(f[name], name)) T.klass('fs.' + name, R('fs') + '.' + name, f[name], {
        ReadStream: ["require('fs').createReadStream('f.txt')"],
        WriteStream: ["require('fs').createWriteStream('new.txt')"],
      }[name] || ["new (require('fs')." + name + ')()']);
      else T.call('fs.' + name, R('fs') + '.' + name);
    }
  },
  'fs-cb'(T) {
    const f = require('fs');
    T.sane = FS_SANE;
    for (const name of Object.keys(f).sort()) {
      if (typeof f[name] === 'function' && typeof f[name + 'Sync'] === 'function') {
        T.add('fs.' + name, (rng) => {
          const a = argList(rng, T.sane);
          return `${R('fs')}.${name}(${a}${a ? ', ' : ''}__cb)`;
        }, { cb: true });
      }
    }
  },
  'fs-promises'(T) {
    T.sane = FS_SANE;
    T.namespace('fs.promises', R('fs') + '.promises', require('fs').promises, { filter: (n) => n !== 'watch' });
  },
  path(T) {
    T.sane = SANE.concat(["'a/b'", "'/x/y/../z'", "'..'", "'.'", "'C:\\\\x\\\\y'", "'\\\\\\\\srv\\\\share\\\\f'",
      "'file.txt'", "'.js'", "'/'", "'a//b/./c/'", "({ dir: '/x', base: 'y.js' })", "({ root: '/', name: 'n', ext: 'e' })"]);
    T.namespace('path', R('path'), require('path'));
    T.namespace('path.posix', R('path') + '.posix', require('path').posix);
    T.namespace('path.win32', R('path') + '.win32', require('path').win32);
  },
  util(T) {
    T.sane = SANE.concat(["'%s %d %i %f %j %o %O %c %%'", "'%s'", "({ options: { x: { type: 'string' } }, args: ['--x', 'y'] })",
      "'text/html; charset=utf-8'", "'red'", '-2', 'H.circ()']);
    const u = require('util');
    T.namespace('util', R('util'), u, {
      filter: (n) => !['TextEncoder', 'TextDecoder'].includes(n),
      inst: { MIMEType: ["new (require('util').MIMEType)('text/html; charset=utf-8')"],
        MIMEParams: ["new (require('util').MIMEParams)()"] },
    });
    T.namespace('util.types', R('util') + '.types', u.types);
  },
  events(T) {
    const E = require('events');
    T.klass('EventEmitter', R('events'), E, ["new (require('events'))()",
      "(() => { const e = new (require('events'))(); e.on('foo', () => {}); e.on('error', () => {}); return e; })()"]);
    T.namespace('events', R('events'), E, {
      inst: { EventEmitterAsyncResource: ["new (require('events').EventEmitterAsyncResource)({ name: 'x' })"] },
    });
  },
  buffer(T) {
    const b = require('buffer');
    T.namespace('buffer', R('buffer'), b, {
      filter: (n) => n !== 'Buffer' && n !== 'SlowBuffer',
      inst: { Blob: ["new (require('buffer').Blob)(['abc'])"], File: ["new (require('buffer').File)(['abc'], 'f')"] },
    });
    T.klass('Buffer', 'Buffer', Buffer, ["Buffer.alloc(100, 0x61)", "Buffer.alloc(0)", "Buffer.from([1])",
      "Buffer.alloc(5000, 0x61)", "H.subBuf()", "Buffer.from('\\u00e9\\u{1F600}abc')"]);
    T.call('buffer.SlowBuffer', R('buffer') + '.SlowBuffer');
  },
  url(T) {
    T.sane = SANE.concat(["'http://u:p@a.com:8080/p/a?q=1&r=2#h'", "'file:///x/y'", "'https://xn--nxasmq6b.com/'",
      "'a=1&b=2&a=3'", "'//host/p'", "'mailto:x@y'", "'http://[::1]:80/'", "'http://a.com'", "'/p?x#y'",
      "new URL('http://a.com/b')", "'http://1.2.3.4/'", "'blob:nodedata:x'", "'ws://h'", "'http:'"]);
    const u = require('url');
    T.namespace('url', R('url'), u, {
      inst: {
        URL: ["new URL('http://u:p@a.com:8080/p/a?q=1&r=2#h')", "new URL('file:///x/y')", "new URL('blob:http://a/b')"],
        URLSearchParams: ["new URLSearchParams('a=1&b=2&a=3')", 'new URLSearchParams()', "new URL('http://a/?x=1').searchParams"],
        Url: ["require('url').parse('http://u:p@a.com:8080/p/a?q=1#h')"],
      },
    });
  },
  querystring(T) {
    T.sane = SANE.concat(["'a=1&b=2&a=3'", "'&'", "'='", "'%'", "'+'", "';'", "':'", "({ a: [1, 2], b: 'x' })",
      "'a%20b%zz'", '({ maxKeys: 1 })', '({ decodeURIComponent: H.throwErr })', '({ encodeURIComponent: () => 1 })']);
    T.namespace('querystring', R('querystring'), require('querystring'));
  },
  string_decoder(T) {
    const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
    T.sane = SANE.concat(["Buffer.from([0xe2, 0x82])", "Buffer.from([0xf0, 0x9f, 0x98])", "Buffer.from([0xd8])",
      "Buffer.from([0xff, 0xfe, 0x3d, 0xd8])", "'utf16le'", "'base64url'"]);
    T.klass('StringDecoder', R('string_decoder') + '.StringDecoder', require('string_decoder').StringDecoder,
      encs.map((e) => `(() => { const d = new (require('string_decoder').StringDecoder)('${e}'); d.write(Buffer.from([0xe2, 0xd8, 0x3d])); return d; })()`)
        .concat(encs.map((e) => `new (require('string_decoder').StringDecoder)('${e}')`)));
  },
  os(T) {
    T.namespace('os', R('os'), require('os'), { filter: (n) => n !== 'setPriority' });
  },
  timers(T) {
    T.sane = SANE.concat(['() => {}', 'H.throwErr', '0', '1', '2 ** 31']);
    T.namespace('timers', R('timers'), require('timers'));
  },
  assert(T) {
    T.sane = SANE.concat(['/a/', "'a'", 'TypeError', 'H.throwErr', '() => Promise.reject(new Error())', 'H.circ()']);
    const a = require('assert');
    T.klass('assert', R('assert'), a);
    T.namespace('assert', R('assert'), a, {
      inst: { AssertionError: ["new (require('assert').AssertionError)({ actual: 1, expected: 2, operator: 'strictEqual' })"] },
    });
  },
  console(T) {
    T.sane = SANE.concat(["'%s %o %d'", "'label'", '[{ a: 1 }, { b: 2 }]', "['a']", 'H.circ()']);
    T.klass('Console', R('console') + '.Console', require('console').Console,
      ["new (require('console').Console)(H.sink())", "new (require('console').Console)({ stdout: H.sink(), stderr: H.sink(), colorMode: true, groupIndentation: 4 })"]);
  },
  child_process(T) {
    const ARGS = ["['-e', '1']", "['-e', 'process.exit(3)']", "['-p', '1 + 1']", '[]',
      "['-e', 'process.stdout.write(\"x\".repeat(1e5))']"];
    for (const fn of ['spawnSync', 'execFileSync']) {
      T.add('child_process.' + fn, (rng) => {
        const args = rng() < 0.8 ? rng.pick(ARGS) : rng.pick(NASTY);
        const extra = rng() < 0.3 ? ', ' + argList(rng, SANE, 1) : '';
        return `require('child_process').${fn}(process.execPath, ${args}, ${rng.pick(NASTY)}${extra})`;
      });
    }
  },
  stream(T) {
    T.sane = SANE.concat(["'chunk'", 'H.sink()', "({ objectMode: true })", '({ highWaterMark: 1 })']);
    const s = require('stream');
    const inst = {
      Readable: ["new (require('stream').Readable)({ read() {} })", "require('stream').Readable.from(['a', 'b'])"],
      Writable: ["new (require('stream').Writable)({ write(c, e, cb) { cb(); } })"],
      Duplex: ["new (require('stream').Duplex)({ read() {}, write(c, e, cb) { cb(); } })"],
      Transform: ["new (require('stream').Transform)({ transform(c, e, cb) { cb(null, c); } })"],
      PassThrough: ["new (require('stream').PassThrough)()"],
      Stream: ["new (require('stream').Stream)()"],
    };
    for (const k of Object.keys(inst)) T.klass('stream.' + k, R('stream') + '.' + k, s[k], inst[k]);
    T.namespace('stream', R('stream'), s, { filter: (n) => n !== 'promises' && !inst[n] });
  },
  perf_hooks(T) {
    T.sane = SANE.concat(["'m1'", "'m2'", "({ entryTypes: ['mark'] })", "({ type: 'mark' })", "({ start: 'm1' })"]);
    const p = require('perf_hooks');
    T.namespace('perf_hooks', R('perf_hooks'), p, {
      filter: (n) => n !== 'performance',
      inst: { PerformanceObserver: ["new (require('perf_hooks').PerformanceObserver)(() => {})"] },
    });
    for (const m of protoMethods(p.performance).methods) T.call('performance.' + m, `${R('perf_hooks')}.performance${ident(m)}`);
  },
  vm(T) {
    const CODE = ["'1'", "'this'", "'throw new TypeError(\"x\")'", "'('", "'var __fuzzV = 1'", "'({ a: 1 })'",
      "'Symbol()'", "'await 1'", "'#!x\\n1'", "'\\u2028'", "'new.target'", "'[1, 2].map(x => x)'"];
    for (const fn of ['runInThisContext', 'isContext', 'compileFunction', 'runInNewContext', 'createContext']) {
      T.add('vm.' + fn, (rng) => {
        const code = rng() < 0.7 ? rng.pick(CODE) : rng.pick(NASTY);
        const rest = argList(rng, SANE);
        return `require('vm').${fn}(${code}${rest ? ', ' + rest : ''})`;
      });
    }
    T.klass('vm.Script', "require('vm').Script", require('vm').Script, ["new (require('vm').Script)('1')"]);
  },
  globals(T) {
    T.sane = SANE.concat(["'utf-8'", "'utf-16le'", "'abc'", "new Event('foo')", "'foo'", '({ transfer: [] })']);
    T.call('structuredClone', 'structuredClone');
    T.call('queueMicrotask', 'queueMicrotask');
    T.call('atob', 'atob');
    T.call('btoa', 'btoa');
    T.klass('TextEncoder', 'TextEncoder', TextEncoder);
    T.klass('TextDecoder', 'TextDecoder', TextDecoder, ['new TextDecoder()', "new TextDecoder('utf-16le', { fatal: true })", "new TextDecoder('latin1')"]);
    T.klass('AbortController', 'AbortController', AbortController);
    T.klass('AbortSignal', 'AbortSignal', AbortSignal, ['new AbortController().signal', 'AbortSignal.abort()']);
    T.klass('EventTarget', 'EventTarget', EventTarget);
    T.klass('Event', 'Event', Event, ["new Event('foo')"]);
    if (typeof DOMException === 'function') T.klass('DOMException', 'DOMException', DOMException);
  },
  process(T) {
    T.sane = SANE.concat(["'warning'", "'foo'", '() => {}', "'DeprecationWarning'"]);
    for (const m of ['cwd', 'uptime', 'hrtime', 'memoryUsage', 'cpuUsage', 'resourceUsage', 'nextTick',
      'emitWarning', 'getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', 'umask',
      'hasUncaughtExceptionCaptureCallback', 'getActiveResourcesInfo', 'setSourceMapsEnabled',
      'constrainedMemory', 'on', 'once', 'addListener', 'prependListener', 'listenerCount', 'listeners',
      'rawListeners', 'eventNames', 'getMaxListeners', 'setMaxListeners', 'binding']) {
      if (typeof process[m] === 'function') T.call('process.' + m, 'process.' + m);
    }
    T.call('process.hrtime.bigint', 'process.hrtime.bigint');
    T.call('process.memoryUsage.rss', 'process.memoryUsage.rss');
  },
};

// ------------------------------------------------------------- running ----
let H;
const compiled = (expr) => new Function('H', 'require', '__cb', '"use strict"; return (' + expr + ');');
function evalExpr(expr, cb) { return compiled(expr)(H, require, cb); }

function describeErr(e) {
  try {
    if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return 'nonerror:' + typeof e;
    const msg = String(e.message);
    if (/Maximum call stack|too much recursion/.test(msg)) return 'StackOverflow';
    if (/out of memory|Invalid string length|Array buffer allocation failed/i.test(msg)) return 'OOM';
    return `${e.name}:${e.code === undefined ? '' : e.code}`;
  } catch { return 'undescribable'; }
}
function describeRet(v) {
  if (v === null) return 'null';
  return typeof v;
}
function valueOf(v) {
  // eslint-disable-next-line no-param-reassign
  try {
    const t = typeof v;
    if (t === 'string' && H && v.includes(H.tmp)) v = v.split(H.tmp).join('<TMP>');
    if (t === 'string' && H && v.includes(H.tmp.replace(/\//g, '\\'))) v = v.split(H.tmp.replace(/\//g, '\\')).join('<TMP>');
    if (t === 'string') return JSON.stringify(v.length > 120 ? v.slice(0, 120) + '...#' + v.length + ':' + hash32(v) : v);
    if (t === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (t === 'bigint') return v + 'n';
    if (t === 'boolean' || t === 'undefined' || v === null) return String(v);
    if (t === 'symbol') return 'symbol';
    if (ArrayBuffer.isView(v)) {
      const u = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      return `${Object.prototype.toString.call(v)}(${v.byteLength}):${Buffer.from(u.subarray(0, 40)).toString('hex')}`;
    }
    if (Array.isArray(v)) return `Array(${v.length})`;
    return Object.prototype.toString.call(v);
  } catch { return '?'; }
}

function cleanup(mod, r, key) {
  for (const fd of H.fds.splice(0)) try { fs.closeSync(fd); } catch {}
  if (mod === 'fs' && /^fs\.open(Sync)?$/.test(key) && typeof r === 'number' && Number.isInteger(r) && r > 2) { try { fs.closeSync(r); } catch {} }
  if (r === null || (typeof r !== 'object' && typeof r !== 'function')) return;
  try {
    if (mod === 'timers') { clearTimeout(r); clearInterval(r); clearImmediate(r); }
    if (typeof r.disable === 'function' && mod === 'perf_hooks') r.disable();
    if (typeof r.disconnect === 'function' && mod === 'perf_hooks') r.disconnect();
    if (mod.startsWith('fs') && typeof r.close === 'function' && typeof r.then !== 'function') {
      const p = r.close(() => {});
      if (p && typeof p.catch === 'function') p.catch(() => {});
    }
    if (typeof r.destroy === 'function' && !mod.startsWith('buffer')) r.destroy();
  } catch {}
}

function resetFsFixtures(tmp) {
  for (const e of fs.readdirSync(tmp)) {
    try { fs.rmSync(path.join(tmp, e), { recursive: true, force: true }); } catch {}
  }
  fs.writeFileSync(path.join(tmp, 'f.txt'), 'hello world\n');
  fs.mkdirSync(path.join(tmp, 'd'));
  fs.writeFileSync(path.join(tmp, 'd', 'x'), 'x');
  fs.symlinkSync('f.txt', path.join(tmp, 'link'));
}

const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
function withTimeout(p, ms) {
  let t;
  return Promise.race([p, new Promise((res) => { t = setTimeout(() => res('timeout'), ms); })])
    .finally(() => clearTimeout(t));
}

async function main() {
  if (argv.includes('--list')) { console.log(Object.keys(MODULES).join(' ')); return; }
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fuzz-')));
  process.chdir(tmp);
  H = makeHelpers(tmp);
  resetFsFixtures(tmp);
  const origUmask = process.umask();

  let current = '-';
  const logFile = opt('log');
  const logFd = logFile ? fs.openSync(logFile, 'w') : 1;
  const log = (s) => { try { fs.writeSync(logFd, s + '\n'); } catch {} };
  process.on('uncaughtException', (e) => log(`U\t${current}\t${describeErr(e)}`));
  process.on('unhandledRejection', (e) => log(`U\t${current}\trejection ${describeErr(e)}`));

  if (opt('eval')) {
    const expr = opt('eval');
    let r;
    try { r = evalExpr(expr, (...a) => console.log('callback', a.map(valueOf))); console.log('returned', valueOf(r)); } catch (e) { console.log('threw', describeErr(e), e && e.message); }
    if (r instanceof Promise) console.log('settled', await withTimeout(r.then((v) => 'ok ' + valueOf(v), (e) => 'rejected ' + describeErr(e)), 2000));
    await sleep(100);
    fs.rmSync(tmp, { recursive: true, force: true });
    return;
  }

  const mod = opt('module');
  const seed = opt('seed', '1');
  const iters = Number(opt('iters', 20));
  const budget = Number(opt('budget', 60)) * 1000;
  if (!MODULES[mod]) throw new Error('unknown module ' + mod + '; try --list');
  const T = new Targets(SANE);
  MODULES[mod](T);
  const skip = new Set((opt('skip') || '').split(',').filter(Boolean));
  let resumeAfter = opt('resume-after');
  const start = Date.now();
  log(`S\t${mod}\tseed=${seed}\ttargets=${T.list.length}\titers=${iters}`);
  let calls = 0;
  const only = opt('targets') ? new RegExp(opt('targets')) : null;
  outer:
  for (const t of T.list) {
    if (only && !only.test(t.key)) continue;
    for (let i = 0; i < iters; i++) {
      if (Date.now() - start > budget) { log('B\tbudget'); break outer; }
      const rng = rngFrom(`${seed}|${t.key}|${i}`);
      const key = `${t.key}#${i}`;
      if (resumeAfter) { if (key === resumeAfter) resumeAfter = null; continue; }
      if (skip.has(key)) continue;
      let expr;
      try { expr = t.gen(rng); } catch (e) { log(`X\t${key}\tgen ${describeErr(e)}`); continue; }
      if (mod.startsWith('fs')) { try { process.chdir(tmp); resetFsFixtures(tmp); } catch {} }
      current = key;
      log(`C\t${key}\t${expr}${t.nocompare ? '\tnocompare' : ''}`);
      calls++;
      const t0 = Date.now();
      let res;
      let val = '';
      let r;
      let cbDone;
      const cbP = t.cb ? new Promise((res2) => { cbDone = res2; }) : null;
      let cbCalls = 0;
      const cb = (...a) => {
        cbCalls++;
        if (cbCalls === 2) log(`D\t${key}\tcallback called twice`);
        if (cbDone) cbDone(a);
      };
      try {
        r = evalExpr(expr, cb);
        res = 'ret:' + describeRet(r);
        val = valueOf(r);
      } catch (e) {
        res = 'throw:' + describeErr(e);
      }
      if (res.startsWith('ret') && t.cb) {
        const a = await withTimeout(cbP, 3000);
        if (a === 'timeout') res = 'cb:never';
        else if (a[0]) res = 'cb:' + describeErr(a[0]);
        else { res = 'cb:ok'; val = valueOf(a[1]); }
      } else if (res.startsWith('ret')) {
        let isP = false;
        try { isP = r instanceof Promise; } catch {}
        if (isP) {
          const out = await withTimeout(r.then((v) => { val = valueOf(v); cleanup(mod, v); return 'resolved'; },
            (e) => 'rejected:' + describeErr(e)), 300);
          res = 'promise:' + (out === 'timeout' ? 'pending' : out);
        }
      }
      cleanup(mod, r, t.key);
      try { process.umask(origUmask); } catch {}
      log(`R\t${key}\t${res}\t${Date.now() - t0}\t${val}`);
      if (calls % 50 === 0) await sleep(0); // let timers / callbacks / GC breathe
    }
  }
  current = 'end';
  await sleep(50);
  let fds = -1;
  try { fds = fs.readdirSync('/proc/self/fd').length; } catch {}
  // Not process.memoryUsage(): libuv opens /proc/self/stat for it and asserts
  // (abort) when that gets fd 0-2, which the fs fuzzing may have closed.
  let rss = -1;
  try { rss = Math.round(+/VmRSS:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'latin1'))[1] / 1024); } catch {}
  log(`E\tcalls=${calls}\tms=${Date.now() - start}\tfds=${fds}\trss=${rss}`);
  try { process.chdir(os.tmpdir()); fs.rmSync(tmp, { recursive: true, force: true }); } catch {}
  process.exit(0);
}

main().catch((e) => { console.error('fuzzer error', e); process.exit(70); });
