'use strict';

// Differential check of eddy's lib/assert.js, lib/internal/util/comparisons.js
// and lib/internal/assert/assertion_error.js against Node's own.
//   node --expose-internals tools/shim-check/assert.js
// Prints every mismatch and exits 1 if there is any.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { load } = require('../node-shim.js');

process.removeAllListeners('warning');
process.on('warning', () => {});

// `node --expose-internals tools/shim-check/assert.js test/parallel/test-assert-x.js ...`
// runs those tests with require('assert') / require('assert/strict') resolved
// to eddy's lib files instead of running the differential check.
if (process.argv.length > 2) {
  const Module = require('module');
  const ourAssert = load('assert');
  const originalLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (id === 'assert') return ourAssert;
    if (id === 'assert/strict') return load('assert/strict');
    return originalLoad.call(this, request, parent, isMain);
  };
  for (const file of process.argv.slice(2)) require(path.resolve(file));
  return;
}

const nodeAssert = require('assert');
const nodeCmp = require('internal/util/comparisons');
const ours = load('assert');
const ourCmp = load('internal/util/comparisons');

let failures = 0;
let checks = 0;
function mismatch(what, detail) {
  failures++;
  console.log(`MISMATCH ${what}\n${detail}\n`);
}

// --- deep equality -------------------------------------------------------------

function pairs() {
  const s = Symbol('s');
  const cyc1 = {}; cyc1.self = cyc1;
  const cyc2 = {}; cyc2.self = cyc2;
  const cyc3 = {}; cyc3.self = { self: cyc3 };
  const arrCyc1 = [1]; arrCyc1.push(arrCyc1);
  const arrCyc2 = [1]; arrCyc2.push(arrCyc2);
  const errCyc1 = new Error('a'); errCyc1.cause = errCyc1;
  const errCyc2 = new Error('a'); errCyc2.cause = errCyc2;
  const re1 = /a/g; re1.lastIndex = 3;
  const wm = new WeakMap(); wm.x = 1;
  const withX = (o, v) => Object.assign(o, { x: v });
  function F() {}
  class A {}
  class B {}
  class MyError extends Error {}
  const namedErr = new Error('a'); namedErr.name = 'X';
  const sparse = (a) => a;
  const args = function() { return arguments; };
  const nonEnum = Object.defineProperty({}, 'a', { value: 1 });
  const enumName = new Error('x');
  Object.defineProperty(enumName, 'name', { value: 'Error', enumerable: true });
  return [
    [1, 1], [1, '1'], [0, -0], [-0, -0], [NaN, NaN], [null, undefined], [null, null],
    [true, 1], ['', 0], ['+00000000', false], [1n, 1], [1n, 1n], [Symbol.for('a'), Symbol.for('a')],
    [Symbol(), Symbol()], [{}, {}], [{ a: 1 }, { a: '1' }], [{ a: 1, b: 2 }, { b: 2, a: 1 }],
    [{ a: undefined }, {}], [{ a: undefined }, { b: undefined }], [[1, 2], [1, 2]],
    [[1, 2], { 0: 1, 1: 2, length: 2 }], [Object.create(null), {}], [new F(), {}],
    [new A(), new B()], [new A(), new A()], [nonEnum, {}],
    [{ [s]: 1 }, { [s]: 1 }], [{ [s]: 1 }, { [s]: 2 }], [{ [s]: 1 }, {}],
    [{ [Symbol('x')]: 1 }, { [Symbol('x')]: 1 }],
    [cyc1, cyc2], [cyc1, cyc3], [arrCyc1, arrCyc2], [errCyc1, errCyc2],
    [sparse([1, , 3]), [1, undefined, 3]], [sparse([1, , 3]), sparse([1, , 3])],
    [sparse([, , 1]), sparse([, 1, ,])], [new Array(3), new Array(3)],
    [withX([1, , 3], 1), withX([1, , 3], 2)], [withX([1], 1), [1]], [withX([1], 1), withX([1], 1)],
    [Object.assign([], { '-1': 1 }), []], [[0], [-0]], [[1, [2, [3]]], [1, [2, ['3']]]],
    [new Date(1), new Date(1)], [new Date(1), new Date(2)], [new Date(NaN), new Date(NaN)],
    [withX(new Date(1), 1), new Date(1)], [new Date(0), Object.create(Date.prototype)],
    [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/], [re1, /a/g], [withX(/a/, 1), /a/],
    [new Error('a'), new Error('a')], [new Error('a'), new Error('b')],
    [new Error('a'), new TypeError('a')], [new MyError('a'), new Error('a')], [namedErr, new Error('a')],
    [new Error('a'), { message: 'a', name: 'Error' }], [enumName, new Error('x')],
    [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
    [new Error('a', { cause: 1 }), new Error('a')], [new Error('a', { cause: undefined }), new Error('a')],
    [new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: '1' } })],
    [new Error('a', { cause: 0 }), new Error('a', { cause: -0 })],
    [withX(new Error('a'), 1), new Error('a')],
    [new AggregateError([1], 'x'), new AggregateError([2], 'x')],
    [new AggregateError([1], 'x'), new AggregateError([1], 'x')],
    [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new Number(1), 1],
    [new Number(NaN), new Number(NaN)], [new Number(0), new Number(-0)],
    [new String('ab'), new String('ab')], [new String('ab'), withX(new String('ab'), 1)],
    [new Boolean(false), new Boolean(true)], [Object(1n), Object(1n)], [Object(1n), Object(2n)],
    [Object(Symbol.iterator), Object(Symbol.iterator)], [Object(Symbol()), Object(Symbol())],
    [new Number(1), new String('1')],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
    [new Uint8Array([1]), new Int8Array([1])], [new Float32Array([NaN]), new Float32Array([NaN])],
    [new Float64Array([0]), new Float64Array([-0])], [Buffer.from('a'), new Uint8Array([97])],
    [new Uint8Array(3).subarray(1), new Uint8Array(2)], [withX(new Uint8Array(2), 1), new Uint8Array(2)],
    [new Uint16Array([1, 2]), new Uint16Array([1, 2])], [new BigInt64Array([1n]), new BigInt64Array([2n])],
    [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
    [new DataView(new Uint8Array([1, 2]).buffer), new DataView(new ArrayBuffer(2))],
    [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
    [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer], [new ArrayBuffer(2), new SharedArrayBuffer(2)],
    [new Set([1, 2]), new Set([2, 1])], [new Set([1, 2]), new Set([1, 3])], [new Set([1]), new Set(['1'])],
    [new Set([1, '1']), new Set(['1', 1])], [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
    [new Set([[1]]), new Set([['1']])], [new Set([null]), new Set([undefined])],
    [new Set([null, undefined]), new Set([undefined, undefined])], [new Set([NaN]), new Set([NaN])],
    [new Set(['NaN']), new Set([NaN])], [new Set([0]), new Set([-0])], [new Set([false]), new Set([0])],
    [new Set(['']), new Set([0])], [new Set([1, 2, '2']), new Set([1, '1', 2])],
    [new Set([1, {}]), new Set(['1', {}])], [new Set([1, {}]), new Set([2, {}])],
    [new Set([[], {}]), new Set([{}, []])], [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
    [withX(new Set(), 1), new Set()], [new Set([Symbol.iterator]), new Set([Symbol.iterator])],
    [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
    [new Map([[1, {}]]), new Map([[1, []]])], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
    [new Map([[1, undefined]]), new Map([[1, null]])], [new Map([[1, undefined]]), new Map([[2, undefined]])],
    [new Map([[undefined, 1]]), new Map([[null, 1]])], [new Map([['1', 1], [1, 1]]), new Map([[1, 1], ['1', 1]])],
    [new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]])], [new Map([[{}, '1']]), new Map([[{}, 1]])],
    [new Map([[false, 1]]), new Map([[0, 1]])], [new Map([[false, 1]]), new Map([[0, '1']])],
    [new Map([[1, 1], [true, 1]]), new Map([[1, 1], ['1', 1]])],
    [new Map([['1', {}]]), new Map([[1, {}]])], [new Map([[1, 1]]), new Map([[1, 1], [2, 2]])],
    [new Map([[{ a: 1 }, { b: 1 }], [{ a: 1 }, { b: 2 }]]), new Map([[{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 1 }]])],
    [new WeakMap(), new WeakMap()], [wm, new WeakMap()], [new WeakSet(), new WeakSet()],
    [Promise.resolve(1), Promise.resolve(2)], [() => {}, () => {}], [class {}, class {}],
    [args(1), [1]], [args(1), args(1)], [args(1), { 0: 1 }], [new Proxy({ a: 1 }, {}), { a: 1 }],
    [new URL('http://a/b'), new URL('http://a/b')], [new URL('http://a/b'), new URL('http://a/c')],
    [new URL('http://a/b'), {}], [withX(new URL('http://a/b'), 1), new URL('http://a/b')],
    [{ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] }],
    [{ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set(['2'])]]) }] }],
    [globalThis, globalThis],
  ];
}

{
  const list = pairs();
  const list2 = pairs();
  for (let i = 0; i < list.length; i++) {
    const [a, b] = list[i];
    for (const [name, mine, theirs] of [
      ['isDeepEqual', ourCmp.isDeepEqual, nodeCmp.isDeepEqual],
      ['isDeepStrictEqual', ourCmp.isDeepStrictEqual, nodeCmp.isDeepStrictEqual],
    ]) {
      checks++;
      const x = mine(a, b);
      const y = theirs(list2[i][0], list2[i][1]);
      if (x !== y) mismatch(`${name} pair #${i}`, `ours ${x} node ${y}: ${String(list[i].map((v) => typeof v))}`);
      const rx = mine(b, a);
      const ry = theirs(list2[i][1], list2[i][0]);
      if (rx !== ry) mismatch(`${name} reversed pair #${i}`, `ours ${rx} node ${ry}`);
    }
  }
}

// --- failing assertions: compare the thrown errors --------------------------------

// Stack frames inside messages differ by nature (lib/assert.js vs node:assert).
function stripFrames(str) {
  return typeof str === 'string' ? str.replace(/\n *at [^\n]*/g, '\n<frame>') : str;
}

const { inspect } = require('util');

function describe(err) {
  if (err === undefined) return { threw: false };
  if (!(err instanceof Error)) return { threw: true, value: err };
  return {
    threw: true,
    name: err.name,
    ctor: err.constructor && err.constructor.name,
    code: err.code,
    message: stripFrames(err.message),
    generatedMessage: err.generatedMessage,
    operator: err.operator,
    toString: stripFrames(String(err)),
    stackHead: typeof err.stack === 'string' ? err.stack.split('\n')[0] : undefined,
  };
}

function run(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

function compareErrors(label, mineErr, theirErr, extra) {
  checks++;
  const a = describe(mineErr);
  const b = describe(theirErr);
  const ja = JSON.stringify(a, null, 1);
  const jb = JSON.stringify(b, null, 1);
  if (ja !== jb) {
    mismatch(label, `ours: ${ja}\nnode: ${jb}`);
    return;
  }
  if (mineErr && theirErr && mineErr.code === 'ERR_ASSERTION' && extra !== false) {
    const show = (v) => stripFrames(inspect(v, { depth: 4 }));
    if (show(mineErr.actual) !== show(theirErr.actual) ||
        show(mineErr.expected) !== show(theirErr.expected)) {
      mismatch(`${label} actual/expected`,
               `${show(mineErr.actual)} / ${show(theirErr.actual)}\n` +
               `${show(mineErr.expected)} / ${show(theirErr.expected)}`);
    }
  }
}

const longArr = Array.from({ length: 30 }, (_, i) => i);
const longArr2 = longArr.slice(); longArr2[15] = 'x';
const longArr3 = Array.from({ length: 120 }, (_, i) => i);
const longArr4 = longArr3.map((v) => (v % 2 ? v : -v));
const bigObj = {};
for (let i = 0; i < 40; i++) bigObj[`k${i}`] = { v: i, list: [i, i + 1] };
const bigObj2 = JSON.parse(JSON.stringify(bigObj)); bigObj2.k20.v = 'changed'; bigObj2.k39.list.push(1);
const sym = Symbol('s');
const longStr = 'x'.repeat(600);

const cases = [
  // ok / assert
  // (No falsy assert.ok() without message here: inside this long comma list
  // Node's source lookup succeeds or not depending on its file read chunking.)
  (a) => a.ok(true), (a) => a.ok(0, 'custom'), (a) => a.ok(),
  (a) => a(false, new TypeError('thrown')), (a) => a.ok(null, 'msg'), (a) => a.ok(0, 0),
  (a) => a.strict.ok(0, 'x'), (a) => a.strict(false, 'y'),
  // equal family
  (a) => a.equal(1, 2), (a) => a.equal(1, '1'), (a) => a.equal(NaN, NaN), (a) => a.equal(1),
  (a) => a.equal({}, {}), (a) => a.equal('a'.repeat(600), 'b'), (a) => a.equal(null, undefined),
  (a) => a.equal(1, 2, 'msg'), (a) => a.equal(1, 2, new RangeError('r')),
  (a) => a.notEqual(1, '1'), (a) => a.notEqual(NaN, NaN), (a) => a.notEqual(1, 2), (a) => a.notEqual(1),
  (a) => a.notEqual({ a: 1 }, 'x'),
  (a) => a.strictEqual(1, 2), (a) => a.strictEqual(1, '1'), (a) => a.strictEqual(0, -0),
  (a) => a.strictEqual(-0, 0), (a) => a.strictEqual(NaN, NaN), (a) => a.strictEqual('a', 'b'),
  (a) => a.strictEqual('hello world', 'hello there'), (a) => a.strictEqual('aaaaaa', 'aaaaab'),
  (a) => a.strictEqual('hello wonderful world', 'hello wonderful earth'),
  (a) => a.strictEqual({}, {}), (a) => a.strictEqual([1], [1]), (a) => a.strictEqual({ a: 1 }, { a: 2 }),
  (a) => a.strictEqual(() => {}, () => {}), (a) => a.strictEqual(function f() {}, function f() {}),
  (a) => a.strictEqual(1n, 1), (a) => a.strictEqual(null, undefined), (a) => a.strictEqual(true, false),
  (a) => a.strictEqual('a\nb', 'a\nc'), (a) => a.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'),
  (a) => a.strictEqual(Symbol('a'), Symbol('a')), (a) => a.strictEqual(1, 2, 'm'),
  (a) => a.strictEqual('x'.repeat(100), 'y'.repeat(100)), (a) => a.strictEqual(longStr, `${longStr}!`),
  (a) => a.strictEqual(12345678, 123456789), (a) => a.strictEqual(123456, 1234567),
  (a) => a.strictEqual({ a: 1 }, 1), (a) => a.strictEqual(1, { a: 1 }),
  (a) => a.notStrictEqual(1, 1), (a) => a.notStrictEqual('abc', 'abc'), (a) => a.notStrictEqual('abcdef', 'abcdef'),
  (a) => a.notStrictEqual(NaN, NaN), (a) => a.notStrictEqual(1, 2),
  (a) => { const o = { a: 1, b: [1, 2] }; a.notStrictEqual(o, o); },
  (a) => { const f = function f() {}; a.notStrictEqual(f, f); },
  (a) => a.notStrictEqual(longArr, longArr), (a) => a.notStrictEqual(longArr3, longArr3),
  // deep
  (a) => a.deepEqual({ a: 1 }, { a: 2 }), (a) => a.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepEqual([1, 2, 3], [1, 2, 4]), (a) => a.deepEqual(longArr, longArr2),
  (a) => a.deepEqual({ a: longStr }, { a: 1 }), (a) => a.deepEqual(1, 2), (a) => a.deepEqual(1),
  (a) => a.notDeepEqual({ a: 1 }, { a: '1' }), (a) => a.notDeepEqual([1], [1]),
  (a) => a.notDeepEqual({ a: longStr }, { a: longStr }), (a) => a.notDeepEqual(1, 2),
  (a) => a.notDeepEqual(longArr3, longArr3.slice()),
  (a) => a.deepStrictEqual({ a: 1 }, { a: '1' }), (a) => a.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }),
  (a) => a.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }),
  (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]), (a) => a.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]),
  (a) => a.deepStrictEqual(longArr, longArr2), (a) => a.deepStrictEqual(longArr3, longArr4),
  (a) => a.deepStrictEqual(bigObj, bigObj2), (a) => a.deepStrictEqual(longArr3, longArr3.slice(0, 60)),
  (a) => a.deepStrictEqual(longArr3.slice(0, 60), longArr3),
  (a) => a.deepStrictEqual({ [sym]: 1 }, { [Symbol('s')]: 1 }),
  (a) => a.deepStrictEqual(new Date(0), new Date(1)), (a) => a.deepStrictEqual(/a/g, /a/i),
  (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
  (a) => a.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])),
  (a) => a.deepStrictEqual(new Error('a'), new Error('b')),
  (a) => a.deepStrictEqual(new Error('a'), new TypeError('a')),
  (a) => a.deepStrictEqual(new Number(1), new Number(2)), (a) => a.deepStrictEqual(0, -0),
  (a) => a.deepStrictEqual({}, Object.create(null)), (a) => a.deepStrictEqual([], {}),
  (a) => a.deepStrictEqual(Buffer.from('abc'), Buffer.from('abd')),
  (a) => a.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])),
  (a) => a.deepStrictEqual('a', 'b'), (a) => a.deepStrictEqual(1, 2), (a) => a.deepStrictEqual(1, '1'),
  (a) => a.deepStrictEqual([1, [2, [3, [4]]]], [1, [2, [3, [5]]]]),
  (a) => a.deepStrictEqual({ a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: { e: 2 } } } } }),
  (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]),
  (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  (a) => a.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }),
  (a) => a.deepStrictEqual({ a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }),
  (a) => a.deepStrictEqual([1, 2], [1, 2, 3, 4, 5, 6, 7, 8]),
  (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 8]),
  (a) => a.deepStrictEqual({ a: 1 }, { a: 1, b: 2, c: 3 }),
  (a) => a.deepStrictEqual([{ a: 1 }], [{ a: 1 }, 2]),
  (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom message'),
  (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }), (a) => a.notDeepStrictEqual(1, 1),
  (a) => a.notDeepStrictEqual('abcdefg', 'abcdefg'), (a) => a.notDeepStrictEqual(longArr3, longArr3.slice()),
  (a) => a.notDeepStrictEqual({ a: 1 }, { a: '1' }),
  (a) => a.strict.equal(1, '1'), (a) => a.strict.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.strict.notEqual(1, 1), (a) => a.strict.notDeepEqual({}, {}),
  (a) => a.deepStrictEqual(new Error('x', { cause: 1 }), new Error('x', { cause: 2 })),
  (a) => a.deepStrictEqual([new Error('x')], [new Error('y')]),
  (a) => a.deepStrictEqual(Object.assign(new Error('e'), { code: 1 }), Object.assign(new Error('e'), { code: 2 })),
  // fail
  (a) => a.fail(), (a) => a.fail('boom'), (a) => a.fail(new TypeError('t')), (a) => a.fail(1, 2),
  (a) => a.fail(1, 2, undefined, '>'), (a) => a.fail(1, 2, 'msg'), (a) => a.fail(null),
  (a) => a.fail(undefined, undefined, undefined, undefined),
  // throws
  (a) => a.throws(() => {}), (a) => a.throws(() => {}, 'msg'), (a) => a.throws(() => {}, TypeError),
  (a) => a.throws(() => {}, TypeError, 'msg'), (a) => a.throws(() => {}, { name: 'X' }),
  (a) => a.throws(() => { throw new TypeError('t'); }, TypeError),
  (a) => a.throws(() => { throw new TypeError('t'); }, RangeError),
  (a) => a.throws(() => { throw new TypeError(''); }, RangeError),
  (a) => a.throws(() => { throw new TypeError('t'); }, /t/), (a) => a.throws(() => { throw new TypeError('t'); }, /x/),
  (a) => a.throws(() => { throw new TypeError('t'); }, { message: 't' }),
  (a) => a.throws(() => { throw new TypeError('t'); }, { message: 'u', name: 'TypeError' }),
  (a) => a.throws(() => { throw new TypeError('t'); }, { message: /t/, name: /Type/ }),
  (a) => a.throws(() => { throw new TypeError('t'); }, { message: /x/ }),
  (a) => a.throws(() => { throw new TypeError('t'); }, { code: 'X' }),
  (a) => a.throws(() => { throw Object.assign(new Error('e'), { code: 'A', info: { x: 1 } }); },
                  { code: 'A', info: { x: 2 } }),
  (a) => a.throws(() => { throw new TypeError('t'); }, {}),
  (a) => a.throws(() => { throw new TypeError('t'); }, new TypeError('t')),
  (a) => a.throws(() => { throw new TypeError('t'); }, new TypeError('u')),
  (a) => a.throws(() => { throw new TypeError('t'); }, new RangeError('t')),
  (a) => a.throws(() => { throw new TypeError('t'); }, (e) => e instanceof TypeError),
  (a) => a.throws(() => { throw new TypeError('t'); }, (e) => false),
  (a) => a.throws(() => { throw new TypeError('t'); }, function validate() { return 1; }),
  (a) => a.throws(() => { throw 'str'; }, /str/), (a) => a.throws(() => { throw 'str'; }, /x/),
  (a) => a.throws(() => { throw 1; }, { a: 1 }), (a) => a.throws(() => { throw null; }, Error),
  (a) => a.throws(() => { throw 'str'; }, Error),
  (a) => a.throws(() => { throw { a: 1 }; }, TypeError),
  (a) => a.throws(() => { throw new Error('msg'); }, 'msg'),
  (a) => a.throws(() => { throw 'msg'; }, 'msg'),
  (a) => a.throws(() => { throw new Error('x'); }, 'msg', 'other'),
  (a) => a.throws(() => { throw new Error('x'); }, 1),
  (a) => a.throws('notfn'), (a) => a.throws(),
  (a) => a.throws(() => { throw new TypeError('t'); }, RangeError, 'custom'),
  (a) => a.throws(() => { throw new TypeError('t'); }, { message: 'u' }, 'custom'),
  (a) => a.throws(() => {}, new Error('x')),
  (a) => { class E2 extends Error {} a.throws(() => { throw new Error('t'); }, E2); },
  (a) => { class TypeError extends Error {} a.throws(() => { throw new global.TypeError('t'); }, TypeError); },
  // doesNotThrow
  (a) => a.doesNotThrow(() => {}), (a) => a.doesNotThrow(() => { throw new Error('e'); }),
  (a) => a.doesNotThrow(() => { throw new Error('e'); }, 'msg'),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, TypeError),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, RangeError),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, /e/),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, /x/),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, TypeError, 'custom'),
  (a) => a.doesNotThrow(() => { throw new TypeError('e'); }, {}),
  (a) => a.doesNotThrow(() => { throw 'x'; }), (a) => a.doesNotThrow(1),
  // ifError
  (a) => a.ifError(null), (a) => a.ifError(undefined), (a) => a.ifError(new Error('bad')),
  (a) => a.ifError(new TypeError('')), (a) => a.ifError('str'), (a) => a.ifError(0), (a) => a.ifError({ message: 'm' }),
  (a) => a.ifError(false),
  // match
  (a) => a.match('abc', /b/), (a) => a.match('abc', /x/), (a) => a.match(1, /x/),
  (a) => a.match('abc', 'b'), (a) => a.match('abc', /x/, 'm'), (a) => a.match('abc', /x/, new Error('E')),
  (a) => a.doesNotMatch('abc', /b/), (a) => a.doesNotMatch('abc', /x/), (a) => a.doesNotMatch(null, /x/),
  (a) => a.doesNotMatch('abc', 1),
  // AssertionError constructor
  (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); },
  (a) => { throw new a.AssertionError({ message: 'm' }); },
  (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: '>' }); },
  (a) => { throw new a.AssertionError({ actual: 1, expected: 2 }); },
  (a) => { throw new a.AssertionError(); }, (a) => { throw new a.AssertionError('x'); },
  (a) => { throw new a.AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' }); },
  (a) => { throw new a.AssertionError({ actual: new Error('a'), expected: new Error('b'), operator: 'deepStrictEqual' }); },
];

for (let i = 0; i < cases.length; i++) {
  // One call site for both, so stack frames in messages read the same.
  const [mine, theirs] = [ours, nodeAssert].map((impl) => run(() => cases[i](impl)));
  compareErrors(`case #${i}: ${cases[i].toString().slice(0, 120)}`, mine, theirs);
}

// Properties of AssertionError beyond the message.
{
  const e1 = run(() => ours.strictEqual(1, 2));
  const e2 = run(() => nodeAssert.strictEqual(1, 2));
  checks++;
  const k1 = JSON.stringify(Object.keys(e1));
  const k2 = JSON.stringify(Object.keys(e2));
  if (k1 !== k2) mismatch('AssertionError own keys', `${k1}\n${k2}`);
  checks++;
  const i1 = require('util').inspect(e1).split('\n    at')[0];
  const i2 = require('util').inspect(e2).split('\n    at')[0];
  if (i1 !== i2) mismatch('AssertionError inspect head', `${i1}\n${i2}`);
  checks++;
  const s1 = run(() => ours.strictEqual('x'.repeat(3000), 'y'));
  const s2 = run(() => nodeAssert.strictEqual('x'.repeat(3000), 'y'));
  const t1 = require('util').inspect(s1).replace(/\n {4}at [^\n]*/g, '');
  const t2 = require('util').inspect(s2).replace(/\n {4}at [^\n]*/g, '');
  if (t1 !== t2) mismatch('AssertionError inspect long string', `${t1}\n${t2}`);
}

// Exported API surface.
{
  checks++;
  const names = (o) => Object.keys(o).sort().join(',');
  if (names(ours) !== names(nodeAssert)) mismatch('assert keys', `${names(ours)}\n${names(nodeAssert)}`);
  if (names(ours.strict) !== names(nodeAssert.strict)) {
    mismatch('assert.strict keys', `${names(ours.strict)}\n${names(nodeAssert.strict)}`);
  }
  if (ours.strict.strict !== ours.strict) mismatch('assert.strict.strict', '');
}

// --- seeded fuzz: diffs of random structures ------------------------------------

{
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  function gen(depth) {
    const r = rand(depth > 3 ? 5 : 9);
    switch (r) {
      case 0: return rand(100);
      case 1: return `s${rand(50)}`;
      case 2: return rand(2) === 0;
      case 3: return null;
      case 4: return undefined;
      case 5: case 6: {
        const len = rand(depth === 0 ? 40 : 8);
        return Array.from({ length: len }, () => gen(depth + 1));
      }
      default: {
        const o = {};
        const len = rand(depth === 0 ? 30 : 6);
        for (let i = 0; i < len; i++) o[`k${rand(40)}`] = gen(depth + 1);
        return o;
      }
    }
  }
  function mutate(v, depth) {
    if (v === null || typeof v !== 'object' || rand(4) === 0) return gen(depth);
    const copy = Array.isArray(v) ? v.slice() : { ...v };
    const keys = Object.keys(copy);
    if (keys.length === 0) return gen(depth);
    const times = 1 + rand(3);
    for (let i = 0; i < times; i++) {
      const k = keys[rand(keys.length)];
      const op = rand(5);
      if (op === 0 && !Array.isArray(copy)) delete copy[k];
      else if (op === 1 && Array.isArray(copy)) copy.splice(rand(copy.length + 1), 0, gen(depth + 1));
      else copy[k] = mutate(copy[k], depth + 1);
    }
    return copy;
  }
  const ops = ['deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'notStrictEqual',
               'deepEqual', 'notDeepEqual'];
  for (let i = 0; i < 400; i++) {
    const a = gen(0);
    const b = rand(6) === 0 ? structuredClone(a) : mutate(a, 0);
    const op = ops[rand(ops.length)];
    const [mine, theirs] = [ours, nodeAssert].map((impl) => run(() => impl[op](a, b)));
    compareErrors(`fuzz #${i} ${op}`, mine, theirs);
    if (process.env.FUZZ_STATS && mine) console.log(mine.message.split("\n").length, /Lines skipped/.test(mine.message));
    const direct = [ours, nodeAssert].map((impl) => run(() => {
      throw new impl.AssertionError({ actual: a, expected: b, operator: op });
    }));
    compareErrors(`fuzz #${i} AssertionError ${op}`, direct[0], direct[1]);
  }
}

// --- assert.ok() message from the caller's source -----------------------------------

{
  const body = [
    'assert.ok(false);',
    'assert(null, undefined);',
    'assert.ok(typeof 1 === "string" &&\n\t    1 === 2,\n      undefined);',
    'const x = 1; assert.equal(x, 1); assert(x === 2 /* ) */, null);',
    'assert(String("a)b\\x01") === "x");',
    'foo(assert(0));',
    'assert?.ok(0);',
    'assert["ok"](0);',
    'assert.strict.ok(`a${1}`==="b");',
    'assert(/\\)/.test("a"));',
    'assert(\'it\\\'s\' === "x", undefined);',
    'if (true) { assert(0) }',
    'assert(\n  false\n);',
    '    assert.ok([1, 2].includes(3));',
    'assert(0 /* \u0001 */);',
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-assert-'));
  const results = [];
  for (const which of ['ours', 'node']) {
    const file = path.join(dir, `${which}.js`);
    const lines = ['function foo() {}', 'const out = [];',
                   'function t(f) { try { f(); out.push(null); } catch (e) { out.push([e.message, e.generatedMessage]); } }'];
    for (const b of body) lines.push(`t(() => { ${b} });`);
    lines.push('module.exports = out;');
    fs.writeFileSync(file, `const assert = global.__assertUnderTest;\n${lines.join('\n')}\n`);
    global.__assertUnderTest = which === 'ours' ? ours : nodeAssert;
    results.push(require(file));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < body.length; i++) {
    checks++;
    const a = JSON.stringify(results[0][i]);
    const b = JSON.stringify(results[1][i]);
    if (a !== b) mismatch(`ok source message ${JSON.stringify(body[i])}`, `ours: ${a}\nnode: ${b}`);
  }
}

// --- async: rejects / doesNotReject --------------------------------------------------

const asyncCases = [
  (a) => a.rejects(Promise.reject(new Error('x'))),
  (a) => a.rejects(Promise.resolve(1)),
  (a) => a.rejects(Promise.resolve(1), 'msg'),
  (a) => a.rejects(Promise.resolve(1), TypeError),
  (a) => a.rejects(async () => { throw new TypeError('t'); }, TypeError),
  (a) => a.rejects(async () => { throw new TypeError('t'); }, RangeError),
  (a) => a.rejects(async () => { throw new TypeError('t'); }, { message: 'u' }),
  (a) => a.rejects(() => 1),
  (a) => a.rejects(1),
  (a) => a.rejects(() => { throw new Error('sync'); }),
  (a) => a.rejects({ then() {}, catch() {} }.then ? Promise.reject(new Error('t')) : null, /t/),
  (a) => a.doesNotReject(Promise.resolve(1)),
  (a) => a.doesNotReject(Promise.reject(new Error('e'))),
  (a) => a.doesNotReject(async () => { throw new TypeError('e'); }, TypeError),
  (a) => a.doesNotReject(async () => { throw new TypeError('e'); }, RangeError),
  (a) => a.doesNotReject(() => 1),
  (a) => a.doesNotReject('x'),
];

async function runAsync(fn) {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

(async () => {
  for (let i = 0; i < asyncCases.length; i++) {
    const [a, b] = await Promise.all(
      [ours, nodeAssert].map((impl) => runAsync(() => asyncCases[i](impl))));
    compareErrors(`async case #${i}: ${asyncCases[i].toString().slice(0, 100)}`, a, b);
  }
  console.log(`assert shim-check: ${checks} checks, ${failures} mismatches`);
  process.exitCode = failures === 0 ? 0 : 1;
})();
