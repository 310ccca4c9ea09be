'use strict';

// Differential check: eddy's legacy url API (lib/url.js) against Node's.
//   node --expose-internals tools/shim-check/url.js [count]

process.noDeprecation = true; // both sides emit DEP0170 for bad ports
const util = require('util');
const { loadWithNative } = require('./_pure-load.js');
const nodeUrl = require('url');
const ours = loadWithNative('url');

const COUNT = Number(process.argv[2]) || 20000;
let seed = 31337;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function pick(a) { return a[rand(a.length)]; }

const protocols = ['http:', 'HTTP:', 'https:', 'file:', 'FILE:', 'mailto:', 'javascript:', 'foo:',
                   'a+b.c-d:', 'ws:', 'gopher:', 'ftp:', '', '', ''];
const slashes = ['//', '//', '/', '\\\\', '', '///', '/\\'];
const auths = ['', '', '', 'u:p@', 'a@b@', '%40x@', 'us%20er@', 'é@'];
const hosts = ['example.com', 'EXAMPLE.com', '\u00fcn\u00ef.com', '[::1]', '[::1', 'a_b', 'x.com:80',
               ':80', 'h:8a', 'xn--zz', '', 'a..b', 'h.com:', '1.2.3.4', 'a*b', 'a[b', '%41', 'ho st',
               'h\u00e9.de:8080', '[fe80::1%25eth0]:9'];
const paths = ['', '', '/', '/a/b', '/a/../b', 'a/./b', '/a b', '/a\\b', "/a'\"<>`{}|^", '/.',
               '/..', '/a/b/..', '/a/b/.', 'x', '..', '../c', '.', '/%2e%2e/', '/p:q', '/a;b',
               '/\u00e9', '//x/y'];
const queries = ['', '', '?a=1&b=2', '?', '?a#b', '?x=%20&y=\u00e9&x=2', '?a b', '?q=#'];
const hashes = ['', '', '#x', '#', '#a?b', '#a b'];
const ws = ['', '', '', ' ', '\t', '\u00a0', '\ufeff', '\n '];

function genRelPath() {
  const n = rand(6);
  const segs = [];
  for (let i = 0; i < n; i++) segs.push(pick(['a', 'b', '.', '..', '', 'c.d', 'x@y', 'h:1']));
  return pick(['', '', '/', '//', 'mailto:', 'http:', 'file:', 'foo:']) + segs.join('/') +
    pick(queries) + pick(hashes);
}
function genUrl() {
  if (rand(4) === 0) return genRelPath();
  if (rand(5) === 0) {
    // Mostly relative references.
    return pick(['', '.', '..', '../x', './y', 'z', '/abs', '//other/p', '?q=1', '#h', 'a/b/../c',
                 '../../..', 'mailto:x@y', 'http:rel', 'https://h2/x', 'file:x', 'foo:bar/baz']);
  }
  return pick(ws) + pick(protocols) + pick(slashes) + pick(auths) + pick(hosts) + pick(paths) +
    pick(queries) + pick(hashes) + pick(ws);
}

let mismatches = 0;
let checks = 0;
const seen = new Set();
function show(v) {
  return util.inspect(v, { depth: 4, breakLength: Infinity });
}
function run(fn) {
  try {
    const v = fn();
    return { ok: v && typeof v === 'object' ? show({ ...v }) : show(v) };
  } catch (e) {
    return { err: `${e.name} ${e.code} ${e.message} ${e.input}` };
  }
}
function check(label, fa, fb) {
  checks++;
  const a = run(fa);
  const b = run(fb);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    mismatches++;
    if (seen.has(label) || seen.size > 50) return;
    seen.add(label);
    console.log(`MISMATCH ${label}\n  ours: ${JSON.stringify(a)}\n  node: ${JSON.stringify(b)}`);
  }
}
const J = JSON.stringify;

for (let i = 0; i < COUNT; i++) {
  const s = genUrl();
  const t = genUrl();
  check(`parse(${J(s)})`, () => ours.parse(s), () => nodeUrl.parse(s));
  check(`parse(${J(s)}, true)`, () => ours.parse(s, true), () => nodeUrl.parse(s, true));
  check(`parse(${J(s)}, false, true)`, () => ours.parse(s, false, true),
        () => nodeUrl.parse(s, false, true));
  check(`format(${J(s)})`, () => ours.format(s), () => nodeUrl.format(s));
  check(`resolve(${J(s)}, ${J(t)})`, () => ours.resolve(s, t), () => nodeUrl.resolve(s, t));
  check(`resolveObject(${J(s)}, ${J(t)})`, () => ours.resolveObject(s, t),
        () => nodeUrl.resolveObject(s, t));
  let parsed;
  try { parsed = nodeUrl.parse(s, rand(2) === 0); } catch { parsed = null; }
  if (parsed) {
    const plain = { ...parsed };
    check(`format(plain parse(${J(s)}))`, () => ours.format(plain), () => nodeUrl.format(plain));
  }
}

// Hand-written format() inputs.
const objs = [
  {}, { protocol: 'http', host: 'a.com', pathname: 'x' }, { protocol: 'mailto', auth: 'a b', hostname: 'h' },
  { hostname: '::1', port: 8080 }, { hostname: '[::1]', port: '80' }, { protocol: 'file', pathname: '/x' },
  { protocol: 'file:', pathname: 'x' }, { protocol: 'fiLe', pathname: 'x' }, { slashes: true, pathname: 'p' },
  { pathname: 'a?b#c', search: 'q#r', hash: 'h' }, { query: { a: [1, 2], b: 'x y' } },
  { query: { a: 1 }, search: '?s' }, { query: 'str' }, { auth: 'u:p\u00e9@', host: 'h' },
  { protocol: 'https:', hostname: 'h', port: 0 }, { href: 'ignored' }, [], new Date(0),
];
for (const o of objs) check(`format(${show(o)})`, () => ours.format(o), () => nodeUrl.format(o));
for (const v of [undefined, null, 42, true, Symbol('x'), () => {}]) {
  check(`format(${String(typeof v)})`, () => ours.format(v), () => nodeUrl.format(v));
  check(`parse(${String(typeof v)})`, () => ours.parse(v), () => nodeUrl.parse(v));
}
check('format lone surrogate auth', () => ours.format({ auth: '\ud800', host: 'h' }),
      () => nodeUrl.format({ auth: '\ud800', host: 'h' }));
check('format(URL)', () => ours.format(new URL('http://u:p@h\u00e9.com/p?q#f'), { unicode: true, auth: false }),
      () => nodeUrl.format(new URL('http://u:p@h\u00e9.com/p?q#f'), { unicode: true, auth: false }));
check('parse(Url) identity', () => { const u = ours.parse('http://x'); return ours.parse(u) === u; },
      () => { const u = nodeUrl.parse('http://x'); return nodeUrl.parse(u) === u; });
check('keys', () => Object.keys(ours), () => Object.keys(nodeUrl));
check('Url fields', () => Object.keys(new ours.Url()), () => Object.keys(new nodeUrl.Url()));
check('resolveObject(\'\', x)', () => ours.resolveObject('', 'x'), () => nodeUrl.resolveObject('', 'x'));

console.log(`url: ${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
