// JSON.stringify/parse edge cases, toJSON, reviver and parse errors.
'use strict';
console.log(JSON.stringify({ a: undefined, b: () => {}, c: Symbol('x'), d: NaN, e: -0, f: [undefined] }));
console.log(JSON.stringify({ date: new Date(0), buf: Buffer.from('hi') }));
console.log(JSON.stringify({ nested: { list: [1, { x: 'y' }] } }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c'], '--'));
console.log(JSON.stringify('\u2028\ud800"\\\n'));
console.log(JSON.stringify({ toJSON() { return 'custom'; } }));
console.log(JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse(' "\\u00e9" '), JSON.parse('1e3'));
for (const bad of ['{a:1}', '', '[1,]', '{"a":1}x']) {
  try {
    JSON.parse(bad);
  } catch (err) {
    console.log(err.name, err instanceof SyntaxError);
  }
}
try {
  const o = {};
  o.o = o;
  JSON.stringify(o);
} catch (err) {
  console.log(err.name);
}
try {
  JSON.stringify(1n);
} catch (err) {
  console.log(err.name);
}
