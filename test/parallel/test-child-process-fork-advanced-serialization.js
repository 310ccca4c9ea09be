'use strict';
// serialization: 'advanced' carries what JSON cannot: BigInts, Maps and
// Sets, Dates, RegExps, typed arrays and Buffers (as such), ArrayBuffers,
// errors of each kind, undefined, holes and cycles. Values that cannot be
// cloned make send() throw.
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => process.send(message));
  return;
}

const circular = { name: 'loop' };
circular.self = circular;
const shared = { x: 1 };
const values = [
  { big: 2n ** 70n, negative: -5n },
  { map: new Map([[{ key: 1 }, new Set([1, 'two', [3]])]]) },
  { date: new Date(1234), regexp: /a.b/gimsuy, undef: undefined },
  [1, , 3],
  Object.assign([1, 2], { extra: 'named' }),
  { buffer: Buffer.from('Hello!'), uint8: new Uint8Array([1, 2, 255]) },
  { f64: new Float64Array([Math.PI, -0]), i16: new Int16Array([-300]), b64: new BigInt64Array([-7n]) },
  { view: new DataView(new Uint8Array([9, 8]).buffer), arrayBuffer: new Uint8Array([5, 6]).buffer },
  { boxed: [Object(1), Object('s'), Object(true), Object(3n)] },
  circular,
  [shared, shared],
  new Error('Something went wrong'),
  new RangeError('Something range-y went wrong'),
  new TypeError('typed', { cause: { why: 'because' } }),
  'ß€😀'.repeat(1000),
  { large: new Uint8Array(1 << 20).fill(7) },
  -0,
];

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const guard = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('timed out');
}, 20000);
guard.unref();

assert.throws(() => child.send({ fn() {} }), {
  name: 'Error', message: 'fn() {} could not be cloned.',
});
assert.throws(() => child.send(new WeakMap()), { message: '#<WeakMap> could not be cloned.' });
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });

const received = [];
child.on('message', (message) => {
  received.push(message);
  if (received.length === values.length) child.disconnect();
});
for (const value of values) child.send(value);

child.on('exit', (code) => assert.strictEqual(code, 0));
process.on('exit', () => {
  assert.strictEqual(received.length, values.length);
  for (let i = 0; i < values.length; i++) {
    assert.deepStrictEqual(received[i], values[i]);
  }
  const [loop] = received.filter((m) => m && m.name === 'loop');
  assert.strictEqual(loop.self, loop);
  const pair = received[10];
  assert.strictEqual(pair[0], pair[1]);
  assert.ok(Buffer.isBuffer(received[5].buffer));
  assert.strictEqual(Object.getPrototypeOf(received[5].uint8), Uint8Array.prototype);
  assert.strictEqual(received[11].stack, values[11].stack);
  assert.deepStrictEqual(received[13].cause, { why: 'because' });
  assert.ok(Object.is(received[16], -0));
  assert.ok(!(1 in received[3]));
});
