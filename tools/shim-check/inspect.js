'use strict';

// Differential check: eddy's lib/internal/util/inspect.js against Node's own
// util.inspect / util.format over many values and option combinations.
//
//   node --expose-internals tools/shim-check/inspect.js [-v]
//
// Prints every mismatch and exits non-zero if there is any.

const util = require('util');
const vm = require('vm');
const { load } = require('../node-shim.js');
const ours = load('internal/util/inspect');
const ourTypes = load('internal/util/types');

const verbose = process.argv.includes('-v');
let failures = 0;
let checks = 0;

function show(s) {
  return JSON.stringify(s);
}

function same(label, got, want) {
  checks++;
  if (got !== want) {
    failures++;
    console.log(`MISMATCH ${label}\n  ours: ${show(got)}\n  node: ${show(want)}`);
  } else if (verbose) {
    console.log(`ok ${label}`);
  }
}

function run(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    return { error: `${err && err.name}: ${err && err.message} [${err && err.code}]` };
  }
}

function compare(label, ourFn, nodeFn) {
  const a = run(ourFn);
  const b = run(nodeFn);
  if (b.error !== undefined || a.error !== undefined) {
    same(label, a.error || a.value, b.error || b.value);
  } else {
    same(label, a.value, b.value);
  }
}

// ---------------------------------------------------------------------------
// Values. Each entry: [label, () => value].

const values = [];
function v(label, make) { values.push([label, make]); }

// Primitives.
v('undefined', () => undefined);
v('null', () => null);
v('true', () => true);
v('false', () => false);
v('0', () => 0);
v('-0', () => -0);
v('1.5', () => 1.5);
v('-1e21', () => -1e21);
v('NaN', () => NaN);
v('Infinity', () => -Infinity);
v('123456789.123', () => 123456789.123);
v('1n', () => 1n);
v('-12345678901234567890n', () => -12345678901234567890n);
v('sym', () => Symbol('desc'));
v('sym empty', () => Symbol());
v('sym.iterator', () => Symbol.iterator);
v('str', () => 'hello');
v('str empty', () => '');
v('str quote', () => "it's");
v('str both quotes', () => 'it\'s "x"');
v('str all quotes', () => 'it\'s "x" `y`');
v('str all quotes ${', () => 'it\'s "x" ${y}');
v('str escapes', () => 'a\nb\tc\r\b\f\v\0\x1b\x7f\x85\\');
v('str unicode', () => 'héllo wörld ✓ 😀 日本');
v('str lone surrogates', () => 'a\ud800b\udc00c\ud83d\ude00');
v('str long', () => 'x'.repeat(200));
v('str long newlines', () => 'line one is here\nline two is here\n'.repeat(5));
v('str newline short', () => 'a\nb');
v('str 20000', () => 'y'.repeat(20000));

// Arrays.
v('arr empty', () => []);
v('arr small', () => [1, 2, 3]);
v('arr mixed', () => [1, 'a', null, undefined, true, 2n, Symbol('s')]);
v('arr nested', () => [[1, [2, [3, [4, [5]]]]]]);
v('arr holes', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
v('arr holes 2', () => [, , 1, , , , 2, , ]); // eslint-disable-line no-sparse-arrays
v('arr sparse', () => { const a = []; a[5] = 1; a[100] = 2; return a; });
v('arr length 5', () => new Array(5));
v('arr extra keys', () => Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 }));
v('arr 26 nums', () => Array.from({ length: 26 }, (_, i) => i));
v('arr 100 nums', () => Array.from({ length: 100 }, (_, i) => i * 3));
v('arr 101 nums', () => Array.from({ length: 101 }, (_, i) => i));
v('arr 150 nums', () => Array.from({ length: 150 }, (_, i) => i * i));
v('arr 30 words', () => Array.from({ length: 30 }, (_, i) => `word${i}`));
v('arr 12 strings varied', () => ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g', 'hh', 'iii', 'jjjj', 'k', 'l']);
v('arr 7 long strings', () => Array.from({ length: 7 }, (_, i) => `string number ${i} is long enough`));
v('arr 8 objects', () => Array.from({ length: 8 }, (_, i) => ({ i })));
v('arr negative floats', () => [-1.5, 2.25, -3, 4, 5.125, -6, 7, 8, 9, 10, 11.5]);
v('arr bigints', () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
v('arr subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
v('arr null proto', () => Object.setPrototypeOf([1, 2], null));
v('arr in object long', () => ({ key: Array.from({ length: 40 }, (_, i) => i * 1000) }));
v('arr of arrays', () => [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);

// Objects.
v('obj empty', () => ({}));
v('obj small', () => ({ a: 1, b: 'x' }));
v('obj keys', () => ({ 'a-b': 1, '0': 2, 'valid_id': 3, 'with space': 4, "it's": 5, __proto__x: 6 }));
v('obj __proto__ key', () => JSON.parse('{"__proto__": 1}'));
v('obj symbol keys', () => ({ [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 }));
v('obj nested 4', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
v('obj nested arr', () => ({ a: [{ b: [{ c: [1] }] }] }));
v('obj long', () => ({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: 1 }));
v('obj many keys', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
v('obj 3 levels', () => ({ x: { y: { z: 1 }, w: [1, 2] }, v: 'str' }));
v('obj with fn', () => ({ f() {}, g: () => 1, h: function named() {} }));
v('obj null proto', () => Object.create(null));
v('obj null proto keys', () => Object.assign(Object.create(null), { a: 1 }));
v('obj proto chain', () => Object.create({ inherited: 1 }));
v('obj from null-proto proto', () => Object.create(Object.create(null)));
v('obj non-enumerable', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
v('obj getters', () => ({ get a() { return 1; }, set b(x) {}, get c() { return 2; }, set c(x) {} }));
v('obj getter throws', () => ({ get bad() { throw new Error('boom'); } }));
v('obj getter returns obj', () => ({ get o() { return { n: 1 }; }, get nul() { return null; }, get s() { return 'x'; } }));
v('obj toStringTag', () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }));
v('obj toStringTag proto', () => { class T { get [Symbol.toStringTag]() { return 'Tagged'; } } return new T(); });
v('obj toStringTag null proto', () => Object.create(null, { [Symbol.toStringTag]: { value: 'Tg' } }));
v('obj multiline str value', () => ({ text: 'first line of the text\nsecond line of the text\nthird line of text here' }));
v('obj undefined value', () => ({ u: undefined, n: null }));
v('obj deep keys', () => ({ level1: { level2: { level3: { level4: 'deep' } }, sibling: [1, 2, { x: 1 }] } }));

// Classes.
v('class instance', () => { class Foo { constructor() { this.x = 1; } } return new Foo(); });
v('class instance empty', () => { class Foo {} return new Foo(); });
v('class anon instance', () => new (class {})());
v('class with tag', () => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); });
v('class same tag', () => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } return new Foo(); });
v('class Map subclass', () => { class M extends Map {} return new M([[1, 2]]); });
v('class Set subclass', () => { class S extends Set {} return new S([1]); });
v('class Error subclass', () => { class E extends Error {} return new E('q'); });
v('class proto accessor', () => { class P { get v() { return 1; } } const p = new P(); p.own = 2; return p; });
v('object with constructor prop', () => ({ constructor: 'x' }));
v('proto without constructor', () => { function F() {} F.prototype = { a: 1 }; return new F(); });

// Circular.
v('circular obj', () => { const o = { a: 1 }; o.self = o; return o; });
v('circular arr', () => { const a = [1]; a.push(a); return a; });
v('circular two', () => { const a = {}; const b = { a }; a.b = b; a.c = { b }; return a; });
v('circular multi', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; b.b = b; return [a, b]; });
v('circular map', () => { const m = new Map(); m.set('self', m); return m; });

// Functions.
v('fn named', () => function foo() {});
v('fn anon', () => function() {});
v('fn arrow', () => () => {});
v('fn async', () => async function af() {});
v('fn gen', () => function* gen() {});
v('fn async gen', () => async function* agen() {});
v('fn props', () => Object.assign(function f() {}, { a: 1, b: 'x' }));
v('fn null proto', () => Object.setPrototypeOf(function np() {}, null));
v('fn name changed', () => { const f = function() {}; Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
v('fn bound', () => function b() {}.bind(null));
v('class', () => class A {});
v('class anon', () => class {});
v('class extends', () => { class B {} return class C extends B {}; });
v('class extends null', () => class D extends null {});
v('class static', () => { class S { static x = 1; } return S; });
v('builtin fn', () => Math.max);
v('builtin ctor', () => Map);

// Errors.
v('err', () => new Error('boom'));
v('err type', () => new TypeError('bad type'));
v('err no msg', () => new Error());
v('err props', () => Object.assign(new Error('e'), { code: 'X', extra: { a: 1 } }));
v('err cause', () => new Error('outer', { cause: new Error('inner') }));
v('err cause prim', () => new Error('outer', { cause: 'str' }));
v('err stack custom', () => { const e = new Error('m'); e.stack = 'custom stack'; return e; });
v('err stack frames no header', () => { const e = new Error('m'); e.stack = 'no header\n    at foo (bar.js:1:1)'; return e; });
v('err name prop', () => { const e = new Error('m'); e.stack = 'Error: m\n    at x (y.js:1:1)'; e.name = 'Other'; return e; });
v('err named class', () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return new ValidationError('v'); });
v('err null proto', () => Object.setPrototypeOf(new Error('np'), null));
v('err in obj', () => ({ err: new Error('nested') }));
v('err in arr', () => [new RangeError('r')]);
v('err aggregate', () => new AggregateError([new Error('a'), 'b'], 'agg'));
v('err stack undefined', () => { const e = new Error('x'); e.stack = undefined; return e; });
v('err fake', () => ({ __proto__: Error.prototype, name: 'Fake', message: 'fm', stack: 'Fake: fm\n    at x (y:1:1)' }));
v('err multiline msg', () => new Error('line1\nline2'));
v('err deep', () => ({ a: { b: { c: { d: new Error('deep') } } } }));

// Boxed primitives.
v('boxed num', () => new Number(3));
v('boxed -0', () => new Number(-0));
v('boxed str', () => new String('abc'));
v('boxed str props', () => Object.assign(new String('ab'), { x: 1 }));
v('boxed bool', () => new Boolean(true));
v('boxed sym', () => Object(Symbol('bs')));
v('boxed bigint', () => Object(5n));
v('boxed subclass', () => { class N extends Number {} return new N(1); });

// Dates & regexps.
v('date', () => new Date(0));
v('date invalid', () => new Date(NaN));
v('date props', () => Object.assign(new Date(86400000), { x: 1 }));
v('date subclass', () => { class D extends Date {} return new D(0); });
v('regexp', () => /ab+c/gi);
v('regexp props', () => Object.assign(/x/, { y: 1 }));
v('regexp subclass', () => { class R extends RegExp {} return new R('a', 'g'); });
v('regexp in obj', () => ({ r: /a\/b/ }));

// Map / Set / Weak.
v('map', () => new Map([[1, 'a'], ['b', { c: 2 }]]));
v('map empty', () => new Map());
v('map nested', () => new Map([[{ k: 1 }, new Map([[1, new Map([[2, new Map()]])]])]]));
v('map props', () => Object.assign(new Map([[1, 2]]), { extra: true }));
v('map big', () => new Map(Array.from({ length: 120 }, (_, i) => [i, i])));
v('set', () => new Set([1, 'two', { three: 3 }]));
v('set empty', () => new Set());
v('set big', () => new Set(Array.from({ length: 120 }, (_, i) => i)));
v('weakmap', () => new WeakMap([[{}, 1]]));
v('weakset', () => new WeakSet([{}]));
v('map iter', () => new Map([[1, 2], [3, 4]]).entries());
v('map keys iter', () => new Map([[1, 2], [3, 4]]).keys());
v('map values iter', () => new Map([[1, 2], [3, 4]]).values());
v('map iter partially consumed', () => { const it = new Map([[1, 2], [3, 4]]).keys(); it.next(); return it; });
v('set iter', () => new Set([1, 2]).values());
v('set entries iter', () => new Set([1, 2]).entries());
v('array iter', () => [1, 2][Symbol.iterator]());
v('string iter', () => 'ab'[Symbol.iterator]());
v('generator obj', () => (function* g() { yield 1; })());

// Typed arrays and buffers.
v('u8', () => new Uint8Array([1, 2, 3]));
v('u8 empty', () => new Uint8Array(0));
v('i16', () => new Int16Array([-1, 2, -3]));
v('f64', () => new Float64Array([1.5, -0, NaN]));
v('f32 long', () => new Float32Array(30).map((_, i) => i / 3));
v('bigint64', () => new BigInt64Array([1n, -2n]));
v('biguint64', () => new BigUint64Array(3));
v('u8 200', () => new Uint8Array(200));
v('u8 props', () => Object.assign(new Uint8Array(2), { foo: 1 }));
v('u8clamped', () => new Uint8ClampedArray([255, 0]));
v('typed subclass', () => { class T extends Uint8Array {} return new T(2); });
v('arraybuffer', () => new ArrayBuffer(2));
v('arraybuffer data', () => new Uint8Array([0, 15, 16, 255, 171]).buffer);
v('arraybuffer big', () => new ArrayBuffer(120));
v('arraybuffer empty', () => new ArrayBuffer(0));
v('shared arraybuffer', () => new SharedArrayBuffer(3));
v('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));

// Promises, proxies.
v('promise resolved', () => Promise.resolve(1));
v('promise obj', () => Promise.resolve({ a: [1, 2] }));
v('promise pending', () => new Promise(() => {}));
v('promise rejected', () => { const p = Promise.reject(new Error('no')); p.catch(() => {}); return p; });
v('promise rejected prim', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
v('promise props', () => Object.assign(Promise.resolve(2), { x: 1 }));
v('proxy obj', () => new Proxy({ a: 1 }, {}));
v('proxy arr', () => new Proxy([1, 2], {}));
v('proxy fn', () => new Proxy(function pf() {}, {}));
v('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
v('proxy nested revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return { p: r.proxy }; });
v('proxy of proxy', () => new Proxy(new Proxy({ deep: 1 }, {}), {}));
v('proxy throwing traps', () => new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));

// Arguments, namespaces, globals.
v('arguments', () => (function() { return arguments; })(1, 'a'));
v('arguments empty', () => (function() { return arguments; })());
v('Math', () => Math);
v('JSON', () => JSON);
v('Reflect', () => Reflect);
v('Object.prototype', () => Object.prototype);
v('Array.prototype', () => Array.prototype);
v('Function.prototype', () => Function.prototype);
v('Map.prototype', () => Map.prototype);

// custom inspect.
v('custom string', () => ({ [util.inspect.custom]() { return 'CUSTOM'; } }));
v('custom multiline nested', () => ({ a: { [util.inspect.custom]() { return 'line1\nline2'; } } }));
v('custom returns obj', () => ({ [util.inspect.custom]() { return { replaced: [1, 2] }; } }));
v('custom returns this', () => ({ x: 1, [util.inspect.custom]() { return this; } }));
v('custom uses depth', () => ({ a: { b: { [util.inspect.custom](depth, opts) { return `depth=${depth} colors=${opts.colors} bl=${opts.breakLength}`; } } } }));
v('custom uses inspect arg', () => ({ [util.inspect.custom](depth, opts, insp) { return insp({ inner: true }, opts); } }));
v('custom uses stylize', () => ({ [util.inspect.custom](depth, opts) { return opts.stylize('styled', 'special'); } }));
v('custom on proto', () => { class C { [util.inspect.custom]() { return 'from class'; } } return [new C(), C.prototype]; });
v('custom not function', () => ({ [util.inspect.custom]: 'nope' }));

// Vm context objects (cross-realm).
v('vm object', () => vm.runInNewContext('({ a: 1, b: [1, 2] })'));
v('vm error', () => vm.runInNewContext('new TypeError("vm")'));

// Mixed big structures.
v('config like', () => ({
  name: 'eddy', version: '0.1.0', scripts: { build: 'cmake --build build', test: 'node test.js' },
  dependencies: {}, keywords: ['runtime', 'javascript', 'spidermonkey'],
  nested: { deeper: { deepest: { bottom: true } } },
}));
v('table like', () => Array.from({ length: 5 }, (_, i) => ({ id: i, name: `name${i}`, tags: ['a', 'b'] })));
v('matrix', () => Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)));

// More layout corner cases.
v('arr unicode words', () => ['日本語', 'テスト', 'abc', '😀😀', 'ü', 'éé', 'x', 'yy', 'zzz', 'w']);
v('arr combining', () => Array.from({ length: 9 }, (_, i) => `e\u0301${i}`));
v('arr mixed lengths', () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999, 1, 2, 3]);
v('arr one huge', () => [1, 2, 3, 4, 5, 6, 'x'.repeat(60)]);
v('arr of short strings 40', () => Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26))));
v('arr 16 nested arrays', () => Array.from({ length: 16 }, (_, i) => [i, i + 1]));
v('arr floats 30', () => Array.from({ length: 30 }, (_, i) => Math.round(Math.sin(i) * 1000) / 100));
v('arr holes long', () => { const a = new Array(200); a[3] = 1; a[150] = 2; return a; });
v('arr holes end', () => { const a = [1, 2]; a.length = 10; return a; });
v('arr holes many', () => { const a = []; for (let i = 0; i < 300; i += 2) a[i] = i; return a; });
v('arr negative zero', () => [-0, 0, -0]);
v('arr with undefined', () => [undefined, null, undefined]);
v('arr 7 booleans', () => [true, false, true, true, false, false, true]);
v('arr 120 strings', () => Array.from({ length: 120 }, (_, i) => `s${i}`));
v('obj keys escapes', () => ({ 'a\nb': 1, "q'uote": 2, 'd"q': 3, '\u0000': 4, 'ünï': 5, '1a': 6, $dollar: 7, _u: 8 }));
v('obj numeric order', () => ({ b: 1, 2: 'two', a: 3, 1: 'one' }));
v('sym weird desc', () => ({ [Symbol('a\nb')]: 1, [Symbol("it's")]: 2 }));
v('non-enum escaped key', () => Object.defineProperty({}, 'a\nb', { value: 1, enumerable: false }));
v('nested maps in arr', () => [new Map([['key', 'value']]), new Set(['a']), new Map()]);
v('long map values', () => new Map([['first key here', 'x'.repeat(50)], ['second key', { nested: 'y'.repeat(40) }]]));
v('compact 3 rule', () => ({ a: { b: { c: {} } }, d: { e: 1 } }));
v('compact 3 rule 2', () => [{ a: 1, b: { c: [1, 2, { d: 1 }] } }]);
v('long nested', () => ({ description: 'x'.repeat(70), list: [1, 2, 3], obj: { key: 'value'.repeat(10) } }));
v('exactly 80', () => ({ k: 'v'.repeat(66) }));
v('exactly 76', () => ({ aa: 'v'.repeat(60), b: 1 }));
v('string 76', () => 'a'.repeat(76));
v('string 77 nl', () => 'a'.repeat(38) + '\n' + 'b'.repeat(38));
v('string nl end', () => 'line that is long enough to split\n'.repeat(3) + 'end\n');
v('obj many string lines', () => ({ a: { b: 'long line number one here\nlong line number two here\nlong line number three here\n' } }));
v('circular deep', () => { const o = { l1: { l2: { l3: {} } } }; o.l1.l2.l3.back = o; o.l1.l2.back = o.l1; return o; });
v('circular in map key', () => { const o = {}; const m = new Map([[o, o]]); o.m = m; return o; });
v('circular array compact', () => { const a = [1, 2, 3, 4, 5, 6, 7, 8]; a.push(a); return a; });
v('getter showHidden class', () => { class G { constructor() { this.a = 1; } get b() { return 2; } static s() {} } return new G(); });
v('class chain showHidden', () => { class A { get x() { return 1; } } class B extends A { get y() { return 2; } } class C extends B {} return new C(); });
v('obj Symbol.iterator', () => ({ [Symbol.iterator]: function* () {}, a: 1 }));
v('iterable class', () => { class It { *[Symbol.iterator]() {} } return new It(); });
v('null proto array-like', () => Object.setPrototypeOf({ length: 0 }, null));
v('null proto set', () => Object.setPrototypeOf(new Set([1, 2]), null));
v('null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
v('null proto date', () => Object.setPrototypeOf(new Date(0), null));
v('null proto regexp', () => Object.setPrototypeOf(/re/g, null));
v('null proto typed', () => Object.setPrototypeOf(new Uint8Array(2), null));
v('null proto promise', () => Object.setPrototypeOf(Promise.resolve(1), null));
v('null proto boxed', () => Object.setPrototypeOf(new Number(1), null));
v('null proto fn', () => Object.setPrototypeOf(async function anf() {}, null));
v('null proto err with tag', () => { const e = Object.setPrototypeOf(new TypeError('t'), null); return e; });
v('obj proto is array', () => Object.create([]));
v('obj with toStringTag Map', () => ({ [Symbol.toStringTag]: 'Map' }));
v('weird tag on array', () => Object.defineProperty([1], Symbol.toStringTag, { value: 'Tagged' }));
v('fn with tag', () => Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'TG' }));
v('class with props and tag', () => { class K { static [Symbol.toStringTag] = 'KT'; } K.z = 1; return K; });
v('bound class', () => (class Bc {}).bind(null));
v('class comment', () => class /* c */ Cc {});
v('method fn', () => ({ m() {} }).m);
v('getter fn', () => Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get);
v('error in set', () => new Set([new Error('in set')]));
v('error with name key showHidden', () => { const e = new Error('m'); e.name = 'X'; return e; });
v('error message empty', () => { const e = new Error('msg'); e.message = ''; return e; });
v('err non-error cause', () => new Error('c', { cause: { code: 1 } }));
v('err cause undefined', () => new Error('c', { cause: undefined }));
v('err chained causes', () => new Error('a', { cause: new Error('b', { cause: new Error('c') }) }));
v('err circular cause', () => { const e = new Error('circ'); e.cause = e; return e; });
v('deep with errors', () => ({ list: [new Error('x'), new TypeError('y')] }));
v('numbers obj', () => ({ big: 12345678901, neg: -1234567.5678, small: 0.0001234, exp: 1e300, nsep: 1234 }));
v('bigint obj', () => ({ a: 123456789012345678901234567890n, b: -1000n }));
v('typed 7 floats', () => new Float64Array([0.1, 0.2, 0.3, 1e21, -1e-7, 123.456, 7]));
v('typed big bigint', () => new BigInt64Array(Array.from({ length: 30 }, (_, i) => BigInt(i) * 1000000n)));
v('buffer-like subarray', () => new Uint8Array(new ArrayBuffer(8), 2, 4));
v('detached-ish ab resized', () => new ArrayBuffer(300));
v('weak showHidden many', () => { const k = [{ a: 1 }, { b: 2 }]; const w = new WeakMap(k.map((x, i) => [x, i])); w.keep = k; return w; });
v('promise nested', () => Promise.resolve(Promise.resolve(new Map([[1, { deep: { deeper: 1 } }]]))));
v('proxy with custom', () => new Proxy({ [util.inspect.custom]() { return 'proxied custom'; } }, {}));
v('custom returns number', () => ({ nested: { [util.inspect.custom]() { return 42; } } }));
v('custom returns nested obj', () => ({ a: { [util.inspect.custom](d, o, i) { return { depth: d, arr: [1, 2, 3] }; } } }));
v('custom throws', () => ({ ok: 1 }));
v('custom via inspect recursion', () => ({ x: { [util.inspect.custom](d, o, i) { return i({ y: { z: { w: 1 } } }, { ...o, depth: d }); } } }));
v('obj with inspect fn prop', () => ({ inspect() { return 'legacy'; } }));
v('large object budget', () => ({ arr: Array.from({ length: 20 }, (_, i) => ({ id: i, v: `val${i}` })) }));

// ---------------------------------------------------------------------------
// Option sets.

const optionSets = [
  undefined,
  {},
  { depth: 0 },
  { depth: 1 },
  { depth: Infinity },
  { depth: null },
  { showHidden: true },
  { colors: true },
  { compact: false },
  { compact: true },
  { compact: 1 },
  { compact: 5 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { breakLength: 200, compact: 1 },
  { sorted: true },
  { maxArrayLength: 2 },
  { maxArrayLength: 0 },
  { maxArrayLength: null },
  { maxStringLength: 4 },
  { maxStringLength: null },
  { numericSeparator: true },
  { getters: true },
  { getters: 'get' },
  { getters: 'set' },
  { showProxy: true },
  { customInspect: false },
  { colors: true, compact: false, showHidden: true },
  { compact: true, breakLength: 30 },
  { colors: true, sorted: true, depth: 5 },
];

for (const [label, make] of values) {
  // One instance for both sides: error stacks must be identical.
  const value = make();
  for (const opts of optionSets) {
    const optLabel = opts === undefined ? '' : ` ${JSON.stringify(opts, (k, x) => (x === Infinity ? 'Infinity' : x))}`;
    compare(`inspect(${label})${optLabel}`,
            () => ours.inspect(value, opts),
            () => util.inspect(value, opts));
  }
}

// Legacy signature and a few extra option forms.
compare('legacy showHidden', () => ours.inspect([1], true), () => util.inspect([1], true));
compare('legacy depth', () => ours.inspect({ a: { b: { c: {} } } }, false, 0), () => util.inspect({ a: { b: { c: {} } } }, false, 0));
compare('legacy colors', () => ours.inspect({ a: 1 }, false, 2, true), () => util.inspect({ a: 1 }, false, 2, true));
compare('sorted comparator', () => ours.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }),
        () => util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
compare('sorted map', () => ours.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }),
        () => util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
compare('sorted array extras', () => ours.inspect(Object.assign([3, 1], { z: 1, a: 2 }), { sorted: true }),
        () => util.inspect(Object.assign([3, 1], { z: 1, a: 2 }), { sorted: true }));
compare('stylize option', () => ours.inspect({ a: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }),
        () => util.inspect({ a: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }));
compare('user options to custom', () => ours.inspect({ [util.inspect.custom](d, o) { return `${o.mine}`; } }, { mine: 42 }),
        () => util.inspect({ [util.inspect.custom](d, o) { return `${o.mine}`; } }, { mine: 42 }));
compare('custom inspect proxy ctx', () => ours.inspect(new Proxy({ [util.inspect.custom](d, o) { return `${Object.getPrototypeOf(o)}`; } }, {})),
        () => util.inspect(new Proxy({ [util.inspect.custom](d, o) { return `${Object.getPrototypeOf(o)}`; } }, {})));

// Indentation of nested errors and long strings.
compare('deep long string', () => ours.inspect({ a: { b: { c: 'z'.repeat(100) + '\n' + 'q'.repeat(20) } } }),
        () => util.inspect({ a: { b: { c: 'z'.repeat(100) + '\n' + 'q'.repeat(20) } } }));

// Huge output budget.
compare('wide', () => ours.inspect(Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => 'x'.repeat(50)))),
        () => util.inspect(Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => 'x'.repeat(50)))));


// ---------------------------------------------------------------------------
// Random structures (seeded) under a few option sets.

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const words = ['a', 'bb', 'key', 'value', 'longer text here', "it's", 'x\ny', 'ünï', '', 'with space'];
function randomValue(depth) {
  const kind = rnd(depth > 3 ? 6 : 14);
  switch (kind) {
    case 0: return rnd(2000) - 1000;
    case 1: return words[rnd(words.length)];
    case 2: return rnd(2) === 0 ? null : undefined;
    case 3: return rnd(2) === 0;
    case 4: return (rnd(100000) / 7);
    case 5: return BigInt(rnd(100000));
    case 6: case 7: case 8: {
      const o = {};
      const n = rnd(7);
      for (let i = 0; i < n; i++) o[words[rnd(words.length)] + (rnd(3) === 0 ? i : '')] = randomValue(depth + 1);
      return o;
    }
    case 9: case 10: {
      const n = rnd(4) === 0 ? rnd(40) : rnd(8);
      const a = [];
      for (let i = 0; i < n; i++) a.push(randomValue(depth + 1));
      return a;
    }
    case 11: return new Map([[randomValue(depth + 1), randomValue(depth + 1)]]);
    case 12: return new Set([randomValue(depth + 1), randomValue(depth + 1)]);
    default: return Array.from({ length: rnd(60) }, () => rnd(10 ** (1 + rnd(5))));
  }
}
const fuzzOptions = [undefined, { depth: 4 }, { compact: false }, { compact: true }, { breakLength: 50, colors: true }, { compact: 1, depth: Infinity }, { sorted: true, numericSeparator: true }];
for (let n = 0; n < 300; n++) {
  const value = randomValue(0);
  for (const opts of fuzzOptions) {
    compare(`fuzz#${n} ${JSON.stringify(opts)}`, () => ours.inspect(value, opts), () => util.inspect(value, opts));
  }
}

// ---------------------------------------------------------------------------
// format / formatWithOptions.

const formatCases = [
  [],
  ['plain'],
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 42n],
  ['%s', null],
  ['%s', undefined],
  ['%s', Symbol('s')],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new Error('err')],
  ['%s', new Map([[1, { a: {} }]])],
  ['%s', new (class X { toString() { return 'custom toString'; } })()],
  ['%s', new (class Y {})()],
  ['%s', Object.create(null)],
  ['%s', { toString() { return 'own toString'; } }],
  ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
  ['%s', new Date(0)],
  ['%s', () => 1],
  ['%s', function named() {}],
  ['%d', 42],
  ['%d', '42'],
  ['%d', 1.5],
  ['%d', -0],
  ['%d', 10n],
  ['%d', Symbol('x')],
  ['%d', {}],
  ['%d', '0x10'],
  ['%i', 42.9],
  ['%i', '42.9abc'],
  ['%i', -0.5],
  ['%i', 5n],
  ['%i', Symbol('x')],
  ['%f', '1.5xyz'],
  ['%f', 2n],
  ['%f', Symbol('x')],
  ['%f', -0],
  ['%j', { a: 1 }],
  ['%j', 'str'],
  ['%j', undefined],
  ['%j', (() => { const o = {}; o.o = o; return o; })()],
  ['%j', { toJSON() { return 'tojson'; } }],
  ['%o', { a: [1, 2], f() {} }],
  ['%o', [1, 2, 3]],
  ['%o', function foo() {}],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%O', 'str'],
  ['%c', 'color: red'],
  ['%%'],
  ['%%', 1],
  ['%% %s', 'x'],
  ['%s%%', 'x'],
  ['100%'],
  ['100%', 'x'],
  ['%x', 1],
  ['%s %s', 'a'],
  ['%s', 'a', 'b', 'c'],
  ['%s:%s', 'a', 'b', { extra: true }],
  ['%s', 'a', 1, null, undefined, { o: 1 }, [1]],
  [1, 2, 3],
  [{ a: 1 }, 'str', 5],
  ['%d%d', 1, 2],
  ['%s-%d-%i-%f-%j-%o-%O-%c', 's', 1, 2, 3, { j: 1 }, { o: 1 }, { O: 1 }, 'css'],
  ['a%', 'b'],
  ['%', 'b'],
  ['%%s', 'b'],
  ['%%%s', 'b'],
  ['trailing %s'],
  ['%s', 'multi\nline'],
  ['%s', 1234567.891],
  ['%d', 1234567],
  [Symbol('first')],
  [null, undefined],
  ['%s', new Proxy({ a: 1 }, {})],
  ['%s', [new Error('in array')]],
];

for (let i = 0; i < formatCases.length; i++) {
  const args = formatCases[i];
  const label = `format#${i}(${args.map((a) => (typeof a === 'string' ? JSON.stringify(a) : typeof a)).join(', ')})`;
  compare(label, () => ours.format(...args), () => util.format(...args));
  compare(`${label} colors`, () => ours.formatWithOptions({ colors: true }, ...args),
          () => util.formatWithOptions({ colors: true }, ...args));
  compare(`${label} numericSeparator`, () => ours.formatWithOptions({ numericSeparator: true }, ...args),
          () => util.formatWithOptions({ numericSeparator: true }, ...args));
}
compare('formatWithOptions bad', () => ours.formatWithOptions(null, 'x'), () => util.formatWithOptions(null, 'x'));
compare('formatWithOptions str', () => ours.formatWithOptions('x', 'y'), () => util.formatWithOptions('x', 'y'));
compare('formatWithOptions array', () => ours.formatWithOptions([], '%s', 1), () => util.formatWithOptions([], '%s', 1));

// ---------------------------------------------------------------------------
// Misc API.

compare('stripVT', () => ours.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
        () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
compare('stripVT bad', () => ours.stripVTControlCharacters(1), () => util.stripVTControlCharacters(1));
compare('defaultOptions', () => ours.inspect(ours.inspect.defaultOptions), () => util.inspect(util.inspect.defaultOptions));
compare('defaultOptions set bad', () => { ours.inspect.defaultOptions = null; }, () => { util.inspect.defaultOptions = null; });
compare('defaultOptions set bad str', () => { ours.inspect.defaultOptions = 'x'; }, () => { util.inspect.defaultOptions = 'x'; });
compare('defaultOptions unknown key', () => { ours.inspect.defaultOptions = { nope: 1 }; }, () => { util.inspect.defaultOptions = { nope: 1 }; });
compare('defaultOptions descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(ours.inspect, 'defaultOptions')),
        () => JSON.stringify(Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions')));
compare('inspect keys', () => Object.keys(ours.inspect).join(), () => Object.keys(util.inspect).join());
compare('custom symbol', () => String(ours.inspect.custom), () => String(util.inspect.custom));
compare('colors', () => JSON.stringify(ours.inspect.colors), () => JSON.stringify(util.inspect.colors));
compare('colors names', () => Object.getOwnPropertyNames(ours.inspect.colors).join(), () => Object.getOwnPropertyNames(util.inspect.colors).join());
compare('colors alias', () => ours.inspect.colors.grey.join(), () => util.inspect.colors.grey.join());
compare('styles', () => JSON.stringify(ours.inspect.styles), () => JSON.stringify(util.inspect.styles));
{
  // defaultOptions changes apply to later calls.
  const saveOurs = { ...ours.inspect.defaultOptions };
  const saveNode = { ...util.inspect.defaultOptions };
  ours.inspect.defaultOptions = { depth: 0, breakLength: 20 };
  util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
  compare('after defaultOptions', () => ours.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxx' }),
          () => util.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxx' }));
  ours.inspect.defaultOptions = saveOurs;
  util.inspect.defaultOptions = saveNode;
}

// util.types.
const typeSamples = [
  1, 'x', null, undefined, {}, [], new Uint8Array(1), new Float32Array(1), new BigInt64Array(1),
  new BigUint64Array(1), new Int8Array(1), new Uint8ClampedArray(1), new Uint16Array(1),
  new Int16Array(1), new Uint32Array(1), new Int32Array(1), new Float64Array(1),
  new DataView(new ArrayBuffer(1)), new ArrayBuffer(1), new SharedArrayBuffer(1), Buffer.alloc(1),
  new Proxy(new Uint8Array(1), {}), Object.create(Uint8Array.prototype), new Date(), /x/,
  new Map(), new Set(), Promise.resolve(), new Error('x'), function() {}, async () => {},
  function* () {}, new Number(1), new String('x'), Object(Symbol()), Object(1n), new Boolean(false),
];
for (const name of Object.keys(util.types)) {
  if (typeof ourTypes[name] !== 'function') {
    checks++;
    failures++;
    console.log(`MISSING util.types.${name}`);
    continue;
  }
  typeSamples.forEach((sample, i) => {
    compare(`types.${name}(#${i})`, () => ourTypes[name](sample), () => util.types[name](sample));
  });
}

// Module namespace objects (dynamic import of data: URLs).
(async () => {
  const sources = [
    'export const a = 1; export function f() {} export default { d: 1 };',
    'export let longName = "x".repeat(90); export const obj = { nested: { deep: { deeper: 1 } } };',
    '',
  ];
  for (const src of sources) {
    const ns = await import(`data:text/javascript,${encodeURIComponent(src)}`);
    for (const opts of [undefined, { colors: true }, { showHidden: true }, { depth: 0 }, { compact: false }]) {
      compare(`namespace ${JSON.stringify(src.slice(0, 20))} ${JSON.stringify(opts)}`,
              () => ours.inspect(ns, opts), () => util.inspect(ns, opts));
    }
    compare('namespace nested', () => ours.inspect({ ns }), () => util.inspect({ ns }));
  }
})().then(() => {
  console.log(`${checks - failures} passed, ${failures} failed`);
  process.exitCode = failures === 0 ? 0 : 1;
});
