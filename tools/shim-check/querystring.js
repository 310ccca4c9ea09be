'use strict';

// Differential check: eddy's lib/querystring.js against Node's builtin.
//   node --expose-internals tools/shim-check/querystring.js [count]

const { loadWithNative } = require('./_pure-load.js');
const util = require('util');
const nodeQs = require('querystring');
const ours = loadWithNative('querystring');

const COUNT = Number(process.argv[2]) || 20000;
let seed = 987654;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const pieces = ['a', 'b', 'k', '=', '=', '&', '&', '+', '%', '%4', '%41', '%e9', '%C3%A9', '%ff',
                '%zz', '%2B', '%26', ';', ':', 'é', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00',
                ' ', '1', '__proto__', 'constructor', '%%', '%E2%82', '%F0%9F%98%80'];
function gen() {
  const n = rand(10);
  let s = '';
  for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)];
  return s;
}

let mismatches = 0;
let checks = 0;
const seen = new Set();
function run(fn) {
  try {
    return { ok: util.inspect(fn(), { depth: 4, showHidden: false }) };
  } catch (e) {
    return { err: `${e.name} ${e.code} ${e.message}` };
  }
}
function check(label, fa, fb) {
  checks++;
  const a = run(fa);
  const b = run(fb);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    mismatches++;
    if (seen.has(label) || seen.size > 60) return;
    seen.add(label);
    console.log(`MISMATCH ${label}\n  ours: ${JSON.stringify(a)}\n  node: ${JSON.stringify(b)}`);
  }
}
const J = JSON.stringify;

function logDecoder(log) {
  return (s) => { log.push(s); if (s.includes('zz')) throw new Error('x'); return `<${s}>`; };
}

const seps = [undefined, '&', ';', '&&', 'ab', '', null, 0, 5];
const eqs = [undefined, '=', ':', '==', '=a', '', null];
for (let i = 0; i < COUNT; i++) {
  const s = gen();
  check(`parse(${J(s)})`, () => ours.parse(s), () => nodeQs.parse(s));
  check(`unescape(${J(s)})`, () => ours.unescape(s), () => nodeQs.unescape(s));
  check(`unescape(${J(s)}, true)`, () => ours.unescape(s, true), () => nodeQs.unescape(s, true));
  check(`unescapeBuffer(${J(s)}, true)`, () => ours.unescapeBuffer(s, true),
        () => nodeQs.unescapeBuffer(s, true));
  check(`escape(${J(s)})`, () => ours.escape(s), () => nodeQs.escape(s));
  const sep = seps[rand(seps.length)];
  const eq = eqs[rand(eqs.length)];
  const maxKeys = [undefined, 0, 1, 2, 3, -1, 1.5, '2'][rand(8)];
  const opts = { maxKeys };
  check(`parse(${J(s)}, ${J(sep)}, ${J(eq)}, ${J(opts)})`,
        () => ours.parse(s, sep, eq, opts), () => nodeQs.parse(s, sep, eq, opts));
  if (rand(3) === 0) {
    const la = [];
    const lb = [];
    check(`parse(${J(s)}, ${J(sep)}, ${J(eq)}, custom decoder)`,
          () => [ours.parse(s, sep, eq, { decodeURIComponent: logDecoder(la), maxKeys }), la],
          () => [nodeQs.parse(s, sep, eq, { decodeURIComponent: logDecoder(lb), maxKeys }), lb]);
  }
  const obj = nodeQs.parse(s);
  check(`stringify(parse(${J(s)}))`, () => ours.stringify(obj), () => nodeQs.stringify(obj));
  check(`stringify(parse(${J(s)}), sep, eq)`, () => ours.stringify(obj, sep, eq),
        () => nodeQs.stringify(obj, sep, eq));
}

const values = [undefined, null, 0, -0, 1.5, NaN, Infinity, -Infinity, 10n, true, false, '', 'x y',
                {}, [], [1, 'a', null], [[1]], () => {}, Symbol('s'), new Date(0), 'é\u20ac'];
const objs = [
  { a: 1 }, { a: [] }, { a: [], b: 1 }, { a: [1, 2], b: [] }, { '': '' }, { 'a b': 'c&d' },
  Object.create({ inherited: 1 }), [1, 2], 'str', 42, null, undefined, new Map([[1, 2]]),
];
for (const v of values) objs.push({ k: v, [String(typeof v)]: [v, v] });
for (const o of objs) {
  check(`stringify(${util.inspect(o)})`, () => ours.stringify(o), () => nodeQs.stringify(o));
  check(`stringify(${util.inspect(o)}, ';', ':')`, () => ours.stringify(o, ';', ':'),
        () => nodeQs.stringify(o, ';', ':'));
  const la = [];
  const lb = [];
  const enc = (log) => (s) => { log.push([typeof s, s]); return `[${s}]`; };
  check(`stringify(${util.inspect(o)}, custom)`,
        () => [ours.stringify(o, null, null, { encodeURIComponent: enc(la) }), la],
        () => [nodeQs.stringify(o, null, null, { encodeURIComponent: enc(lb) }), lb]);
}
for (const v of values) {
  check(`escape(${util.inspect(v)})`, () => ours.escape(v), () => nodeQs.escape(v));
  check(`parse(${util.inspect(v)})`, () => ours.parse(v), () => nodeQs.parse(v));
}
for (const s of ['\ud800', '\udc00', 'a\ud800', '\ud800a', '\udc00\ud800', '\ud83d\ude00',
                 'az09-._~!\'()*', ' "#$%&+,/:;<=>?@[\\]^`{|}', '\u00ff\u0100\u07ff\u0800\uffff']) {
  check(`escape(${J(s)})`, () => ours.escape(s), () => nodeQs.escape(s));
}
check('keys', () => Object.keys(ours), () => Object.keys(nodeQs));
check('aliases', () => [ours.encode === ours.stringify, ours.decode === ours.parse],
      () => [nodeQs.encode === nodeQs.stringify, nodeQs.decode === nodeQs.parse]);

console.log(`querystring: ${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
