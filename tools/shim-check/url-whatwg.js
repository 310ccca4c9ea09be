'use strict';

// Differential check: eddy's lib/internal/url.js (WHATWG URL, URLSearchParams,
// domainToASCII/Unicode, file URL helpers) against Node's own, over a fixed
// list of edge cases, generated URLs, random strings and setter cases.
//   node --expose-internals tools/shim-check/url-whatwg.js [randomCount]
// Prints every mismatch and exits 1 if there is any.

const { load } = require('../node-shim.js');
const nodeUrl = require('url');
const util = require('util');
const ours = load('internal/url');

const RANDOM_COUNT = Number(process.argv[2]) || 6000;
let seed = Number(process.env.URL_CHECK_SEED) || 4242;
function rand(n) {
  // xorshift32
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
function pick(arr) { return arr[rand(arr.length)]; }

let mismatches = 0;
let checks = 0;
function report(what, input, got, want) {
  mismatches++;
  if (mismatches <= (Number(process.env.URL_CHECK_MAX) || 200)) {
    console.log(`MISMATCH ${what} ${JSON.stringify(input)}\n   eddy: ${JSON.stringify(got)}\n   node: ${JSON.stringify(want)}`);
  }
}

const COMPONENTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                    'port', 'pathname', 'search', 'hash'];

function describe(Ctor, input, base) {
  let u;
  try {
    u = base === undefined ? new Ctor(input) : new Ctor(input, base);
  } catch (e) {
    return { error: `${e.name} ${e.code} ${e.message} ${e.input} ${e.base}` };
  }
  const out = {};
  for (const k of COMPONENTS) out[k] = u[k];
  out.params = [...u.searchParams];
  out.json = JSON.stringify(u);
  return out;
}

function compareURL(input, base) {
  checks++;
  const got = describe(ours.URL, input, base);
  const want = describe(URL, input, base);
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  if (a !== b) report('URL', base === undefined ? input : [input, base], got, want);
  const cp1 = base === undefined ? ours.URL.canParse(input) : ours.URL.canParse(input, base);
  // Node 20's own URL.canParse is unreliable once optimised (two-byte
  // strings): the constructor is the reference.
  const cp2 = !want.error;
  if (cp1 !== cp2) report('canParse', [input, base], cp1, cp2);
}

// --- 1. hand-picked edge cases -----------------------------------------------

const fixedBase = 'http://example.org/foo/bar';
const fixed = [
  // schemes, special and not
  'http://example.com', 'HTTP://EXAMPLE.COM/', 'https://a.b/c', 'ws://x', 'wss://x:443/', 'ftp://x:21/',
  'ftp://x:22/', 'http://x:80', 'https://x:80', 'ws://x:443', 'foo://x:80/', 'foo:', 'foo:/', 'foo://',
  'foo:///', 'foo:////', 'FOO://BAR/', 'a+b-c.d://x', '1a://x', '+a://x', 'a:b', 'mailto:x@y.z',
  'javascript:alert(1)', 'data:text/html,<b>hi</b>', 'data:,', 'about:blank', 'blob:https://a.b/uuid',
  'blob:http://a:8/x', 'blob:ftp://a/x', 'blob:blob:https://a/', 'blob:', 'urn:isbn:123', 'tel:+1-555',
  'sc://\u00f1', 'sc://\u00f1.test/', 'sc://a b/', 'sc://a%20b/', 'sc://[::1]/', 'sc://[1]/', 'sc://a:b@c/',
  'sc://@/', 'sc://:@/', 'sc://x/', 'sc://x:/', 'sc://x:12/', 'sc://x:65536/', 'sc::', 'sc:\\../', 'sc:/..',
  'sc:/../x', 'sc://a/../b', 'sc:a/../b', 'sc:a/./b', 'sc://a/%2e/b', 'sc://a/b?c#d', 'sc://a\\b/',
  'non-spec:/.//p', 'non-spec:/..//p', 'non-spec:/a/..//p', 'web+demo:/.//not-a-host/', 'sc://a^b/',
  'sc://a|b/', 'sc://a%b/', 'sc://a<b/', 'sc://\u0000/', 'sc://\u001f/', 'sc://a\u007fb/',
  // whitespace and controls
  ' http://a/ ', '\t\nhttp://a/\r', 'ht\ttp://a/', 'http://a/b\tc\nd', '\u0000http://a/\u001f',
  'http://a/ b', 'http://a/?\u0000#\u0000', 'http://a/\u007f', '  ', '',
  // authority
  'http://user@a/', 'http://user:pass@a/', 'http://:pass@a/', 'http://user:@a/', 'http://@a/',
  'http://:@a/', 'http://a@b@c/', 'http://a:b:c@d/', 'http://%61@b/', 'http://a b:c d@e/',
  'http://\u00fc:\u00e9@a/', 'http://us[er]:p|w@a/', 'http://@/', 'http://a@/', 'http:a@b',
  'http://user:pass@/x', 'http:/\\/a/', 'http:\\\\a\\b', 'http:/a', 'http:a', 'http:', 'http:/',
  'http://', 'http:///a', 'http:////a', 'https:\\\\x', 'http://a:', 'http://a:/', 'http://a:0/',
  'http://a:00080/', 'http://a:65535/', 'http://a:65536/', 'http://a:-1/', 'http://a:1a/',
  'http://a:99999999999999999999/', 'http://a: 1/', 'http://[::1]:8080/', 'http://a:8080:9/',
  // hosts
  'http://EXAMPLE.com./', 'http://a..b/', 'http://./', 'http://../', 'http://a%2eb/', 'http://%41/',
  'http://a%00b/', 'http://%zz/', 'http://a%/', 'http://\u00e9xample.org/', 'http://\u0130/',
  'http://\u00df.de/', 'http://\u03c2.gr/', 'http://\u03a3.gr/', 'http://xn--nxasmq6b/',
  'http://XN--NXASMQ6B.com/', 'http://xn--/', 'http://xn--a/', 'http://xn--a.xn--b/',
  'http://xn--zz-zzz/', 'http://xn--abc-/', 'http://xn--ls8h.la/', 'http://\ud83d\udca9.la/',
  'http://\uff21\uff22\uff23/', 'http://a\u3002b/', 'http://a\uff0eb/', 'http://a\uff61b/',
  'http://\u00ad/', 'http://a\u00adb/', 'http://a\u200bb/', 'http://a\u200cb/', 'http://a\u200db/',
  'http://\u0661.\u0662/', 'http://\u05d0\u05d1/', 'http://\u05d0.1/', 'http://1.\u05d0/',
  'http://a.\u05d0/', 'http://\u0627\u0644\u0639\u0631\u0628\u064a\u0629/', 'http://\u4e2d\u6587.com/',
  'http://\u0440\u0444/', 'http://\ufffd/', 'http://\ue000/', 'http://\u0378/', 'http://a\u2028b/',
  'http://\u0301a/', 'http://a\u0301/', 'http://\u2488.com/', 'http://\u2474/', 'http://a\u00a0b/',
  'http://a\u3000b/', 'http://\uff05\uff14\uff11/', 'http://%ef%bc%85%ef%bc%94%ef%bc%91/',
  'http://a%ef%bc%8eb/', 'http://a%c3%a9/', 'http://%c3/', 'http://a b/', 'http://a<b/', 'http://a>b/',
  'http://a^b/', 'http://a|b/', 'http://a[b/', 'http://a]b/', 'http://[a/', 'http://a\\b/',
  'http://a%25b/', 'http://a%7cb/', 'http://a*b/', 'http://a!b$c&d\'e(f)g+h,i;j=k/', 'http://a~b/',
  // IPv4
  'http://1.2.3.4/', 'http://0x7f.0.0.1/', 'http://0X7F.1/', 'http://0177.1/', 'http://127.1/',
  'http://127.0.1/', 'http://2130706433/', 'http://4294967295/', 'http://4294967296/',
  'http://1.2.3.4.5/', 'http://1.2.3.256/', 'http://1.2.256.4/', 'http://1.2.3.4./', 'http://1.2.3.4../',
  'http://0x/', 'http://0x.0x/', 'http://0xg/', 'http://09/', 'http://08.1/', 'http://0/',
  'http://00/', 'http://1.0x/', 'http://foo.09/', 'http://foo.0x4/', 'http://foo.1/', 'http://1.foo/',
  'http://0xffffffff/', 'http://0x100000000/', 'http://256.256.256.256/', 'http://1.2.65536/',
  'http://1.16777216/', 'http://\uff11\uff12\uff17.0.0.1/', 'http://0..0x300/', 'http://0x.0x.0/',
  'http://999999999999999999/', 'http://1.2.3.09/', 'http://1.2.3.0x/', 'sc://1.2.3.4/', 'sc://0x7f.1/',
  // IPv6
  'http://[::]/', 'http://[::1]/', 'http://[1::]/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:0:0:2::3:0]/',
  'http://[0:0:1:0:0:0:0:0]/', 'http://[1:0::0:1]/', 'http://[::ffff:192.168.0.1]/',
  'http://[::127.0.0.1]/', 'http://[1:2:3:4:5:6:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:1.2.3.4]/',
  'http://[::1.2.3]/', 'http://[::1.2.3.4.5]/', 'http://[::01.2.3.4]/', 'http://[::1.2.3.256]/',
  'http://[:1]/', 'http://[1:]/', 'http://[1::2::3]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[12345::]/',
  'http://[g::]/', 'http://[::1]x/', 'http://[::1/', 'http://::1]/', 'http://[]/', 'http://[ ::1]/',
  'http://[::1%25eth0]/', 'http://[FFFF::ABCD]/', 'http://[0:0:0:0:0:0:0:0]/', 'http://[1:0:0:0:0:0:0:0]/',
  'http://[0:0:0:0:0:0:0:1]/', 'http://[1:1:0:0:1:0:0:1]/', 'http://[::%31]/', 'http://%5B::1%5D/',
  // paths
  'http://a/b/c/./../../g', 'http://a/./b', 'http://a/../b', 'http://a/b/..', 'http://a/b/.',
  'http://a/b/%2e', 'http://a/b/%2E%2e', 'http://a/b/.%2e/c', 'http://a/b/%2e./c', 'http://a/b/...',
  'http://a/b/..../c', 'http://a/%2e%2e%2f', 'http://a/b\\c\\..\\d', 'http://a/b//c', 'http://a//',
  'http://a/b?c/../d', 'http://a/b#c/../d', 'http://a/\u00e9/\u4e2d/\ud83d\ude00', 'http://a/%zz%',
  'http://a/ "<>`{}|^', 'http://a/?"<>`{}|^\'', 'http://a/#"<>`{}|^ ', 'http://a/%00', 'http://a/\ud800',
  'http://a/\udc00x', 'http://a/?\ud800', 'http://a/#\udfff', 'sc://a/ "<>`{}|^?"<>\'#"<>',
  'http://a/;x=1/y', 'http://a/@', 'http://a/:b', 'http://a/[]', 'http://a/%E2%82%AC',
  // queries and fragments
  'http://a/?', 'http://a/#', 'http://a/?#', 'http://a/??', 'http://a/##', 'http://a/?a=b&c=d',
  'http://a/?a=b c', 'http://a/?a+b=c+d', 'http://a/?%zz=%', 'http://a/?a=%e2%82%ac', 'http://a/?\u20ac',
  'http://a/#\u20ac', 'http://a/#a#b', 'http://a/?a#b?c', 'sc:x?y#z', 'sc:x #y', 'sc:x ?y', 'data:a  ',
  'data:a ?x', 'data:a  #x', 'javascript:x?y z#w v',
  // file URLs
  'file:', 'file:/', 'file://', 'file:///', 'file:////', 'file://///x', 'file:x', 'file:/x', 'file://x',
  'file://x/', 'file:///x', 'file://localhost/', 'file://LOCALHOST/x', 'file://localhost:80/',
  'file://a:80/', 'file://u@a/', 'file:///C:/x', 'file:///C|/x', 'file://C:/x', 'file://C|/x',
  'file:C:/x', 'file:C|/x', 'file:/C:/x', 'file:c:\\x\\..\\..', 'file:///C:/..', 'file:///C:/../..',
  'file:///C:/a/../../b', 'file:///c:', 'file:///c|', 'file:///c:x', 'file:///cc:/x', 'file:///1:/x',
  'file://host/C:/x', 'file://host/c|', 'file://1.2.3.4/x', 'file://[::1]/x', 'file://\u00e9/x',
  'file://xn--nxasmq6b/', 'file://a b/', 'file://%41/', 'file:///?a#b', 'file:?a', 'file:#a',
  'file:..', 'file:.', 'file://loCALhost/', 'file://localhost./', 'file:\\\\host\\share',
  'File:///X', 'file:/C|', 'file:C', 'file:///x/%2e%2e/y', 'file:////host/share',
];

for (const s of fixed) compareURL(s);
for (const s of fixed) compareURL(s, fixedBase);

// relative references against a few bases
const bases = [
  'http://example.org/foo/bar', 'http://a/b/c/d;p?q', 'https://u:p@h:8/p/q?r#s', 'file:///C:/a/b',
  'file:///tmp/x', 'file://host/share/x', 'sc://h/a/b', 'sc:/a/b', 'sc:opaque', 'data:text/plain,x',
  'about:blank', 'sc://h', 'http://[::1]/x/', 'file:///C:/', 'file:', 'mailto:a@b',
  'file:///C::0/y', 'file:///C:a', 'file:///u:p@h/x',
];
const relatives = [
  '', '.', '..', './', '../', '../..', '../../..', '/', '//', '///', '//x', '//x/y', '\\', '\\\\x',
  'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '.g',
  'g.', '..g', 'g..', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
  'g#s/../x', 'http:g', 'http:/g', 'https:g', 'sc:g', 'file:g', 'C:', 'C:/x', 'C|/x', '/C:/x',
  '//C:/x', 'file:C:', 'file:/C:', 'C:x', 'C::',
  '/C:x/..', 'C|x/../..', 'x:', 'a b', '?', '#', '#a b', '?a b', '%2e', '%2e%2e', '/./x',
  '/../x', '\\x\\..\\y', 'http://x', 'HTTP:', 'Sc:x', 'sc:', 'foo/bar/../baz', ' \t/x ',
];
for (const b of bases) for (const r of relatives) compareURL(r, b);

// invalid bases
for (const b of ['', 'x', 'sc:', '//a', 'http://a b', 'http://[::', 'data:']) {
  compareURL('a', b);
  compareURL('http://x/', b);
}

// --- 2. generated from parts ---------------------------------------------------

const schemes = ['http:', 'https:', 'file:', 'ws:', 'ftp:', 'sc:', 'data:', 'HTTP:', 'blob:', ''];
const slashes = ['//', '/', '', '///', '\\\\', '/\\', '////'];
const userinfos = ['', 'u@', 'u:p@', ':p@', '@', 'u%20:p%3A@', 'a@b@', '\u00fc@'];
const hosts = ['a', 'A.B', 'x.y.z', '127.0.0.1', '0x7f.1', '[::1]', '[1:2::3]', '\u00e9.fr', 'xn--nxasmq6b',
               '', 'localhost', 'C:', 'c|', '1.2.3.4.5', 'a%20b', '%41', 'a..', '09', 'foo.0x9'];
const ports = ['', ':', ':80', ':443', ':8080', ':0', ':65536', ':x'];
const paths = ['', '/', '/a', '/a/b', '/./a', '/../a', '/a/../b', '/a/./', '/%2e/', '/a b', '/\u00e9',
               '/C:/x', '/c|', '/..', 'a', '/a//b', '\\a\\b'];
const queries = ['', '?', '?a=b', '?a b', "?'x'", '?\u00e9'];
const fragments = ['', '#', '#f', '#f g', '#\u00e9', '#`'];
for (let i = 0; i < 2500; i++) {
  const s = pick(schemes) + pick(slashes) + pick(userinfos) + pick(hosts) + pick(ports) +
    pick(paths) + pick(queries) + pick(fragments);
  compareURL(s);
  if (i % 5 === 0) compareURL(s, pick(bases));
}

// --- 3. random strings -------------------------------------------------------------

const alphabet = [
  'a', 'b', 'x', 'A', '0', '1', '9', '.', '..', '/', '//', '\\', ':', '@', '?', '#', '%', '%2e', '%2E',
  '%41', '%zz', '[', ']', '::', ' ', '\t', '\n', '\u0000', '\u007f', '\u00e9', '\u00df', '\ud83d\ude00',
  '\ud800', '|', '^', '`', '{', '}', '<', '>', '"', "'", '&', '=', '+', ';', ',', '~', '$', '!', '*',
  'http:', 'https:', 'file:', 'sc:', 'ws:', 'C:', 'c|', 'xn--', '0x', '08', '255', '256', '\u3002',
  '\uff0e', '\u00ad', '\u200d', '-', '_', 'localhost',
];
for (let i = 0; i < RANDOM_COUNT; i++) {
  const n = 1 + rand(10);
  let s = '';
  for (let j = 0; j < n; j++) s += pick(alphabet);
  if (rand(3) === 0) compareURL(s, pick(bases));
  else compareURL(s);
}

// random hosts (IPv4 / IPv6 / IDNA / percent-encoding) behind fixed schemes
const hostAlphabet = [
  '0', '1', '7', '9', 'f', 'x', 'X', 'a', '.', '.', ':', '::', '[', ']', '%', '%2e', '%41', '%c3%a9',
  '0x', '00', '255', '256', '4294967295', '\u00e9', '\u00df', '\u03a3', '\u05d0', '\u0660', '\u0300',
  '\u200c', '\u200d', '\u00ad', 'xn--', 'xn--nxasmq6b', '\uff0e', '\u3002', '\u2488', '\u2474', '-',
  '\ud83d\ude00', '\u0130', '\u1e9e', '\ufb01', '\u2163', '\u00bd', ' ', '@', '\\', '^', '~', '_',
];
const hostSchemes = ['http://', 'sc://', 'file://', 'https://u:p@', 'ws://', 'http://x@'];
for (let i = 0; i < RANDOM_COUNT; i++) {
  const n = 1 + rand(8);
  let h = '';
  for (let j = 0; j < n; j++) h += pick(hostAlphabet);
  compareURL(`${pick(hostSchemes)}${h}${pick(['/', ':8/', '/p?q#f', ''])}`);
}

// --- 4. setters ------------------------------------------------------------------------

const setterURLs = [
  'http://u:p@a.b:8080/p/q?x=1#f', 'https://a/', 'file:///C:/x', 'file://host/x', 'file:///x',
  'sc://u@h:9/p?q#f', 'sc:opaque', 'sc:opaque  ?q', 'sc:opaque  #f', 'sc:opaque  ?q#f', 'sc:/p',
  'sc://h', 'data:text/plain,x', 'mailto:a@b', 'ws://a:81/', 'http://[::1]:3/', 'sc://[::1]/',
  'sc:///x', 'blob:https://a/b', 'http://a/?a=1&b=2',
];
const setterValues = {
  href: ['http://z/', 'x', '', 'sc:y', 'file:///q', 'http://[', ' https://w/ '],
  protocol: ['https', 'http:', 'HTTPS', 'file', 'sc', 'ws:', 'f o', '', '1x', 'x:y', 'wss:',
             'ftp', 'data', 'sc2:', 'https:extra'],
  username: ['', 'me', 'a b', 'a:b@c', '\u00e9', '%41', 'x/y?z#w'],
  password: ['', 'pw', 'a b', ':@/', '\u00e9', '%zz'],
  host: ['', 'z', 'z:1', 'z:', 'z:x', 'z:99', 'z:65536', '[::2]', '[::2]:5', 'a b', 'a/b', 'a?b',
         'a#b', '\u00e9', 'xn--', '0x7f.1', 'a:1/b', 'localhost', 'a@b', 'c:', '\\x', 'a\\b'],
  hostname: ['', 'z', 'z:1', '[::2]', 'a b', 'a/b', '\u00e9.com', 'localhost', '1.2.3', 'c|',
             'a#b', 'a?b', '%41', '[::2'],
  port: ['', '0', '1', '80', '443', '8080', '65535', '65536', 'x', '12x', ' 1', '\t1', '-1',
         '00021', '1:2', '1/2', '99999999999'],
  pathname: ['', '/', 'a', '/a/b', '/a/../b', '..', '?x', '#x', 'a b', '\u00e9', '\\a\\b',
             '/%2e', 'C:/x', '//x', '/./'],
  search: ['', '?', '??', 'a=b', '?a=b', 'a b', '#x', '\u00e9', "'"],
  hash: ['', '#', '##', 'x', '#x', 'x y', '\u00e9', '`'],
};
for (const u of setterURLs) {
  for (const [prop, values] of Object.entries(setterValues)) {
    for (const v of values) {
      checks++;
      const run = (Ctor) => {
        try {
          const url = new Ctor(u);
          const sp = url.searchParams;
          url[prop] = v;
          return [url.href, url.host, url.pathname, url.search, [...sp]];
        } catch (e) {
          return `${e.name} ${e.code} ${e.message}`;
        }
      };
      const got = run(ours.URL);
      const want = run(URL);
      if (JSON.stringify(got) !== JSON.stringify(want)) report(`set ${prop}`, [u, v], got, want);
    }
  }
}

// random setter values
const setterProps = Object.keys(setterValues);
for (let i = 0; i < RANDOM_COUNT / 2; i++) {
  const u = rand(2) === 0 ? pick(setterURLs) : pick(fixed);
  const prop = pick(setterProps);
  const n = rand(6);
  let v = '';
  for (let j = 0; j < n; j++) v += rand(2) ? pick(alphabet) : pick(hostAlphabet);
  checks++;
  const run = (Ctor) => {
    try {
      const url = new Ctor(u);
      const sp = url.searchParams;
      url[prop] = v;
      return [url.href, url.host, url.pathname, url.search, url.hash, [...sp]];
    } catch (e) {
      return `${e.name} ${e.code} ${e.message}`;
    }
  };
  const got = run(ours.URL);
  const want = run(URL);
  if (JSON.stringify(got) !== JSON.stringify(want)) report(`set ${prop}`, [u, v], got, want);
}

// --- 5. URLSearchParams ------------------------------------------------------------

function describeParams(Ctor, init) {
  try {
    const p = new Ctor(init);
    return { s: p.toString(), e: [...p], size: p.size };
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}
const paramInits = [
  undefined, null, '', '?', '??a', 'a', 'a=', '=a', '=', '&', '&&a=b&&', 'a=b=c', 'a+b=c+d', 'a%20b=%2B',
  '%zz=%e2%82', '%e2%82%ac=%C3%A9', 'a=%ff%fe', '\u00e9=\ud83d\ude00', '\ud800=\udc00', 'a=1&a=2&b=3',
  ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~=x', 'a=\u0000\u007f', 12, true, [['a', 'b'], ['c', 'd']],
  [['a', 1]], [], { a: '1', b: '2' }, { a: 1, a2: [1, 2] }, [['a']], [['a', 'b', 'c']], [5],
  new Map([['x', 'y']]), { [Symbol.iterator]: 5 }, 'a=b#c', '?a=b?c',
];
for (const init of paramInits) {
  checks++;
  const got = describeParams(ours.URLSearchParams, init);
  const want = describeParams(URLSearchParams, init);
  if (JSON.stringify(got) !== JSON.stringify(want)) report('URLSearchParams', String(init), got, want);
}

// method sequences
const ops = [
  (p) => p.append('a', 'x y'), (p) => p.append('\u00e9', '\ud800'), (p) => p.delete('a'),
  (p) => p.delete('a', 'x y'), (p) => p.set('b', '2'), (p) => p.set('a', ''), (p) => p.sort(),
  (p) => p.get('a'), (p) => p.getAll('a'), (p) => p.has('a'), (p) => p.has('a', '1'),
  (p) => p.append('z', '~*'), (p) => p.append('', ''), (p) => p.delete('z', undefined), (p) => p.size,
  (p) => [...p.keys()], (p) => [...p.values()], (p) => [...p.entries()], (p) => p.toString(),
];
for (let i = 0; i < 400; i++) {
  checks++;
  const init = pick(['', 'a=1&b=2&a=3', 'c=1&b=2&a=3&b=0', '\u00e9=1&e=2&\ud83d\ude00=3&z=4']);
  const seq = [];
  for (let j = 0; j < 1 + rand(6); j++) seq.push(rand(ops.length));
  const run = (Ctor) => {
    const url = new Ctor(`http://h/p?${init}`);
    const p = url.searchParams;
    const results = seq.map((k) => ops[k](p));
    return [results, url.href, url.search, p.toString()];
  };
  const got = run(ours.URL);
  const want = run(URL);
  if (JSON.stringify(got) !== JSON.stringify(want)) report('params ops', [init, seq], got, want);
}

// sort stability and code-unit order
{
  const s = 'z=1&\ud83d\ude00=2&\uffff=3&a=4&z=5&\u00e9=6&a=7&A=8&=9';
  const a = new ours.URLSearchParams(s); a.sort();
  const b = new URLSearchParams(s); b.sort();
  checks++;
  if (a.toString() !== b.toString()) report('sort', s, a.toString(), b.toString());
}

// --- 6. inspect -------------------------------------------------------------------------------

function compareInspect(what, mk, opts) {
  checks++;
  const got = util.inspect(mk(ours), opts);
  const want = util.inspect(mk({ URL, URLSearchParams }), opts);
  if (got !== want) report(`inspect ${what}`, opts, got, want);
}
compareInspect('url', (m) => new m.URL('https://u:p@h:1/p?a=1#f'));
compareInspect('url nested', (m) => ({ a: { b: new m.URL('https://h/?q') } }));
compareInspect('url deep', (m) => ({ a: { b: { c: new m.URL('https://h/?q') } } }));
compareInspect('params', (m) => new m.URLSearchParams('a=1&b=%C3%A9'));
compareInspect('params empty', (m) => new m.URLSearchParams(''));
compareInspect('params long', (m) => new m.URLSearchParams(`a=${'x'.repeat(60)}&b=${'y'.repeat(30)}`));
compareInspect('params deep', (m) => ({ a: { b: { c: new m.URLSearchParams('a=1') } } }));
compareInspect('params colors', (m) => new m.URLSearchParams('a=1'), { colors: true });
compareInspect('iter entries', (m) => new m.URLSearchParams('a=1&b=2').entries());
compareInspect('iter keys', (m) => new m.URLSearchParams('a=1&b=2').keys());
compareInspect('iter values', (m) => new m.URLSearchParams('a=1&b=2').values());
compareInspect('iter done', (m) => { const it = new m.URLSearchParams('a=1').keys(); it.next(); return it; });
compareInspect('iter long', (m) => new m.URLSearchParams(`a=${'x'.repeat(80)}&b=2`).entries());
compareInspect('iter depth', (m) => [new m.URLSearchParams('a=1').values()], { depth: 0 });
{
  checks++;
  const tag = (m) => [Object.prototype.toString.call(new m.URL('http://a')),
    Object.prototype.toString.call(new m.URLSearchParams('')),
    Object.prototype.toString.call(new m.URLSearchParams('').keys())];
  const got = tag(ours);
  const want = tag({ URL, URLSearchParams });
  if (JSON.stringify(got) !== JSON.stringify(want)) report('toStringTag', '', got, want);
}

// --- 7. domainToASCII / domainToUnicode --------------------------------------------------

const domains = [
  '', 'example.com', 'EXAMPLE.COM', 'español.com', 'xn--espaol-zwa.com', 'xn--iñvalid.com', 'a:80',
  '0x7f.1', '[::1]', '[::1', 'a b', 'a%20b', '\u00c9XAMPLE.com', '\u4e2d\u6587.\u4e2d\u56fd', 'faß.de',
  'xn--fa-hia.de', 'XN--FA-HIA.DE', '\u0440\u0444', 'xn--p1ai', 'xn--', 'xn--a', 'xn--abc-', '.', '..',
  'a..b', 'a.', '\ud83d\udca9', 'xn--ls8h', '\u2488', '\u00ad', 'a\u200cb', '\u0915\u094d\u200c',
  '\u05d0\u05d1', '\u05d0.1', 'a.\u05d0', 'xn--4dbrk0ce', 'xn--mgbh0fb', 'localhost', '1.2.3.4.5',
  '%41.com', 'a/b', 'a?b', 'a#b', '\ufffd', '\ue000', 'xn--zz-zzz', 'xn---', 'a-', '-a', 'a--b',
  'ab--cd', 'xn--ab--cd', 'ÄÖÜ', 'ñ', '\u0130stanbul', '\u03a3\u03a3', 'xn--bcher-kva.ch',
  'B\u00fccher.ch', 'xn--n3h.net', '\u2603.net', 'xn--53h', '\u0661\u0662', 'xn--9hb',
];
for (const d of domains) {
  checks++;
  const got = [ours.domainToASCII(d), ours.domainToUnicode(d)];
  const want = [nodeUrl.domainToASCII(d), nodeUrl.domainToUnicode(d)];
  if (JSON.stringify(got) !== JSON.stringify(want)) report('domainTo*', d, got, want);
}

// --- 8. file URLs, http options, format --------------------------------------------------

function runBoth(what, fn) {
  checks++;
  const run = (m) => {
    try {
      const r = fn(m);
      return r instanceof m.URL ? `URL ${r.href}` : r;
    } catch (e) {
      return `${e.name} ${e.code} ${e.message}`;
    }
  };
  const got = run({ ...ours, format: ours.formatURL });
  const want = run({ ...nodeUrl, URL });
  if (JSON.stringify(got) !== JSON.stringify(want)) report(what, fn.toString(), got, want);
}
const fileURLs = [
  'file:///a/b%20c', 'file:///a/b%2fc', 'file:///a/b%2Fc', 'file:///a/b%5cc', 'file:///C:/a/b',
  'file:///C:/a/b%2fc', 'file:///C:/a/b%5Cc', 'file://host/a/b', 'file://localhost/a', 'file:///',
  'file:///%E2%82%AC', 'file:///a/?q#f', 'http://a/b', 'file://host/share/%20x', 'file:///a%25b',
];
for (const f of fileURLs) {
  runBoth('fileURLToPath', (m) => m.fileURLToPath(f));
  runBoth('fileURLToPath win', (m) => m.fileURLToPath(f, { windows: true }));
  runBoth('fileURLToPath posix', (m) => m.fileURLToPath(f, { windows: false }));
  runBoth('fileURLToPath URL', (m) => { try { return m.fileURLToPath(new m.URL(f)); } catch (e) { return e.code; } });
}
runBoth('fileURLToPath num', (m) => m.fileURLToPath(5));
runBoth('fileURLToPath obj', (m) => m.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }));
const filePaths = [
  '/a/b', '/a/b/', 'a/b', 'a/b/', '/', '.', '..', '/a b', '/a%b', '/a#b', '/a?b', '/a\\b', '/a\nb',
  '/a\rb\tc', '/\u00e9/\ud83d\ude00', '/a/../b', '//a//b', '/a/b/.', '',
];
for (const p of filePaths) {
  runBoth('pathToFileURL', (m) => m.pathToFileURL(p).href);
}
const winPaths = [
  'C:\\a\\b c', 'C:\\a\\', 'C:/a/', 'c:\\a%#?\\', '\\\\server\\share\\x y', '\\\\server',
  '\\\\\\x', '\\\\?\\UNC\\srv\\share\\x', '\\\\?\\C:\\x', '\\\\s\u00e9rver\\share\\x', 'C:\\a\\..\\b',
];
for (const p of winPaths) {
  runBoth('pathToFileURL win', (m) => m.pathToFileURL(p, { windows: true }).href);
}
runBoth('pathToFileURL num', (m) => m.pathToFileURL(5));
for (const u of ['http://u%20s:p@[::1]:80/a?b#c', 'http://a:81/a?b#c', 'https://h', 'sc:x', 'file:///x']) {
  runBoth('urlToHttpOptions', (m) => ({ ...m.urlToHttpOptions(new m.URL(u)) }));
}
runBoth('urlToHttpOptions obj', (m) => ({ ...m.urlToHttpOptions({ href: 'x', protocol: 'p', hostname: '[a]', port: '', extra: 1 }) }));
for (const opts of [undefined, {}, { unicode: true }, { auth: false }, { search: false, fragment: false },
                    { unicode: 1, auth: 0 }, null, 0, 5, 'x', []]) {
  for (const u of ['http://u:p@xn--nxasmq6b.com:81/a?b#c', 'foo://u:p@xn--nxasmq6b/a?b#c', 'http://[::1]/',
                   'sc:opaque?q#f']) {
    runBoth(`format ${JSON.stringify(opts)}`, (m) => m.format(new m.URL(u), opts));
  }
}

// --- 9. errors and arguments ----------------------------------------------------------

const errorCases = [
  (m) => new m.URL(), (m) => new m.URL('x'), (m) => new m.URL('x', 'y'), (m) => new m.URL('x', null),
  (m) => new m.URL('/x', undefined), (m) => new m.URL(Symbol('x')), (m) => m.URL.canParse(),
  (m) => m.URL.parse('x'), (m) => m.URL.parse('/x', 'http://a').href, (m) => m.URL.parse(),
  (m) => new m.URL({ toString() { return 'http://obj/'; } }).href, (m) => new m.URL('http://a').x,
  (m) => { const u = new m.URL('http://a'); u.href = 'bad'; },
  (m) => m.URLSearchParams.prototype.get.call({}, 'a'), (m) => new m.URLSearchParams().get(),
  (m) => new m.URLSearchParams().append('a'), (m) => new m.URLSearchParams().set('a'),
  (m) => new m.URLSearchParams().has(), (m) => new m.URLSearchParams().delete(),
  (m) => new m.URLSearchParams().getAll(), (m) => new m.URLSearchParams().forEach(5),
  (m) => new m.URLSearchParams({ a: 1, [Symbol('x')]: 2 }).toString(),
  (m) => Object.getPrototypeOf(new m.URLSearchParams('a=b').keys()).next.call({}),
  (m) => Object.getOwnPropertyNames(Object.getPrototypeOf(new m.URLSearchParams('a=b').keys())),
  (m) => m.domainToASCII(), (m) => m.domainToUnicode(),
  (m) => Object.keys(m.URL.prototype), (m) => Object.keys(m.URLSearchParams.prototype),
  (m) => Object.keys(m.URL), (m) => Object.keys(new m.URL('http://a')),
  (m) => m.URLSearchParams.prototype[Symbol.iterator] === m.URLSearchParams.prototype.entries,
  (m) => { const u = new m.URL('http://a/?x=1'); return u.searchParams === u.searchParams; },
  (m) => { const r = []; new m.URLSearchParams('a=1&b=2').forEach(function(v, k, p) { r.push(v, k, this.t, p.size); }, { t: 'T' }); return r; },
];
for (const fn of errorCases) runBoth('misc', fn);

console.log(`${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
