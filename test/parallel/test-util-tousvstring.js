'use strict';
// util.toUSVString replaces lone surrogates with U+FFFD.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.toUSVString('abc'), 'abc');
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(util.toUSVString('\ud83d\ude00'), '\ud83d\ude00');
assert.strictEqual(util.toUSVString('x\ud83d'), 'x\ufffd');
assert.strictEqual(util.toUSVString('\ud83d\ud83d\ude00'), '\ufffd\ud83d\ude00');
assert.strictEqual(util.toUSVString(12), '12');
