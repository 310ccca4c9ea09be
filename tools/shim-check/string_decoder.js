'use strict';

// Differential check: eddy's lib/string_decoder.js against Node's builtin,
// feeding random byte streams split into random chunks.
//   node --expose-internals tools/shim-check/string_decoder.js [count]

const util = require('util');
const { loadWithNative } = require('./_pure-load.js');
const NodeSD = require('string_decoder').StringDecoder;
const OurSD = loadWithNative('string_decoder').StringDecoder;

const COUNT = Number(process.argv[2]) || 20000;
let seed = 4242;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const interesting = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe2,
                     0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf8, 0xff, 0x00, 0xd8, 0xdb, 0xdc, 0x3d, 0x82,
                     0xac, 0x9f, 0x98];
function genBytes() {
  const n = rand(14);
  const out = [];
  for (let i = 0; i < n; i++) out.push(rand(3) === 0 ? rand(256) : interesting[rand(interesting.length)]);
  if (rand(4) === 0) out.push(...Buffer.from('\u20ac\ud83d\ude00é', rand(2) ? 'utf8' : 'utf16le'));
  return out;
}

let mismatches = 0;
let checks = 0;
const seen = new Set();
function run(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    return { err: `${e.name} ${e.code} ${e.message}` };
  }
}
function check(label, a, b) {
  checks++;
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  if (sa !== sb) {
    mismatches++;
    if (seen.size > 40 || seen.has(label)) return;
    seen.add(label);
    console.log(`MISMATCH ${label}\n  ours: ${sa}\n  node: ${sb}`);
  }
}

function trace(SD, enc, chunks, useEnd, textAt) {
  const d = new SD(enc);
  const out = [d.encoding];
  chunks.forEach((c, i) => {
    const buf = Buffer.from(c);
    if (i === textAt) out.push(run(() => d.text(buf, 1)));
    else out.push(run(() => d.write(buf)));
    out.push(d.lastNeed, d.lastTotal, [...d.lastChar]);
  });
  if (useEnd) out.push(run(() => d.end(Buffer.from([0x80]))));
  out.push(run(() => d.end()), d.lastNeed, d.lastTotal);
  out.push(run(() => d.write(Buffer.from([0xe2, 0x82]))), d.lastNeed);
  return out;
}

const encodings = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'UCS-2', 'utf-16le', 'latin1', 'binary',
                   'base64', 'base64url', 'hex', 'ascii', undefined, null, ''];
for (let i = 0; i < COUNT; i++) {
  const bytes = genBytes();
  const chunks = [];
  let p = 0;
  while (p < bytes.length) {
    const n = 1 + rand(4);
    chunks.push(bytes.slice(p, p + n));
    p += n;
  }
  if (rand(5) === 0) chunks.splice(rand(chunks.length + 1), 0, []);
  const enc = encodings[rand(encodings.length)];
  const useEnd = rand(3) === 0;
  const textAt = rand(6) === 0 ? rand(chunks.length + 1) : -1;
  check(`${enc} ${JSON.stringify(chunks)} end=${useEnd} text@${textAt}`,
        trace(OurSD, enc, chunks, useEnd, textAt), trace(NodeSD, enc, chunks, useEnd, textAt));
}

// Argument handling and shape.
for (const enc of ['foo', 42, false, 0, {}, 'latin-1', 'utf16', 'UTF-16LE', 'Hex', 'BASE64']) {
  check(`new StringDecoder(${util.inspect(enc)})`,
        run(() => new OurSD(enc).encoding), run(() => new NodeSD(enc).encoding));
}
for (const v of [null, 42, {}, [1, 2], undefined, 'str', new Uint16Array([0x20ac, 0x41]),
                 new DataView(new Uint8Array([0xe2, 0x82, 0xac]).buffer), new ArrayBuffer(2)]) {
  check(`write(${util.inspect(v)})`, run(() => new OurSD('utf8').write(v)),
        run(() => new NodeSD('utf8').write(v)));
  check(`end(${util.inspect(v)})`, run(() => new OurSD('utf16le').end(v)),
        run(() => new NodeSD('utf16le').end(v)));
}
const od = new OurSD('utf8');
const nd = new NodeSD('utf8');
od.write(Buffer.from([0xf0, 0x9f]));
nd.write(Buffer.from([0xf0, 0x9f]));
check('inspect', util.inspect(od), util.inspect(nd));
check('keys', Object.keys(od), Object.keys(nd));
check('proto', Object.getOwnPropertyNames(OurSD.prototype), Object.getOwnPropertyNames(NodeSD.prototype));
check('proto enumerable', Object.keys(OurSD.prototype), Object.keys(NodeSD.prototype));
check('lastChar is Buffer', Buffer.isBuffer(od.lastChar), Buffer.isBuffer(nd.lastChar));
check('length/name', [OurSD.length, OurSD.name], [NodeSD.length, NodeSD.name]);

console.log(`string_decoder: ${checks} checks, ${mismatches} mismatches`);
process.exitCode = mismatches === 0 ? 0 : 1;
