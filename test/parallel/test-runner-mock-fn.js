'use strict';
// mock.fn() records calls and can swap implementations; mock.method()
// replaces a method until restored.
const assert = require('assert');
const { mock, test } = require('node:test');

const sum = mock.fn((a, b) => a + b);
assert.strictEqual(sum(1, 2), 3);
assert.strictEqual(sum.mock.callCount(), 1);
const [call] = sum.mock.calls;
assert.deepStrictEqual(call.arguments, [1, 2]);
assert.strictEqual(call.result, 3);
assert.strictEqual(call.error, undefined);
assert.strictEqual(call.this, undefined);

sum.mock.mockImplementationOnce(() => 'once');
assert.strictEqual(sum(1, 1), 'once');
assert.strictEqual(sum(1, 1), 2);
sum.mock.mockImplementation(() => 'always');
assert.strictEqual(sum(), 'always');
sum.mock.resetCalls();
assert.strictEqual(sum.mock.callCount(), 0);

const thrower = mock.fn(() => { throw new Error('bad'); });
assert.throws(() => thrower(), /bad/);
assert.strictEqual(thrower.mock.calls[0].error.message, 'bad');

const limited = mock.fn(() => 'orig', () => 'mocked', { times: 2 });
assert.deepStrictEqual([limited(), limited(), limited()], ['mocked', 'mocked', 'orig']);

const obj = { value: 5, get() { return this.value; } };
const m = mock.method(obj, 'get', function() { return this.value * 2; });
assert.strictEqual(obj.get(), 10);
assert.strictEqual(m.mock.calls[0].this, obj);
m.mock.restore();
assert.strictEqual(obj.get(), 5);

assert.throws(() => mock.method(obj, 'value'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'methodName' must be a method. Received 5",
});
assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });

test('t.mock is reset after the test', (t) => {
  const target = { f() { return 'real'; } };
  t.mock.method(target, 'f', () => 'fake');
  assert.strictEqual(target.f(), 'fake');
  process.on('exit', () => assert.strictEqual(target.f(), 'real'));
});
