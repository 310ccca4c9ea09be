'use strict';
// StringDecoder methods check their arguments, then their receiver.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const proto = StringDecoder.prototype;
assert.throws(() => proto.write(Buffer.from('abc')), {
  name: 'TypeError', code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});
assert.throws(() => proto.end(Buffer.from('abc')), { code: 'ERR_INVALID_THIS' });
assert.throws(() => proto.write(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(proto.write('text'), 'text');
