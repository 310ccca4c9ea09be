'use strict';
// Compares the fuzz logs of node and eddy in a run directory (run.sh --out).
//   node tools/fuzz/compare.js DIR [--all]
// Groups differences per target and kind, with one example call each:
//   code      node threw code X, eddy returned or threw another code
//   name      node threw an error without code, eddy threw another kind
//   extra     node returned, eddy threw
//   type      both returned, different typeof
//   callback  fs callback: different error code / never called
//   value     same result, different value (only for deterministic modules)
//   slow      eddy took > 1s and > 20x node
//   notimpl   eddy threw ERR_NOT_IMPLEMENTED (listed by target only)
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const all = process.argv.includes('--all');
const VALUE_MODULES = new Set(['path', 'url', 'querystring', 'string_decoder', 'buffer']);

function load(engine, mod, seed) {
  const calls = new Map();
  const files = fs.readdirSync(dir).filter((f) => f.startsWith(`${engine}-${mod}-${seed}.`) && f.endsWith('.log'));
  for (const f of files) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const p = line.split('\t');
      if (p[0] === 'C') calls.set(p[1], { expr: p[2], nocompare: p[3] === 'nocompare' });
      else if (p[0] === 'R' && calls.has(p[1])) Object.assign(calls.get(p[1]), { res: p[2], ms: +p[3], val: p[4] });
      else if (p[0] === 'D' && calls.has(p[1])) calls.get(p[1]).twice = true;
    }
  }
  return calls;
}

const runs = new Set();
for (const f of fs.readdirSync(dir)) {
  const m = /^eddy-(.+)-([^-.]+)\.\d+\.log$/.exec(f);
  if (m) runs.add(m[1] + '\t' + m[2]);
}
const groups = new Map();
const missing = new Map();
function note(kind, target, from, to, key, expr) {
  const g = `${kind}\t${target}\t${from} -> ${to}`;
  if (!groups.has(g)) groups.set(g, { n: 0, key, expr });
  groups.get(g).n++;
}
for (const r of [...runs].sort()) {
  const [mod, seed] = r.split('\t');
  const n = load('node', mod, seed);
  const e = load('eddy', mod, seed);
  for (const [key, nc] of n) {
    const target = key.replace(/#\d+$/, '');
    const ec = e.get(key);
    if (!ec) { if (!nc.nocompare && nc.res) missing.set(target, (missing.get(target) || 0) + 1); continue; }
    if (ec.twice && !nc.twice) note('callback', target, 'once', 'called twice', key, ec.expr);
    if (!nc.res || !ec.res || nc.nocompare) continue;
    // eddy cannot detach an ArrayBuffer yet (structuredClone transfer), so
    // the H.detached* values are not detached there: not comparable.
    if (/H\.detached/.test(ec.expr)) continue;
    if (ec.ms > 1000 && ec.ms > 20 * (nc.ms + 1)) note('slow', target, nc.ms + 'ms', ec.ms + 'ms', key, ec.expr);
    const a = nc.res;
    const b = ec.res;
    if (a === b) {
      if (VALUE_MODULES.has(mod) && nc.val !== ec.val && !/allocUnsafe|SlowBuffer|#seq/.test(key)) {
        note('value', target, nc.val.slice(0, 100), ec.val.slice(0, 100), key, ec.expr);
      }
      continue;
    }
    let kind;
    const codeOf = (s) => (/^(?:throw|cb|promise:rejected):[^:]*:(.+)$/.exec(s) || [])[1];
    if (/ERR_NOT_IMPLEMENTED/.test(b)) kind = 'notimpl';
    else if (a.startsWith('cb') || b.startsWith('cb')) kind = 'callback';
    else if (codeOf(a)) kind = 'code';
    else if (a.startsWith('throw') && b.startsWith('throw')) kind = 'name';
    else if (a.startsWith('promise:rejected') && b.startsWith('promise')) kind = 'name';
    else if (!a.startsWith('throw') && b.startsWith('throw')) kind = 'extra';
    else kind = 'type';
    note(kind, target, a, b, key, ec.expr);
  }
}
const order = ['code', 'callback', 'name', 'extra', 'type', 'value', 'slow', 'notimpl'];
const rows = [...groups].sort((x, y) => order.indexOf(x[0].split('\t')[0]) - order.indexOf(y[0].split('\t')[0]) ||
  (x[0] < y[0] ? -1 : 1));
const counts = {};
const notimpl = new Set();
for (const [g, v] of rows) {
  const [kind, target, what] = g.split('\t');
  counts[kind] = (counts[kind] || 0) + 1;
  if (!all && counts[kind] > 400) continue;
  if (kind === 'notimpl') { notimpl.add(target); continue; }
  console.log(`${kind.padEnd(8)} ${target}  ${what}  (x${v.n})`);
  console.log(`         e.g. ${v.key}: ${v.expr.slice(0, 300)}`);
}
if (notimpl.size) console.log(`ERR_NOT_IMPLEMENTED in eddy: ${[...notimpl].join(', ')}`);
if (missing.size) console.log(`missing in eddy (target: calls not reached): ${[...missing].map(([k, c]) => k).join(', ')}`);
console.log('summary: ' + order.map((k) => `${k} ${counts[k] || 0}`).join(', '));
