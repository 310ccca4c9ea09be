'use strict';
// The IPC channel's bytes are Node's: 'json' writes one JSON text and a
// newline per message and reads the same; 'advanced' writes V8's
// serialization format behind a big-endian uint32 length. A shell stands
// in for the other side, so the bytes are the channel's own.
const assert = require('assert');
const { spawn } = require('child_process');

function run(serialization, script, onChild, check) {
  const child = spawn('/bin/sh', ['-c', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    serialization,
  });
  const guard = setTimeout(() => {
    child.kill('SIGKILL');
    assert.fail('timed out');
  }, 20000);
  guard.unref();
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  const messages = [];
  const internal = [];
  child.on('message', (m) => messages.push(m));
  child.on('internalMessage', (m) => internal.push(m));
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    check(Buffer.concat(chunks), messages, internal);
  });
  onChild(child);
}

// The child echoes what it reads from its fd 3 until the parent disconnects.
run('json', 'cat <&3', (child) => {
  child.send({ hello: 'wörld', n: NaN });
  child.send('str');
  child.send(5);
  child.send(null, () => child.disconnect());
}, (bytes) => {
  assert.strictEqual(bytes.toString(), '{"hello":"wörld","n":null}\n"str"\n5\nnull\n');
});

run('json', 'printf \'{"a":1}\\n"x"\\n{"cmd":"NODE_X"}\\n[\' >&3; printf \'2]\\n\' >&3', () => {},
    (bytes, messages, internal) => {
      assert.deepStrictEqual(messages, [{ a: 1 }, 'x', [2]]);
      assert.deepStrictEqual(internal, [{ cmd: 'NODE_X' }]);
    });

run('advanced', 'cat <&3', (child) => {
  child.send(1);
  child.send('abc');
  child.send({ a: 1 });
  child.send(Buffer.from([1, 2, 3]));
  child.send(new Uint16Array([1, 2]), () => child.disconnect());
}, (bytes) => {
  assert.strictEqual(bytes.toString('hex'),
                     '00000004ff0f4902' +
                     '00000007ff0f2203616263' +
                     '0000000aff0f6f220161490' + '27b01' +
                     '00000009ff0f5c000a03010203' +
                     '0000000aff0f5c000404010002' + '00');
});

// A message whose length field arrives in two writes.
run('advanced', 'printf \'\\000\\000\' >&3; sleep 0.1; printf \'\\000\\004\\377\\017I\\004\' >&3', () => {},
    (bytes, messages) => {
      assert.deepStrictEqual(messages, [2]);
    });
