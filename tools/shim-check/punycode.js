'use strict';

// Differential check: eddy's lib/punycode.js against Node's bundled punycode.
//   node --expose-internals tools/shim-check/punycode.js [count]

process.noDeprecation = true;
const { loadWithNative } = require('./_pure-load.js');
const nodePuny = require('punycode');
const ours = loadWithNative('punycode');

const COUNT = Number(process.argv[2]) || 20000;
let seed = 777;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const chars = ['a', 'Z', '0', '9', '-', '.', '@', '\u3002', '\u00fc', '\u00df', '\u4e2d', '\ud83d\ude00',
               '\ud800', '\udc00', '{', '!', 'x', 'n', '\uff0e', ' ', '\u0080', '\u10ffff'];
function gen() {
  const n = rand(9);
  let s = rand(5) === 0 ? 'xn--' : '';
  for (let i = 0; i < n; i++) s += chars[rand(chars.length)];
  return s;
}

let mismatches = 0;
let checks = 0;
function run(fn) {
  try { return { ok: fn() }; } catch (e) { return { err: `${e.name} ${e.message}` }; }
}
function check(label, fa, fb) {
  checks++;
  const a = JSON.stringify(run(fa));
  const b = JSON.stringify(run(fb));
  if (a !== b) {
    if (++mismatches <= 40) console.log(`MISMATCH ${label}\n  ours: ${a}\n  node: ${b}`);
  }
}
for (let i = 0; i < COUNT; i++) {
  const s = gen();
  const J = JSON.stringify(s);
  for (const fn of ['encode', 'decode', 'toASCII', 'toUnicode']) {
    check(`${fn}(${J})`, () => ours[fn](s), () => nodePuny[fn](s));
  }
  check(`ucs2.decode(${J})`, () => ours.ucs2.decode(s), () => nodePuny.ucs2.decode(s));
  const enc = run(() => nodePuny.encode(s));
  if (enc.ok !== undefined) {
    check(`decode(encode(${J}))`, () => ours.decode(enc.ok), () => nodePuny.decode(enc.ok));
  }
}
for (const s of ['bcher-kva', 'ihqwcrb4cv8a8dqg056pqjye', 'egbpdaj6bu4bxfgehfvwxn', '99999999999',
                 'zzzzzzzzzzzzzz', 'a-b-c', 'xn--', 'XN--BCHER-KVA', 'Bücher@ÜBER.de。x']) {
  for (const fn of ['decode', 'toUnicode', 'toASCII', 'encode']) {
    check(`${fn}(${JSON.stringify(s)})`, () => ours[fn](s), () => nodePuny[fn](s));
  }
}
check('ucs2.encode', () => ours.ucs2.encode([0x1f600, 65, 0xd800]), () => nodePuny.ucs2.encode([0x1f600, 65, 0xd800]));
check('keys', () => [Object.keys(ours), Object.keys(ours.ucs2), ours.version],
      () => [Object.keys(nodePuny), Object.keys(nodePuny.ucs2), nodePuny.version]);
console.log(`punycode: ${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
