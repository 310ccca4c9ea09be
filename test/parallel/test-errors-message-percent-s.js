'use strict';
// %s in error messages formats like util.format: String() for objects with
// their own toString (which may throw), inspect() at depth 0 otherwise.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const { Writable } = require('stream');

assert.throws(() => new StringDecoder({ toString() { throw new Error('x'); } }), { message: 'x' });
assert.throws(() => new StringDecoder(new Uint8Array(0)), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: ' });
assert.throws(() => new StringDecoder({ toString() { return 'bogus'; } }),
              { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
const w = new Writable();
assert.throws(() => w.write('x', new Uint8Array(1)), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 0' });
assert.throws(() => w.write('x', {}), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: {}' });
assert.throws(() => w.write('x', { a: { b: { c: 1 } } }),
              { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: { a: [Object] }' });
assert.throws(() => w.setDefaultEncoding({ toString() { throw new Error('y'); } }), { message: 'y' });
