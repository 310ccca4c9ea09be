'use strict';
// JSON.stringify + JSON.parse round trips of a ~1 MB object graph: an
// array of records mixing nested objects, arrays, strings (some with
// escapes and non-ASCII text), integers, floats, booleans and nulls.
// Each operation stringifies the value the previous one parsed, so a
// round trip that loses or changes anything shows as a different text
// length; the first round trip is also compared character by character.
// Reported as MB/s (2^20 bytes of JSON text per stringify + parse).
const { benchSync } = require('./harness');

// Deterministic pseudo-random numbers (same graph on every runtime).
let seed = 42;
function rand(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed % n;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'kappa', 'lambda', 'sigma',
  'omega', 'module', 'export', 'default', 'value', 'path/to/file.js',
  'C:\\temp\\x', 'say "hi"', 'line\nbreak', 'tab\there', 'café', 'naïve',
  'Ünïcödé', '日本語', '😀 emoji', '<tag attr="1">', 'a&b'];

function text(words) {
  let s = WORDS[rand(WORDS.length)];
  for (let i = 1; i < words; i++) s += ' ' + WORDS[rand(WORDS.length)];
  return s;
}

function record(id) {
  return {
    id,
    name: text(2),
    active: rand(2) === 0,
    score: rand(1000000) / 1000,
    ratio: rand(1000) / 7,
    count: rand(100000),
    negative: -rand(5000),
    parent: id > 0 && rand(3) ? id - 1 - rand(Math.min(id, 50)) : null,
    tags: Array.from({ length: rand(6) }, () => WORDS[rand(WORDS.length)]),
    position: { x: rand(2000) - 1000, y: rand(2000) - 1000, z: rand(100) / 3 },
    history: Array.from({ length: rand(5) }, (_, i) => ({
      at: 1700000000000 + rand(1e9), kind: WORDS[rand(8)], delta: [i, rand(100), -rand(100)],
    })),
    meta: {
      description: text(3 + rand(12)),
      flags: { a: rand(2) === 1, b: null, c: [true, false, null] },
      numbers: Array.from({ length: 4 + rand(8) }, () => rand(1e6) - 5e5),
      nested: { level: 1, inner: { level: 2, inner: { level: 3, leaf: text(1) } } },
    },
  };
}

// 1700 records make about 1.07 MB of JSON text.
function makeGraph(records) {
  const graph = { version: 3, generated: 'bench/json.js', items: [], index: {} };
  for (let id = 0; id < records; id++) {
    graph.items.push(record(id));
    graph.index['k' + id] = id;
  }
  return graph;
}

let value = makeGraph(1700);
const first = JSON.stringify(value);
const LENGTH = first.length;
const ITEMS = value.items.length;
if (JSON.stringify(JSON.parse(first)) !== first) throw new Error('json: round trip changed the text');
const MB = Buffer.byteLength(first) / 1048576;

benchSync('json-roundtrip', MB, () => {
  const s = JSON.stringify(value);
  if (s.length !== LENGTH) throw new Error(`json: stringified ${s.length} chars, want ${LENGTH}`);
  value = JSON.parse(s);
  if (value.items.length !== ITEMS || value.items[ITEMS - 1].id !== ITEMS - 1) {
    throw new Error('json: parsed graph lost items');
  }
}, 'MB/s');
