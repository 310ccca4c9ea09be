'use strict';
// append/delete/get/getAll/has/set/sort/size on URLSearchParams, including the
// optional value argument of delete() and has(), and argument checks.
const assert = require('assert');
const { URLSearchParams } = require('url');

const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.deepStrictEqual(p.getAll('zz'), []);
assert.strictEqual(p.has('b'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '2'), false);
assert.strictEqual(p.has('a', undefined), true);

p.append('a', 4);
assert.strictEqual(p.toString(), 'a=1&b=2&a=3&a=4');
p.delete('a', '3');
assert.strictEqual(p.toString(), 'a=1&b=2&a=4');
p.set('a', 'x');
assert.strictEqual(p.toString(), 'a=x&b=2');
p.set('c', 'y');
assert.strictEqual(p.toString(), 'a=x&b=2&c=y');
p.delete('a');
assert.strictEqual(p.toString(), 'b=2&c=y');
assert.strictEqual(p.size, 2);

// sort() is stable and compares UTF-16 code units.
const s = new URLSearchParams('z=1&\ud83d\ude00=2&\uffff=3&a=4&z=5&\u00e9=6&a=7&A=8');
s.sort();
assert.deepStrictEqual([...s.keys()], ['A', 'a', 'a', 'z', 'z', '\u00e9', '\ud83d\ude00', '\uffff']);
assert.deepStrictEqual(s.getAll('a'), ['4', '7']);
assert.deepStrictEqual(s.getAll('z'), ['1', '5']);

// Missing arguments.
const missing = (names) => ({
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: names.length === 1 ? `The "${names[0]}" argument must be specified` :
    `The "${names[0]}" and "${names[1]}" arguments must be specified`,
});
assert.throws(() => p.append('a'), missing(['name', 'value']));
assert.throws(() => p.set('a'), missing(['name', 'value']));
assert.throws(() => p.get(), missing(['name']));
assert.throws(() => p.getAll(), missing(['name']));
assert.throws(() => p.has(), missing(['name']));
assert.throws(() => p.delete(), missing(['name']));

// Methods check their receiver.
const invalidThis = {
  name: 'TypeError', code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParams',
};
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'keys',
                 'values', 'forEach', 'toString']) {
  assert.throws(() => URLSearchParams.prototype[m].call({}, 'a', 'b'), invalidThis, m);
}
assert.throws(() => Reflect.get(URLSearchParams.prototype, 'size', {}), invalidThis);
