'use strict';
// util.parseArgs: values, positionals, short groups, multiple and defaults.
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f', multiple: true },
  name: { type: 'string', default: 'anon' },
  color: { type: 'boolean', default: false },
};

const r = parseArgs({
  args: ['-v', '--file=a.txt', '-fb.txt', '-f', 'c.txt', 'pos', '--', '--not-an-option'],
  options,
  allowPositionals: true,
});
assert.strictEqual(Object.getPrototypeOf(r.values), null);
assert.deepStrictEqual({ ...r.values },
                       { verbose: true, file: ['a.txt', 'b.txt', 'c.txt'], name: 'anon', color: false });
assert.deepStrictEqual(r.positionals, ['pos', '--not-an-option']);
assert.strictEqual('tokens' in r, false);

// Short option group: booleans then a string option taking the rest.
const g = parseArgs({
  args: ['-abcVALUE'],
  options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' },
             c: { type: 'string', short: 'c' } },
});
assert.deepStrictEqual({ ...g.values }, { a: true, b: true, c: 'VALUE' });

// Last value wins for non-multiple options; parse order then defaults order.
const l = parseArgs({ args: ['--name', 'x', '--name=y'], options });
assert.deepStrictEqual(Object.keys(l.values), ['name', 'color']);
assert.strictEqual(l.values.name, 'y');

// Non-strict mode: unknown options are kept, values are not consumed.
const ns = parseArgs({ args: ['--unknown', 'value', '-xy', '--k=v'], strict: false });
assert.deepStrictEqual({ ...ns.values }, { unknown: true, x: true, y: true, k: 'v' });
assert.deepStrictEqual(ns.positionals, ['value']);

// A lone '-' is a positional; an option value may be '-'.
const d = parseArgs({ args: ['--name', '-', '-'], options, allowPositionals: true });
assert.strictEqual(d.values.name, '-');
assert.deepStrictEqual(d.positionals, ['-']);

// '__proto__' is never stored.
const p = parseArgs({ args: ['--__proto__'], strict: false });
assert.deepStrictEqual(Object.keys(p.values), []);
