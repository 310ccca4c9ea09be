'use strict';

// Differential check: eddy's lib/path.js against Node's builtin path, over a
// large set of generated paths for both flavours.
//   node --expose-internals tools/shim-check/path.js [count]

const { load } = require('../node-shim.js');
const nodePath = require('path');
const ours = load('path');

const COUNT = Number(process.argv[2]) || 20000;
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const tokens = [
  'a', 'b', 'foo', 'x.y', '.z', 'a.b.c', '.', '..', '...', '/', '/', '\\', '\\',
  '//', '\\\\', ':', 'c:', 'C:', 'z:', '?', '', ' ', 'CON', 'con', 'nul', 'COM1',
  'LPT\u00b9', 'COM0', 'aux', 'PRN', 'file.txt', '.js', 'js', 'é', '\ud83d\ude00',
  'UNC', 'srv', 'share', '$', '..\\', './', '/.', '\\.', '.\\',
];
const chars = 'ab./\\:?Cc.n';
function genPath() {
  if (rand(3) === 0) {
    let s = '';
    const m = rand(12);
    for (let i = 0; i < m; i++) s += chars[rand(chars.length)];
    return s;
  }
  const n = rand(7);
  let s = '';
  for (let i = 0; i < n; i++) s += tokens[rand(tokens.length)];
  return s;
}

const fixed = [
  '', '/', '//', '///', '.', '..', './', '../', '/a/b/c', 'a//b', '/a/b/', 'a/b/',
  'c:', 'c:\\', 'c:/', 'c:a', 'C:\\a\\b', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\x', '//server/share', '\\\\?\\c:\\x', '\\\\.\\pipe\\x', '\\\\?',
  '\\\\?\\', '\\\\server', 'CON:', 'CON:x', 'ab:', 'a:b', '.bashrc', 'file.', 'file..',
  '...', '.a.b', '/..', '/../a', 'a/../..', '\\\\?\\UNC\\s\\sh', '//./c:', ':', '::',
];

let mismatches = 0;
const seen = new Set();
let checks = 0;
function show(v) {
  if (v && v.error) return `throws ${v.error}`;
  return ser(v);
}
function run(fn) {
  try {
    return fn();
  } catch (e) {
    return { error: `${e.name} ${e.code} ${e.message}` };
  }
}
function ser(v) {
  return JSON.stringify(v, (k, x) => (typeof x === 'bigint' || typeof x === 'symbol' ? String(x) : x));
}
function same(a, b) { return ser(a) === ser(b); }
function check(label, fa, fb) {
  checks++;
  const a = run(fa);
  const b = run(fb);
  if (!same(a, b)) {
    mismatches++;
    if (seen.has(label)) return;
    seen.add(label);
    if (seen.size <= 60) console.log(`MISMATCH ${label}\n  ours: ${show(a)}\n  node: ${show(b)}`);
  }
}

const flavours = ['posix', 'win32'];
function checkOne(p, q) {
  for (const f of flavours) {
    const O = ours[f];
    const N = nodePath[f];
    const L = (name, ...args) => `${f}.${name}(${args.map((x) => JSON.stringify(x)).join(', ')})`;
    for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse',
                        'toNamespacedPath', 'resolve']) {
      check(L(name, p), () => O[name](p), () => N[name](p));
    }
    check(L('basename', p, q), () => O.basename(p, q), () => N.basename(p, q));
    check(L('join', p, q), () => O.join(p, q), () => N.join(p, q));
    check(L('join', q, p, q), () => O.join(q, p, q), () => N.join(q, p, q));
    check(L('resolve', q, p), () => O.resolve(q, p), () => N.resolve(q, p));
    check(L('relative', p, q), () => O.relative(p, q), () => N.relative(p, q));
    const obj = run(() => N.parse(p));
    if (!obj.error) check(`${f}.format(parse(${JSON.stringify(p)}))`, () => O.format(obj), () => N.format(obj));
  }
}

const cwds = [process.cwd(), '/', '/tmp'];
for (const dir of cwds) {
  try { process.chdir(dir); } catch { continue; }
  for (const p of fixed) for (const q of fixed) checkOne(p, q);
}
process.chdir(cwds[0]);
for (let i = 0; i < COUNT; i++) {
  const p = genPath();
  checkOne(p, genPath());
  if (rand(4) === 0) checkOne(p.toUpperCase(), p);
}

// Argument validation and odd inputs.
const bad = [undefined, null, 42, true, {}, [], () => {}, Symbol('s'), 1n];
for (const f of flavours) {
  const O = ours[f];
  const N = nodePath[f];
  for (const v of bad) {
    for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse',
                        'toNamespacedPath', 'format']) {
      check(`${f}.${name}(${String(typeof v)})`, () => O[name](v), () => N[name](v));
    }
    check(`${f}.basename('a', bad)`, () => O.basename('a', v), () => N.basename('a', v));
    check(`${f}.join('a', bad)`, () => O.join('a', v), () => N.join('a', v));
    check(`${f}.resolve(bad, '/a')`, () => O.resolve(v, '/a'), () => N.resolve(v, '/a'));
    check(`${f}.resolve(bad, 'c:\\\\a')`, () => O.resolve(v, 'c:\\a'), () => N.resolve(v, 'c:\\a'));
    check(`${f}.resolve('a', bad)`, () => O.resolve('a', v), () => N.resolve('a', v));
    check(`${f}.relative(bad, 'a')`, () => O.relative(v, 'a'), () => N.relative(v, 'a'));
    check(`${f}.relative('a', bad)`, () => O.relative('a', v), () => N.relative('a', v));
  }
  const objs = [{}, { root: '/' }, { dir: 'x', base: 'y' }, { dir: 'x', name: 'n', ext: 'e' },
                { name: 'n', ext: '.e' }, { root: 'r', dir: 'r', base: 'b' },
                { root: '/', name: 'n', ext: '' }, { base: '', name: 'q' }, { dir: '', root: '' }];
  for (const o of objs) check(`${f}.format(${JSON.stringify(o)})`, () => O.format(o), () => N.format(o));
  check(`${f}.join()`, () => O.join(), () => N.join());
  check(`${f}.resolve()`, () => O.resolve(), () => N.resolve());
  check(`${f}.sep`, () => O.sep, () => N.sep);
  check(`${f}.delimiter`, () => O.delimiter, () => N.delimiter);
}
check('shape', () => Object.keys(ours).sort(), () => Object.keys(nodePath).sort());
check('cross', () => [ours.posix === ours, ours.win32.posix === ours, ours.posix.win32 === ours.win32,
                      ours.win32.win32 === ours.win32],
      () => [nodePath.posix === nodePath, nodePath.win32.posix === nodePath,
             nodePath.posix.win32 === nodePath.win32, nodePath.win32.win32 === nodePath.win32]);

console.log(`path: ${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
