'use strict';

// Differential check: eddy's lib/buffer.js and lib/internal/encoding.js
// (over tools/fake-buffer-binding.js) against Node's own buffer, TextEncoder
// and TextDecoder.
//
//   node --expose-internals tools/shim-check/buffer.js [-v]
//
// Prints every mismatch and exits 1 if there is any.

const path = require('path');
const util = require('util');
const { load, setBinding } = require(path.join(__dirname, '..', 'node-shim.js'));
setBinding('buffer', require(path.join(__dirname, '..', 'fake-buffer-binding.js')));

const ours = load('buffer');
const oursEnc = load('internal/encoding');
const node = require('buffer');
const nodeMod = { ...node, TextEncoder, TextDecoder };
const oursMod = { ...ours, TextEncoder: oursEnc.TextEncoder, TextDecoder: oursEnc.TextDecoder };
for (const k of ['atob', 'btoa', 'transcode', 'isUtf8', 'isAscii']) oursMod[k] = ours[k];

const verbose = process.argv.includes('-v');

// `--tests`: run test/parallel/test-{buffer,textdecoder}-*.js against eddy's
// modules instead (require('buffer'), util.TextDecoder/TextEncoder and the
// Buffer/atob/btoa globals are swapped for ours).
if (process.argv.includes('--tests')) {
  const fs = require('fs');
  const Module = require('module');
  const oursUtil = { ...util, TextDecoder: oursEnc.TextDecoder, TextEncoder: oursEnc.TextEncoder };
  const originalLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    if (request === 'buffer' || request === 'node:buffer') return ours;
    if (request === 'util' || request === 'node:util') return oursUtil;
    return originalLoad.call(this, request, parent, isMain);
  };
  globalThis.Buffer = ours.Buffer;
  globalThis.atob = ours.atob;
  globalThis.btoa = ours.btoa;
  const dir = path.join(__dirname, '..', '..', 'test', 'parallel');
  let passed = 0;
  let failed = 0;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!/^test-(buffer|textdecoder)-.*\.js$/.test(file)) continue;
    try {
      require(path.join(dir, file));
      passed++;
      if (verbose) console.log(`ok ${file}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${file}\n${e.stack}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
let checks = 0;
let failures = 0;

function norm(v) {
  if (v instanceof Error || (v && typeof v === 'object' && typeof v.message === 'string' &&
      typeof v.name === 'string' && v.stack)) {
    return `THROW ${v.name} ${v.code} ${v.message}`;
  }
  if (v instanceof Uint8Array) {
    const kind = v instanceof node.Buffer || v instanceof ours.Buffer ? 'Buffer' : v.constructor.name;
    return `${kind}[${Array.from(v).map((x) => x.toString(16).padStart(2, '0')).join(' ')}]`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Object.is(v, -0)) return '-0';
  if (Array.isArray(v)) return `[${v.map(norm).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${k}: ${norm(v[k])}`).join(', ')}}`;
  }
  return String(v);
}

function run(fn, mod) {
  try {
    return norm(fn(mod));
  } catch (e) {
    return norm(e);
  }
}

function check(label, fn) {
  checks++;
  const a = run(fn, oursMod);
  const b = run(fn, nodeMod);
  if (a !== b) {
    failures++;
    if (failures <= 200) console.log(`MISMATCH ${label}\n  ours: ${a}\n  node: ${b}`);
  } else if (verbose) {
    console.log(`ok ${label}: ${a}`);
  }
}

// Deterministic pseudo-random numbers.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function randBytes(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(rand(4) === 0 ? rand(256) : [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x80, 0xff, 0xed, 0xa0, 0x20][rand(15)]);
  return out;
}
const pieces = ['a', 'Z', '0', ' ', '\n', '=', '+', '/', '-', '_', 'é', '€', '\u{1F600}', '\ud800', '\udc00',
                '\u0000', '\u00ff', '\u0100', 'ab', 'ff', 'zz', '\t', '*', '\u00a0', '\ufeff'];
function randString(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)];
  return s;
}

const encs = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF16LE',
              'latin1', 'binary', 'BINARY', 'ascii', 'ASCII', 'base64', 'Base64', 'base64url',
              'hex', 'HEX', 'foo', '', undefined, null, 5];

const strings = ['', 'hello', 'héllo wörld €', '\u{1F600}x', 'aGVsbG8=', 'aGVsbG8', 'aGV sbG8=\n',
                 'a-b_c+d/e', '0123456789abcdef', 'abc', 'a', 'zz11', '11zz22', '\ud800', 'x\udc00y',
                 'ab==cd', '=', 'YQ', 'YWI', 'YWJj', '\u00ff\u0100\u0101'];
for (let i = 0; i < 40; i++) strings.push(randString(rand(12)));

// --- strings <-> bytes -----------------------------------------------------------
for (const s of strings) {
  for (const enc of encs) {
    check(`from(${JSON.stringify(s)}, ${enc})`, ({ Buffer }) => Buffer.from(s, enc));
    check(`byteLength(${JSON.stringify(s)}, ${enc})`, ({ Buffer }) => Buffer.byteLength(s, enc));
  }
}
const byteSets = [[], [0x61], [0xff, 0xfe, 0x00], [0xe2, 0x82], [0xe2, 0x82, 0xac], [0x80, 0x81, 0xc0]];
for (let i = 0; i < 40; i++) byteSets.push(randBytes(rand(14)));
for (const bytes of byteSets) {
  for (const enc of encs) {
    check(`toString(${bytes}, ${enc})`, ({ Buffer }) => Buffer.from(bytes).toString(enc));
  }
  for (const [s, e] of [[0, 2], [1, undefined], [-1, 3], [1.5, 3.7], ['1', '3'], [NaN, 2], [1, NaN],
                        [undefined, 2], [2, 1], [0, null], [100, 200], [0, Infinity], [-Infinity, 2]]) {
    check(`toString(${bytes}, hex, ${s}, ${e})`, ({ Buffer }) => Buffer.from(bytes).toString('hex', s, e));
  }
  check(`isUtf8(${bytes})`, ({ isUtf8 }) => isUtf8(new Uint8Array(bytes)));
  check(`isAscii(${bytes})`, ({ isAscii }) => isAscii(new Uint8Array(bytes)));
  check(`toJSON(${bytes})`, ({ Buffer }) => JSON.stringify(Buffer.from(bytes)));
  check(`inspect(${bytes})`, ({ Buffer }) => util.inspect(Buffer.from(bytes)));
}
for (const name of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  check(`${name}Slice`, ({ Buffer }) => Buffer.from('hello world').slice(1)[`${name}Slice`](1, 5));
  check(`${name}Slice()`, ({ Buffer }) => Buffer.from('hello world')[`${name}Slice`]());
  check(`${name}Slice oob`, ({ Buffer }) => Buffer.from('hello world')[`${name}Slice`](1, 50));
  check(`${name}Slice neg`, ({ Buffer }) => Buffer.from('hello world')[`${name}Slice`](-1));
  check(`${name}Write`, ({ Buffer }) => { const b = Buffer.alloc(6); return [b[`${name}Write`]('abcdef', 1, 3), b]; });
  check(`${name}Write oob`, ({ Buffer }) => Buffer.alloc(6)[`${name}Write`]('ab', 7));
  check(`${name}Write type`, ({ Buffer }) => Buffer.alloc(6)[`${name}Write`](7));
}

// Sizes around the pool thresholds (poolSize >>> 1 = 4096).
for (const [unit, n] of [['a', 1023], ['a', 1024], ['a', 4095], ['a', 4096], ['é', 2047], ['é', 2048],
                         ['€', 1400], ['\u{1F600}', 1100], ['ab', 3000], ['x', 100000]]) {
  for (const enc of ['utf8', 'ucs2', 'latin1', 'hex', 'base64']) {
    check(`from(${JSON.stringify(unit)} x ${n}, ${enc})`, ({ Buffer }) => {
      const b = Buffer.from(unit.repeat(n), enc);
      return [b.length, b.toString(enc) === Buffer.from(unit.repeat(n), enc).toString(enc),
              b.toString('base64').slice(0, 64), b.toString('hex').slice(-64),
              Buffer.byteLength(unit.repeat(n), enc)];
    });
  }
}
check('concat big', ({ Buffer }) => {
  const parts = [];
  for (let i = 0; i < 300; i++) parts.push(Buffer.from(`part${i};`));
  const all = Buffer.concat(parts);
  return [all.length, all.toString('latin1', 1000, 1100)];
});

// --- write ---------------------------------------------------------------------------
const writeArgs = [[], [0], [2], [2, 3], [2, 'hex'], ['hex'], ['latin1'], [0, 2, 'ucs2'],
                   [0, 'UTF-8'], [0, 100], [-1], [1.5], ['1', 2], [1, -1], [1, 3, 'foo'], ['foo'],
                   [8], [9], [0, 8, null], [3, undefined, 'base64'], [1, 7, 'ascii']];
for (const s of ['abcdef', 'é€\u{1F600}', '0a1b2c3zz', 'aGVsbG8gd29ybGQ=', 5, '']) {
  for (const args of writeArgs) {
    check(`write(${JSON.stringify(s)}, ${args.map(String)})`, ({ Buffer }) => {
      const b = Buffer.alloc(8, 0x2e);
      return [b.write(s, ...args), b];
    });
  }
}

// --- fill / alloc --------------------------------------------------------------------
const fillValues = ['', 'a', 'ab', 'é', '€', 'abc', 'zz', '0102', 'YWJj', 0, 1, 257, -1, 1.9, true, null,
                    undefined, {}, [1], new Uint8Array([1, 2, 3]), new Uint16Array([0x102]),
                    new Uint8Array(0), NaN];
const fillArgs = [[], [1], [1, 3], ['hex'], ['ucs2'], [1, 'latin1'], [1, 3, 'base64'], [0, 9],
                  [-1], [5, 2], [1.5], [1, 'x'], [1, 3, 'foo'], [1, 3, 5], [1, 3, null], [1, 3, ''],
                  ['1'], [2 ** 40], [undefined, undefined, 'hex']];
for (const v of fillValues) {
  for (const args of fillArgs) {
    check(`fill(${util.inspect(v)}, ${args.map(String)})`,
          ({ Buffer }) => Buffer.alloc(8, 0x2e).fill(v, ...args));
  }
  check(`alloc(5, ${util.inspect(v)})`, ({ Buffer }) => Buffer.alloc(5, v));
  check(`alloc(5, ${util.inspect(v)}, hex)`, ({ Buffer }) => Buffer.alloc(5, v, 'hex'));
  check(`alloc(5, ${util.inspect(v)}, foo)`, ({ Buffer }) => Buffer.alloc(5, v, 'foo'));
}
for (const size of [0, 1, 5, 1.5, -1, '5', NaN, Infinity, 2 ** 33, null, undefined, 4097, 10000]) {
  check(`alloc(${size})`, ({ Buffer }) => Buffer.alloc(size).length);
  check(`allocUnsafe(${size})`, ({ Buffer }) => Buffer.allocUnsafe(size).length);
  check(`allocUnsafeSlow(${size})`, ({ Buffer }) => Buffer.allocUnsafeSlow(size).length);
  check(`SlowBuffer(${size})`, ({ SlowBuffer }) => SlowBuffer(size).length);
}
check('allocUnsafe pool', ({ Buffer }) => {
  const a = Buffer.allocUnsafe(10);
  const b = Buffer.allocUnsafe(10);
  return [a.buffer === b.buffer, a.buffer.byteLength, b.byteOffset - a.byteOffset];
});
check('from pool', ({ Buffer }) => [Buffer.from('ab').buffer.byteLength, Buffer.from([1]).buffer.byteLength,
                                     Buffer.from('x'.repeat(5000)).buffer.byteLength]);

// --- from -------------------------------------------------------------------------------
const ab = new Uint8Array([1, 2, 3, 4, 5]).buffer;
const fromInputs = [
  ['array', [1, 2, 300, -1, 'x', 1.5]], ['u16', new Uint16Array([0x102, 0x304])],
  ['buffer', Buffer.from([9, 8])], ['arrayLike', { length: 2, 0: 7, 1: 8 }],
  ['badLength', { length: 'x' }], ['json', { type: 'Buffer', data: [1, 2] }],
  ['String', new String('abc')], ['toPrimitive', { [Symbol.toPrimitive]() { return 'xy'; } }],
  ['valueOfArray', { valueOf() { return [1, 2]; } }], ['num', 5], ['null', null], ['undef', undefined],
  ['obj', {}], ['fn', () => {}], ['sym', Symbol('s')], ['bool', true],
];
for (const [name, v] of fromInputs) check(`from(${name})`, ({ Buffer }) => Buffer.from(v));
for (const args of [[], [1], [1, 2], [5], [6], [1, 5], ['x', -1], [1.5], [-1], [undefined, 2], [NaN, NaN]]) {
  check(`from(ab, ${args})`, ({ Buffer }) => Buffer.from(ab, ...args));
}
check('from(ab) shares memory', ({ Buffer }) => {
  const a = new ArrayBuffer(4);
  const b = Buffer.from(a, 1, 2);
  new Uint8Array(a)[1] = 9;
  return b;
});
check('Buffer(3, "utf8")', ({ Buffer }) => Buffer(3, 'utf8'));
check('copyBytesFrom', ({ Buffer }) => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
check('copyBytesFrom2', ({ Buffer }) => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1));
check('copyBytesFrom3', ({ Buffer }) => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5));
check('copyBytesFrom4', ({ Buffer }) => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), -1));
check('copyBytesFrom5', ({ Buffer }) => Buffer.copyBytesFrom([1]));
check('copyBytesFrom6', ({ Buffer }) => Buffer.copyBytesFrom(new Float32Array([1.5]), undefined, 1));
check('of', ({ Buffer }) => Buffer.of(1, 2, 300, 'x'));
check('isBuffer', ({ Buffer }) => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)),
                                   Buffer.isBuffer(null), Buffer.alloc(2).subarray(1) instanceof Buffer]);
for (const e of [...encs, 'UTF-16LE', 'utf-16', 'ucs', 'latin-1', 'Hex', {}, []]) {
  check(`isEncoding(${util.inspect(e)})`, ({ Buffer }) => Buffer.isEncoding(e));
}
check('byteLength types', ({ Buffer }) => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(ab),
                                           Buffer.byteLength(new DataView(ab, 1))]);
check('byteLength bad', ({ Buffer }) => Buffer.byteLength(5));

// --- concat / compare / equals / copy ------------------------------------------------------
const concatCases = [[[]], [[Buffer.from('ab'), new Uint8Array([1])]], [[Buffer.from('ab')], 1],
                     [[Buffer.from('ab')], 4], [[Buffer.from('ab')], -1], [[Buffer.from('ab')], 1.5],
                     ['x'], [['x']], [[{ length: 1 }]], [[Buffer.from('ab'), 'x']], [[], 3]];
for (const [i, args] of concatCases.entries()) {
  check(`concat#${i}`, ({ Buffer }) => Buffer.concat(...args.map((a) => (Array.isArray(a) ?
    a.map((x) => (x instanceof node.Buffer ? Buffer.from(x) : x)) : a))));
}
const cmpArgs = [[], [0], [100], [0, 5], [0, 100], [0, 5, 100], [0, 5, 0, 100], [6, 5], [5, 5, 0, 5],
                 [1.5], ['1'], [0, 5, 12, 11], [0, 5, 2, 1], [3, 2, 2, 1], [0, 5, 0, 4], [0, 3, 0, 3],
                 [-1], [undefined, undefined, 1], [1, 4, 1, 4], [2, 5, 6, 9]];
for (const [x, y] of [['hello world', 'hello'], ['abc', 'abd'], ['', ''], ['b', 'abc'], ['hello', 'hello world']]) {
  for (const args of cmpArgs) {
    check(`compare(${x}, ${y}, ${args})`, ({ Buffer }) => Buffer.from(x).compare(Buffer.from(y), ...args));
  }
  check(`Buffer.compare(${x}, ${y})`, ({ Buffer }) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  check(`equals(${x}, ${y})`, ({ Buffer }) => Buffer.from(x).equals(Buffer.from(y)));
}
check('compare bad', ({ Buffer }) => Buffer.alloc(1).compare('x'));
check('Buffer.compare bad1', ({ Buffer }) => Buffer.compare('x', Buffer.alloc(1)));
check('Buffer.compare bad2', ({ Buffer }) => Buffer.compare(Buffer.alloc(1), 'x'));
check('equals bad', ({ Buffer }) => Buffer.alloc(1).equals('x'));
const copyArgs = [[], [1], [1, 2], [1, 2, 4], [-1], [0, -1], [0, 20], [0, 0, -1], ['1', '1.5', 'x'],
                  [1.5, 1.5, 4.5], [NaN, NaN, NaN], [3], [5], [0, 8], [0, 2, 100], [2, 0, 1]];
for (const args of copyArgs) {
  check(`copy(${args})`, ({ Buffer }) => {
    const src = Buffer.from('abcdefgh');
    const dst = Buffer.alloc(5, 0x2e);
    return [src.copy(dst, ...args), dst];
  });
}
check('copy overlap', ({ Buffer }) => { const b = Buffer.from('abcdefgh'); b.copy(b, 2, 0, 5); return b; });
check('copy bad target', ({ Buffer }) => Buffer.alloc(1).copy('x'));

// --- slice / subarray / swap / json -----------------------------------------------------------
for (const args of [[], [2], [-3], [2, 4], [-3, -1], ['2', '4'], [4, 2], [1.7, 3.2], [NaN, 3], [0, 100], [-100]]) {
  check(`slice(${args})`, ({ Buffer }) => Buffer.from('abcdefgh').slice(...args));
  check(`subarray(${args})`, ({ Buffer }) => Buffer.from('abcdefgh').subarray(...args));
}
check('slice shares', ({ Buffer }) => { const b = Buffer.from('abc'); b.slice(1)[0] = 0x7a; return b; });
for (const n of [0, 2, 3, 4, 8, 16, 7]) {
  const bytes = Array.from({ length: n }, (_, i) => i + 1);
  check(`swap16(${n})`, ({ Buffer }) => Buffer.from(bytes).swap16());
  check(`swap32(${n})`, ({ Buffer }) => Buffer.from(bytes).swap32());
  check(`swap64(${n})`, ({ Buffer }) => Buffer.from(bytes).swap64());
}

// --- indexOf ------------------------------------------------------------------------------------
const hay = 'abcabc\u20ac\u0000a\u0000b\u0000abc';
const needles = ['', 'a', 'bc', 'abc', 'c\u20ac', 'zz', '\u20ac', 'a\u0000b', 0x61, 0x161, -1, 99.5,
                 Buffer.from('bc'), Buffer.alloc(0), new Uint8Array([0x61]), {}, null, 'YWJj', '6263'];
const offsets = [undefined, 0, 1, 3, -1, -3, -100, 100, 1.5, '1', null, NaN, {}, 2 ** 40, -(2 ** 40)];
for (const nd of needles) {
  for (const off of offsets) {
    for (const enc of [undefined, 'ucs2', 'latin1', 'hex', 'base64', 'foo']) {
      const label = `${util.inspect(nd)}, ${util.inspect(off)}, ${enc}`;
      // Node returns the haystack length instead of -1 for some failed ucs2
      // searches of a Buffer needle in an odd-length haystack: not copied.
      if (nd instanceof Uint8Array && enc === 'ucs2') continue;
      const mk = (Buffer, v) => (v instanceof Uint8Array && v.length > 0 ? Buffer.from(v) : v);
      check(`indexOf(${label})`, ({ Buffer }) => Buffer.from(hay).indexOf(mk(Buffer, nd), off, enc));
      check(`lastIndexOf(${label})`, ({ Buffer }) => Buffer.from(hay).lastIndexOf(mk(Buffer, nd), off, enc));
    }
  }
}
check('includes', ({ Buffer }) => [Buffer.from('abc').includes('bc'), Buffer.from('abc').includes('x')]);
check('indexOf empty haystack', ({ Buffer }) => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''),
                                                   Buffer.alloc(0).lastIndexOf(0)]);
check('indexOf ucs2', ({ Buffer }) => [Buffer.from('abcd', 'ucs2').indexOf('b', 0, 'ucs2'),
                                       Buffer.from('xabcd', 'latin1').indexOf('bc', 0, 'ucs2'),
                                       Buffer.from('abab', 'ucs2').lastIndexOf('a', 5, 'ucs2'),
                                       Buffer.from('a', 'latin1').indexOf('a', 0, 'ucs2')]);

// --- numbers ----------------------------------------------------------------------------------------
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
               'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
               'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE',
               'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE'];
const rbytes = [0x80, 0xff, 0x01, 0x7f, 0xfe, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9a];
const roffs = [undefined, 0, 1, 2, 3, 4, 7, 10, 11, -1, 1.5, '1', NaN, Infinity, null];
for (const m of reads) {
  for (const o of roffs) check(`${m}(${util.inspect(o)})`, ({ Buffer }) => Buffer.from(rbytes)[m](o));
  check(`${m} empty`, ({ Buffer }) => Buffer.alloc(0)[m](0));
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, undefined, '2']) {
    for (const o of [undefined, 0, 3, 5, 6, 10, -1, 1.5]) {
      check(`${m}(${o}, ${bl})`, ({ Buffer }) => Buffer.from(rbytes)[m](o, bl));
    }
  }
}
const writes = [['writeUInt8', 1], ['writeInt8', 1], ['writeUInt16LE', 2], ['writeUInt16BE', 2],
                ['writeInt16LE', 2], ['writeInt16BE', 2], ['writeUInt32LE', 4], ['writeUInt32BE', 4],
                ['writeInt32LE', 4], ['writeInt32BE', 4], ['writeFloatLE', 4], ['writeFloatBE', 4],
                ['writeDoubleLE', 8], ['writeDoubleBE', 8], ['writeUint8', 1], ['writeUint32LE', 4]];
const wvals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, 65536, -32768, -32769, 2 ** 31, -(2 ** 31),
               2 ** 32 - 1, 2 ** 32, 1.7, -1.7, NaN, Infinity, '12', 'x', 3.4e38, 1e-40];
for (const [m] of writes) {
  for (const v of wvals) {
    for (const o of [undefined, 0, 3, 7, 8, -1, 1.5, 'x']) {
      check(`${m}(${util.inspect(v)}, ${util.inspect(o)})`, ({ Buffer }) => {
        const b = Buffer.alloc(8);
        return [b[m](v, o), b];
      });
    }
  }
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, undefined]) {
    for (const v of [0, 1, -1, 255, 2 ** 24, -(2 ** 23), 2 ** 40, -(2 ** 39), 2 ** 47, 2 ** 48 - 1, 2 ** 48,
                     -(2 ** 47), -(2 ** 47) - 1, 1.5, NaN]) {
      for (const o of [undefined, 0, 2, 3, 1.5]) {
        check(`${m}(${v}, ${o}, ${bl})`, ({ Buffer }) => {
          const b = Buffer.alloc(8);
          return [b[m](v, o, bl), b];
        });
      }
    }
  }
}
for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE', 'writeBigUint64LE']) {
  for (const v of [0n, 1n, -1n, 2n ** 63n, 2n ** 63n - 1n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n]) {
    for (const o of [undefined, 0, 1, -1, 'x']) {
      check(`${m}(${v}n, ${o})`, ({ Buffer }) => { const b = Buffer.alloc(9); return [b[m](v, o), b]; });
    }
  }
  check(`${m}(number)`, ({ Buffer }) => { try { Buffer.alloc(8)[m](1); } catch (e) { return e.constructor.name; } });
}
for (let i = 0; i < 200; i++) {
  const bytes = randBytes(8);
  check(`double roundtrip ${bytes}`, ({ Buffer }) => {
    const b = Buffer.from(bytes);
    const d = b.readDoubleLE(0);
    const f = b.readFloatBE(2);
    const c = Buffer.alloc(12);
    c.writeDoubleBE(d, 0);
    c.writeFloatLE(f, 8);
    return [d, f, b.readIntLE(1, 6), b.readUIntBE(2, 5), b.readBigInt64BE(0), c];
  });
}

// --- inspect --------------------------------------------------------------------------------------------
check('inspect long', ({ Buffer }) => util.inspect(Buffer.alloc(51)));
check('inspect extras', ({ Buffer }) => { const b = Buffer.from('ab'); b.foo = 1; b[Symbol('s')] = 2; return util.inspect(b); });
check('inspect empty extras', ({ Buffer }) => { const b = Buffer.alloc(0); b.foo = 'x'; return util.inspect(b); });
check('inspect hidden', ({ Buffer }) => util.inspect(Buffer.from('ab'), { showHidden: true }));
check('inspect nested', ({ Buffer }) => util.inspect({ a: [Buffer.from('xyz')] }));
check('INSPECT_MAX_BYTES', (m) => {
  const old = m.INSPECT_MAX_BYTES;
  m.INSPECT_MAX_BYTES = 2;
  try { return util.inspect(m.Buffer.from('abcd')); } finally { m.INSPECT_MAX_BYTES = old; }
});
check('INSPECT_MAX_BYTES bad', (m) => { m.INSPECT_MAX_BYTES = -1; });
check('toLocaleString', ({ Buffer }) => Buffer.prototype.toLocaleString === Buffer.prototype.toString);
check('constants', (m) => [m.kMaxLength, m.constants.MAX_LENGTH, typeof m.kStringMaxLength]);
check('exports', (m) => Object.keys(m === oursMod ? ours : node).join(','));
check('species', ({ Buffer }) => [Buffer.from('abc').map((x) => x + 1), Buffer.from('ab').filter(() => true),
                                  Object.getPrototypeOf(Buffer) === Uint8Array]);
check('parent/offset', ({ Buffer }) => { const b = Buffer.alloc(2); return [b.parent === b.buffer, b.offset]; });

// --- atob / btoa --------------------------------------------------------------------------------------
const b64 = ['', 'a', 'ab', 'abc', 'abcd', 'ab=c', 'abc==', 'ab ==', 'ab*', ' a b c d ', 'ab===', 'a===',
             'ab=', 'ab==', 'abc=', 'abcd=', 'abcd==', 'ab\u000c==', 'ab\u000b==', 'YQ', 'YWI=', '=', '==',
             'a=b=', 'ab=\n=', '\u00e9', '-_', 'ab\r\n', null, undefined, 12];
for (let i = 0; i < 300; i++) {
  let s = '';
  const n = rand(8);
  for (let j = 0; j < n; j++) s += 'aZ0+/= \t\n*-'[rand(12)];
  b64.push(s);
}
for (const s of b64) {
  check(`atob(${JSON.stringify(s)})`, ({ atob }) => {
    try { return atob(s); } catch (e) { return `${e.name} ${e.code} ${e.message} ${e.constructor.name}`; }
  });
}
for (const s of ['', 'hi', '\u00ff\u00fe', '\u0100', null, undefined, 12, 'abcdefg']) {
  check(`btoa(${JSON.stringify(s)})`, ({ btoa }) => {
    try { return btoa(s); } catch (e) { return `${e.name} ${e.code} ${e.message}`; }
  });
}
check('atob()', ({ atob }) => atob());
check('btoa()', ({ btoa }) => btoa());

// --- transcode / Blob ------------------------------------------------------------------------------------
for (const [bytes, from, to] of [
  [[0x61, 0xe2, 0x82, 0xac], 'utf8', 'ucs2'], [[0x61, 0xe2, 0x82, 0xac], 'utf8', 'latin1'],
  [[0x61, 0xe2, 0x82, 0xac], 'utf8', 'ascii'], [[0x61, 0xe9], 'latin1', 'utf8'], [[0x61, 0, 0xac, 0x20], 'ucs2', 'utf8'],
  [[0x61, 0, 0xac, 0x20], 'ucs2', 'latin1'], [[0xf0, 0x9f, 0x98, 0x80], 'utf8', 'ascii'], [[0x61], 'UTF-8', 'Latin1'],
  [[0x61], 'foo', 'utf8'], [[0x61], 'utf8', 'hex'], [[], 'utf8', 'ucs2'], [[0x61, 0xff], 'utf8', 'utf8'],
  [[0x61, 0xe9], 'ascii', 'utf8'], [[0x61, 0xff], 'utf8', 'ucs2'], [[0, 0xd8, 0x61, 0], 'ucs2', 'utf8'],
]) {
  check(`transcode(${bytes}, ${from}, ${to})`, ({ transcode, Buffer }) => transcode(Buffer.from(bytes), from, to));
}
check('transcode bad source', ({ transcode }) => transcode('ab', 'utf8', 'ucs2'));

// --- TextEncoder / TextDecoder ------------------------------------------------------------------------------
for (const s of [...strings, undefined, 5, null, {}, '\ud800a\udc00']) {
  check(`encode(${util.inspect(s)})`, ({ TextEncoder }) => new TextEncoder().encode(s));
  for (const n of [0, 1, 2, 3, 4, 8]) {
    check(`encodeInto(${util.inspect(s)}, ${n})`, ({ TextEncoder }) => {
      const dest = new Uint8Array(n);
      const r = new TextEncoder().encodeInto(s, dest);
      return [r, dest];
    });
  }
}
check('encodeInto bad dest', ({ TextEncoder }) => new TextEncoder().encodeInto('x', []));
check('encoder this', ({ TextEncoder }) => TextEncoder.prototype.encode.call({}, 'x'));
check('encoder encoding', ({ TextEncoder }) => new TextEncoder().encoding);
check('encoder inspect', ({ TextEncoder }) => util.inspect(new TextEncoder()));
check('decoder inspect', ({ TextDecoder }) => util.inspect(new TextDecoder('latin1', { fatal: true })));
check('decoder inspect depth', ({ TextDecoder }) => util.inspect([[new TextDecoder()]], { depth: 0 }));
check('decoder this', ({ TextDecoder }) => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
check('decoder tag', ({ TextDecoder, TextEncoder }) => [Object.prototype.toString.call(new TextDecoder()),
                                                           Object.prototype.toString.call(new TextEncoder())]);
const labels = ['utf-8', 'utf8', 'UTF-8', ' utf-8\n', 'unicode-1-1-utf-8', 'utf-16le', 'utf-16', 'ucs-2',
                'unicode', 'utf-16be', 'latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1252', 'cp1252',
                'l1', 'foo', '', null, undefined, '\u00a0utf-8'];
for (const label of labels) {
  check(`TextDecoder(${JSON.stringify(label)})`, ({ TextDecoder }) => {
    const d = new TextDecoder(label);
    return [d.encoding, d.fatal, d.ignoreBOM];
  });
}
check('TextDecoder options', ({ TextDecoder }) => {
  const d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' });
  return [d.fatal, d.ignoreBOM];
});
check('TextDecoder bad options', ({ TextDecoder }) => new TextDecoder('utf-8', 5));
check('TextDecoder null options', ({ TextDecoder }) => new TextDecoder('utf-8', null).fatal);
const decodeBytes = [[], [0xef, 0xbb, 0xbf, 0x61], [0xff, 0xfe, 0x61, 0x00, 0x62], [0xfe, 0xff, 0x00, 0x61],
                     [0x00, 0xd8, 0x61, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xdc, 0x00, 0xd8],
                     [0xe0, 0x80, 0x61], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xc3], [0x61, 0x62, 0x63],
                     [0xe9, 0x41, 0x7f], ...byteSets.slice(6, 30)];
for (const enc of ['utf-8', 'utf-16le', 'utf-16be']) {
  for (const bytes of decodeBytes) {
    for (const opts of [undefined, { fatal: true }, { ignoreBOM: true }]) {
      check(`decode(${enc}, ${bytes}, ${JSON.stringify(opts)})`, ({ TextDecoder }) =>
        new TextDecoder(enc, opts).decode(new Uint8Array(bytes)));
    }
    // Every way of splitting the input into two streamed chunks.
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (const opts of [undefined, { fatal: true }]) {
        check(`stream(${enc}, ${bytes}, cut ${cut}, ${JSON.stringify(opts)})`, ({ TextDecoder }) => {
          const d = new TextDecoder(enc, opts);
          const out = [];
          try {
            out.push(d.decode(new Uint8Array(bytes.slice(0, cut)), { stream: true }));
            out.push(d.decode(new Uint8Array(bytes.slice(cut)), { stream: true }));
            out.push(d.decode());
            out.push(d.decode(new Uint8Array(bytes)));
          } catch (e) {
            out.push(`${e.name} ${e.code} ${e.message}`);
          }
          return out;
        });
      }
    }
  }
}
// windows-1252: Node 20 decodes non-streamed input as ISO-8859-1, streamed input as windows-1252.
const allBytes = Array.from({ length: 256 }, (_, i) => i);
check('latin1 decode', ({ TextDecoder }) => new TextDecoder('latin1').decode(new Uint8Array(allBytes)));
check('latin1 decode stream', ({ TextDecoder }) => {
  const d = new TextDecoder('windows-1252');
  return [d.decode(new Uint8Array(allBytes), { stream: true }), d.decode(new Uint8Array([0x80, 0x9f]))];
});
for (const input of ['x', 5, null, {}, [1]]) {
  for (const enc of ['utf-8', 'utf-16le', 'latin1']) {
    check(`decode bad input ${util.inspect(input)} ${enc}`, ({ TextDecoder }) => new TextDecoder(enc).decode(input));
  }
}
check('decode undefined', ({ TextDecoder }) => new TextDecoder().decode(undefined));
check('decode ArrayBuffer', ({ TextDecoder }) => new TextDecoder().decode(new Uint8Array([0x61, 0x62]).buffer));
check('decode DataView', ({ TextDecoder }) => new TextDecoder().decode(new DataView(new Uint8Array([0x61, 0x62]).buffer, 1)));
check('decode Uint16Array', ({ TextDecoder }) => new TextDecoder().decode(new Uint16Array([0x6261])));
check('decode options 5', ({ TextDecoder }) => new TextDecoder().decode(new Uint8Array([0x61]), 5));
check('decode options null', ({ TextDecoder }) => new TextDecoder().decode(new Uint8Array([0x61]), null));
check('decoder proto', ({ TextDecoder, TextEncoder }) => [Object.getOwnPropertyNames(TextDecoder.prototype).join(),
                                                         Object.getOwnPropertyNames(TextEncoder.prototype).join()]);

console.log(`${checks - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
