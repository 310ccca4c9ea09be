'use strict';

// Differential check of eddy's util, parseArgs and console against Node's.
//   node --expose-internals tools/shim-check/util.js
// Prints each mismatch; exits 1 if there is any.

const { load } = require('../node-shim.js');
const nodeUtil = require('util');
const NodeConsole = require('console').Console;
const { Writable } = require('stream');

const ours = load('util');
const ourParseArgs = load('internal/util/parse_args').parseArgs;
const OurConsole = load('internal/console/constructor').Console;
const ourGlobalConsole = load('console');

let failures = 0;
let checks = 0;
function same(what, a, b) {
  checks++;
  if (a !== b) {
    failures++;
    console.log(`MISMATCH ${what}\n  ours: ${JSON.stringify(a)}\n  node: ${JSON.stringify(b)}`);
  }
}
function outcome(fn) {
  try {
    return `ok ${nodeUtil.inspect(fn(), { depth: 6 })}`;
  } catch (e) {
    return `throw ${e.name} ${e.code} ${e.message}`;
  }
}

// --- module shape -------------------------------------------------------------

same('util keys', Object.keys(ours).join(), Object.keys(nodeUtil).join());
for (const key of Object.keys(nodeUtil)) {
  // Lazy getters whose modules need eddy-only bindings: compare the getter only.
  if (key === 'TextDecoder' || key === 'TextEncoder') {
    same(`util.${key} is lazy`, typeof Object.getOwnPropertyDescriptor(ours, key).get, 'function');
    continue;
  }
  same(`typeof util.${key}`, typeof ours[key], typeof nodeUtil[key]);
}
same('promisify.custom', ours.promisify.custom, nodeUtil.promisify.custom);
same('global console keys', Object.keys(ourGlobalConsole).join(), Object.keys(console).join());

// --- parseArgs ------------------------------------------------------------------

const S = (o) => ({ type: 'string', ...o });
const B = (o) => ({ type: 'boolean', ...o });
const parseCases = [
  { args: ['--foo'], options: { foo: S() } },
  { args: ['-f'], options: { foo: S({ short: 'f' }) } },
  { args: ['--foo', '--bar'], options: { foo: S({ short: 'f' }) } },
  { args: ['--foo=1'], options: { foo: B({ short: 'f' }) } },
  { args: ['-x'], options: { foo: B() } },
  { args: ['-x'], options: { foo: B() }, allowPositionals: true },
  { args: ['--xx=1'], options: {}, allowPositionals: true },
  { args: ['a'], options: { foo: B() } },
  { args: ['a'], options: { foo: { type: 'bool' } } },
  { args: ['a'], options: { foo: S({ short: 'ab' }) } },
  { args: ['a'], options: { foo: S({ short: 1 }) } },
  { args: ['a'], options: { foo: S({ multiple: 1 }) } },
  { args: ['a'], options: { foo: S({ default: 1 }) } },
  { args: ['a'], options: { foo: S({ multiple: true, default: 'x' }) } },
  { args: ['a'], options: { foo: S({ multiple: true, default: ['x', 1] }) } },
  { args: ['a'], options: { foo: B({ default: 'x' }) } },
  { args: ['a'], options: { foo: B({ multiple: true, default: [1] }) } },
  { args: ['a'], options: { foo: null } },
  { args: ['a'], options: { foo: {} } },
  { args: ['a'], options: null },
  { args: [], options: 1 },
  { args: [], options: [] },
  { args: 'a' },
  { args: 'a', strict: 1 },
  { args: [], strict: 1 },
  { args: [], allowPositionals: 1 },
  { args: [], tokens: 1 },
  { args: [1], allowPositionals: true },
  { args: ['-abc', '--', '-x', 'y'], strict: false, tokens: true },
  { args: ['-abc', 'v', '--foo=bar', '-e=1', '-ffile', '-f', 'file2', '--', '-x', 'y'],
    options: { foo: S({ short: 'f', multiple: true }), a: B(), b: B({ short: 'b' }),
               c: S({ short: 'c' }), e: S({ short: 'e' }) },
    tokens: true, allowPositionals: true },
  { args: ['-bc', 'v'], options: { c: S({ short: 'c' }), b: B({ short: 'b' }) } },
  { args: ['-cb', 'v'], options: { c: S({ short: 'c' }), b: B({ short: 'b' }) }, allowPositionals: true },
  { args: ['-bcX', 'v'], options: { c: S({ short: 'c' }), b: B({ short: 'b' }) }, allowPositionals: true, tokens: true },
  { args: ['--foo', '-', 'x'], options: { foo: S() }, allowPositionals: true },
  { args: ['-', '--x', 'a'], strict: false },
  { args: ['--', '--x'], strict: false, options: { x: S({ default: 'd' }) } },
  { args: ['--x', '--y'], strict: false, options: { x: S() } },
  { args: ['--x='], options: { x: S() } },
  { args: ['-x='], options: { x: S({ short: 'x' }) } },
  { args: ['--x', '--'], options: { x: S() } },
  { args: ['--x', '--'], strict: false, options: { x: S() } },
  { args: ['--__proto__', 'x'], strict: false },
  { args: ['--toString'], strict: false },
  { args: ['--constructor'] },
  { args: ['-ab'], options: { a: S({ short: 'a' }) }, strict: false },
  { args: ['-1'], options: {}, allowPositionals: true },
  { args: ['--a=x'], options: { a: S({ short: 'a', multiple: true, default: ['q'] }) } },
  { args: [], options: { a: S({ short: 'a', multiple: true, default: ['q'] }) } },
  { args: ['-f', '-x'], options: { foo: S({ short: 'f' }) } },
  { args: ['-bf', '-x'], options: { foo: S({ short: 'f' }), b: B({ short: 'b' }) } },
  { args: ['-f'], options: { foo: B({ short: 'f' }) }, tokens: true },
  { args: ['-f', 'x'], options: { foo: S({ short: 'f', multiple: true }) }, tokens: true },
  { args: ['---'], strict: false },
  { args: ['--=x'], strict: false },
  { args: ['--'], tokens: true },
  { args: ['-f=x'], options: { foo: B({ short: 'f' }) } },
  { args: ['-fx'], options: { foo: B({ short: 'f' }) } },
  { args: ['-fx'], options: { foo: B({ short: 'f' }), x: S() } },
  { args: ['--f=x', '--f', 'y'], options: { f: S({ default: 'z' }) } },
  { args: [], options: { f: S({ default: 'z' }), g: B({ default: false }),
                         h: B({ multiple: true, default: [true] }) }, tokens: true },
  { args: ['--b', '--a'], options: { a: B({ default: false }), c: S({ default: 'c' }) }, strict: false },
  { args: ['-b', '-a'], options: { a: B({ short: 'b' }), b: S() } },
  { args: ['--v', '-v', '--v=1'], options: { v: B({ short: 'v', multiple: true }) } },
  { args: ['--v', 'a', '-v', 'b'], options: { v: S({ short: 'v', multiple: true }) }, tokens: true },
  { args: ['pos', '--opt', 'val', 'pos2'], options: { opt: S() }, allowPositionals: true, tokens: true },
  { args: ['-abc'], options: { a: B({ short: 'a' }), b: B({ short: 'b' }), c: S({ short: 'c' }) } },
  { args: ['-ab'], options: { a: B({ short: 'a' }), b: B({ short: 'b' }) }, tokens: true },
];
for (const c of parseCases) {
  same(`parseArgs ${nodeUtil.inspect(c, { breakLength: Infinity, depth: 4 })}`,
       outcome(() => ourParseArgs(c)), outcome(() => nodeUtil.parseArgs(c)));
}
same('parseArgs() default', outcome(() => ourParseArgs()), outcome(() => nodeUtil.parseArgs()));
same('parseArgs(null)', outcome(() => ourParseArgs(null)).split(' ')[1],
     outcome(() => nodeUtil.parseArgs(null)).split(' ')[1]);

// --- small functions --------------------------------------------------------------

const vtSamples = ['plain', '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
                   '\u009b31mred', 'a\u001b[2Kb\u001b[1Gc', '\u001b[38;5;196mz\u001b[0m'];
for (const s of vtSamples) {
  same(`stripVT ${JSON.stringify(s)}`, ours.stripVTControlCharacters(s), nodeUtil.stripVTControlCharacters(s));
}
same('stripVT(1)', outcome(() => ours.stripVTControlCharacters(1)),
     outcome(() => nodeUtil.stripVTControlCharacters(1)));
for (const s of ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', 'x\ud83d', '\ud83d\ud83d\ude00', 12]) {
  same(`toUSVString ${JSON.stringify(s)}`, ours.toUSVString(s), nodeUtil.toUSVString(s));
}
for (const e of [-2, -13, -4095, -1, 0, 2, -2.5, 'x', NaN, -(2 ** 60)]) {
  same(`getSystemErrorName(${String(e)})`, outcome(() => ours.getSystemErrorName(e)),
       outcome(() => nodeUtil.getSystemErrorName(e)));
}
same('getSystemErrorMap size', ours.getSystemErrorMap().size, nodeUtil.getSystemErrorMap().size);

for (const args of [['red', 'x', { validateStream: false }], [['bold', 'underline'], 'y', { validateStream: false }],
                    ['red', 'x'], [1, 'x'], ['nope', 'x'], ['red', 1], [['red', 2], 'x'],
                    ['red', 'x', { validateStream: 1 }], ['red', 'x', { stream: 1 }], ['grey', 'x', { validateStream: false }]]) {
  same(`styleText ${nodeUtil.inspect(args)}`, outcome(() => ours.styleText(...args)),
       outcome(() => nodeUtil.styleText(...args)));
}

const envs = ['A=1\nB="x y"\n# c\nexport C=3 # hi\nD=\'q\'\nE=`z`\nF="a\\nb"\n  G  =  spaced  \nH',
              'M="line1\nline2"\nN=after', "Q='it''s'\nR=\"a#b\"\nS=a#b\nT= \nU=\"unterminated\nV=2",
              'W=x=y\n=nokey\nX="q" trailing\nY=\\n', 'export   Z=1\nexport=2\r\nCR=3\r\n',
              'A="x', 'b=1\nB=2\na=3\n_=4\n1=5', ' #c\nA=1', '\n\n  \nA=1', '\tA=1', 'A=\nB=2',
              'export A', 'A="x\\"y"', 'A=1\n#B=2\n  # c\nC=3', "A='x' # c\nB=\"y\" z\nC=1", ''];
for (const e of envs) {
  same(`parseEnv ${JSON.stringify(e)}`, JSON.stringify(ours.parseEnv(e)), JSON.stringify(nodeUtil.parseEnv(e)));
}
same('parseEnv(1)', outcome(() => ours.parseEnv(1)), outcome(() => nodeUtil.parseEnv(1)));

const typeSamples = [undefined, null, 0, 1, 'x', '', true, Symbol('s'), 1n, [], {}, () => {},
                     /re/, new Date(0), new Error('e'), Buffer.alloc(1), Object.create(null),
                     { __proto__: Error.prototype }, { [Symbol.toStringTag]: 'Error' }];
for (const k of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
                 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError',
                 'isFunction', 'isPrimitive', 'isBuffer']) {
  same(`${k} results`, typeSamples.map((v) => ours[k](v)).join(), typeSamples.map((v) => nodeUtil[k](v)).join());
}
same('_extend', JSON.stringify([ours._extend({ a: 1 }, { b: 2 }), ours._extend({ a: 1 }, null), ours._extend({ a: 1 }, 'str')]),
     JSON.stringify([nodeUtil._extend({ a: 1 }, { b: 2 }), nodeUtil._extend({ a: 1 }, null), nodeUtil._extend({ a: 1 }, 'str')]));

// inherits
for (const args of [[null, function() {}], [function() {}, null], [function() {}, {}],
                    [function() {}, { prototype: undefined }], [undefined, undefined]]) {
  same(`inherits ${nodeUtil.inspect(args)}`, outcome(() => ours.inherits(...args)),
       outcome(() => nodeUtil.inherits(...args)));
}
{
  function A() {}
  function B() {}
  ours.inherits(B, A);
  same('inherits super_', B.super_ === A && Object.getPrototypeOf(B.prototype) === A.prototype &&
       !Object.keys(B).includes('super_'), true);
}

// deprecate / promisify / callbackify shapes
{
  const f = function foo(a, b) { return a + b; };
  const d1 = ours.deprecate(f, 'm', 'DEP_SHIM1');
  const d2 = nodeUtil.deprecate(f, 'm', 'DEP_SHIM2');
  same('deprecate shape', `${d1.name} ${d1.length} ${Object.getPrototypeOf(d1) === f}`,
       `${d2.name} ${d2.length} ${Object.getPrototypeOf(d2) === f}`);
  same('deprecate bad code', outcome(() => ours.deprecate(f, 'm', 1)), outcome(() => nodeUtil.deprecate(f, 'm', 1)));
  same('promisify bad', outcome(() => ours.promisify(1)), outcome(() => nodeUtil.promisify(1)));
  same('callbackify bad', outcome(() => ours.callbackify(1)), outcome(() => nodeUtil.callbackify(1)));
  const p1 = ours.promisify(function cbFn(a, cb) { cb(null, a); });
  const p2 = nodeUtil.promisify(function cbFn(a, cb) { cb(null, a); });
  same('promisify shape', `${p1.name} ${p1.length} ${p1[ours.promisify.custom] === p1}`,
       `${p2.name} ${p2.length} ${p2[nodeUtil.promisify.custom] === p2}`);
  async function af(a, b) { return a; }
  const c1 = ours.callbackify(af);
  const c2 = nodeUtil.callbackify(af);
  same('callbackify shape', `${c1.name} ${c1.length}`, `${c2.name} ${c2.length}`);
  same('callbackify no cb', outcome(() => c1(1)), outcome(() => c2(1)));
}

// --- MIMEType ---------------------------------------------------------------------

const mimeInputs = ['', 'text', '/plain', 'te xt/plain', ' te xt/plain', 'text/', 'text/pl ain',
                    ' Text/HTML ; Charset="utf-8" ; x=; y="a\\"b"; z=1;z=2; bad name=1; q="unterminated',
                    'a/b;c', 'a/b; =x', 'a/b;k=""', 'a/b;k=v v', 'a/b;k=é', 'text/plain;charset=utf-8;',
                    'a/b;K="x y"  ;  L=v  ', 'a/b;k="x\\', 'a/b;k="x"junk;l=2', 'a/b ;k=1', 'a/b\t',
                    'a/b;k=\u0100', 'a/b;=;k=1', 'a/b;k', 'a/b;k='];
for (const input of mimeInputs) {
  const describe = (M) => outcome(() => {
    const m = new M(input);
    return [String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m)];
  });
  same(`MIMEType ${JSON.stringify(input)}`, describe(ours.MIMEType), describe(nodeUtil.MIMEType));
}
{
  const run = (M) => {
    const res = [];
    const m = new M('text/plain;a=1');
    for (const fn of [() => { m.type = 'x y'; }, () => { m.type = 'IMAGE'; }, () => { m.subtype = ''; },
                      () => m.params.set('b c', 'x'), () => m.params.set('v', 'a\u0100'),
                      () => m.params.set('B', 'x y'), () => m.params.set('q', 'a"b\\c'),
                      () => m.params.delete('a'), () => [m.params.get('B'), m.params.get('b'), m.params.has('q')]]) {
      res.push(outcome(fn));
    }
    res.push(String(m), nodeUtil.inspect(m), nodeUtil.inspect(m.params));
    return res.join('\n');
  };
  same('MIMEType mutations', run(ours.MIMEType), run(nodeUtil.MIMEType));
}

// --- console ------------------------------------------------------------------------

function capture(Ctor, fn, opts = {}) {
  let out = '';
  let err = '';
  const stdout = new Writable({ write(c, e, cb) { out += c; cb(); } });
  const stderr = new Writable({ write(c, e, cb) { err += c; cb(); } });
  const c = new Ctor({ stdout, stderr, ...opts });
  let thrown = '';
  try {
    fn(c);
  } catch (e) {
    thrown = `throw ${e.code} ${e.message}`;
  }
  return `${out}|${err}|${thrown}`;
}

const consoleCases = {
  'table array of objects': (c) => c.table([{ a: 1, b: 'x' }, { a: 2, c: { d: 1 } }]),
  'table nested arrays': (c) => c.table([[1, 2], [3, 4, 5]]),
  'table map': (c) => c.table(new Map([['k', { v: 1 }], ['z', 2]])),
  'table set': (c) => c.table(new Set([1, 'two', { x: 3 }])),
  'table object': (c) => c.table({ r1: { c: 1 }, r2: 2 }),
  'table properties': (c) => c.table([{ a: 1, b: 2 }, 5], ['b']),
  'table primitives': (c) => { c.table(5); c.table('s'); c.table(null); c.table(undefined); },
  'table empty': (c) => { c.table([]); c.table({}); c.table(new Map()); },
  'table mixed': (c) => c.table([1, 'x', null, undefined, Symbol('s'), 10n, [1, 2], { a: 'long string value' }]),
  'table wide chars': (c) => c.table({ a: '中文字符', b: 'x', c: 'é' }),
  'table map object keys': (c) => c.table(new Map([[{ k: 1 }, 'v']])),
  'table bad properties': (c) => c.table([{ a: 1 }], 'a'),
  'table map iterators': (c) => {
    const m = new Map([['a', 1], ['b', 2]]);
    c.table(m.entries()); c.table(m.keys()); c.table(m.values());
    c.table(new Set([1, 2]).values());
  },
  'table deep values': (c) => c.table([{ a: { b: { c: 1 } }, big: { x: 1, y: 2, z: 3 }, arr: [1, 2, 3, 4, 5] }]),
  'table function item': (c) => c.table([function f() {}, { a: 1 }]),
  'count': (c) => { c.count(); c.count(); c.count('x'); c.countReset(); c.count(); c.count(undefined); },
  'group': (c) => {
    c.group('G1'); c.log('in'); c.group(); c.log('a\nb'); c.error('err\nx'); c.groupEnd();
    c.groupEnd(); c.groupEnd(); c.log('out'); c.groupCollapsed('gc', 1); c.table([1]); c.groupEnd();
  },
  'assert': (c) => {
    c.assert(true, 'no'); c.assert(false); c.assert(false, 'msg %s', 'x'); c.assert(false, { a: 1 });
    c.assert(false, 'a', 'b'); c.assert(0, 5); c.assert('', undefined);
  },
  'dir': (c) => {
    c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); c.dir({ a: { b: { c: { d: 1 } } } });
    c.dir({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' }); c.dir('str');
    c.dirxml({ a: 1 }, 2);
  },
  'log variants': (c) => {
    c.log('%s=%d', 'a', 1, 'extra'); c.info('i'); c.debug('d'); c.warn('w'); c.error('e');
    c.log(); c.log(''); c.log('%c styled', 'color: red'); c.log('100%'); c.log('%o', { a: [1] });
  },
  'groupIndentation 4': (c) => { c.group('a'); c.log('b'); c.group(); c.log({ x: 1 }); },
};
for (const name of Object.keys(consoleCases)) {
  same(`console ${name}`, capture(OurConsole, consoleCases[name]), capture(NodeConsole, consoleCases[name]));
}
same('console groupIndentation', capture(OurConsole, consoleCases['groupIndentation 4'], { groupIndentation: 4 }),
     capture(NodeConsole, consoleCases['groupIndentation 4'], { groupIndentation: 4 }));
same('console colorMode true', capture(OurConsole, consoleCases['log variants'], { colorMode: true }),
     capture(NodeConsole, consoleCases['log variants'], { colorMode: true }));
same('console inspectOptions', capture(OurConsole, consoleCases.dir, { inspectOptions: { depth: 0, compact: false } }),
     capture(NodeConsole, consoleCases.dir, { inspectOptions: { depth: 0, compact: false } }));

for (const args of [[], [null], [{}], [{ stdout: process.stdout, stderr: {} }],
                    [{ stdout: process.stdout, colorMode: 'x' }],
                    [{ stdout: process.stdout, groupIndentation: 1001 }],
                    [{ stdout: process.stdout, groupIndentation: 1.5 }],
                    [{ stdout: process.stdout, inspectOptions: 1 }],
                    [{ stdout: process.stdout, inspectOptions: { colors: true }, colorMode: 'auto' }]]) {
  same(`new Console(${nodeUtil.inspect(args, { depth: 0 })})`, outcome(() => { new OurConsole(...args); }),
       outcome(() => { new NodeConsole(...args); }));
}

// Durations through a mocked process.hrtime.
{
  const realHrtime = process.hrtime;
  let fake = [0, 0];
  process.hrtime = (t) => (t ? fake : [1, 0]);
  const durations = [0, 0.0001, 0.12345, 1.5, 999.9994, 999.9999, 1000, 1234.5678, 59999.9999, 60000,
                     61234.5, 3599999, 3600000, 3723004.5, 360000000];
  const run = (c) => {
    for (const ms of durations) {
      fake = [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
      c.time('t'); c.timeLog('t', 'x', { a: 1 }); c.timeEnd('t');
    }
    c.time(); c.timeEnd(); c.time(1); c.timeLog('1');
  };
  try {
    same('console time formats', capture(OurConsole, run), capture(NodeConsole, run));
  } finally {
    process.hrtime = realHrtime;
  }
}

console.log(`${checks - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
