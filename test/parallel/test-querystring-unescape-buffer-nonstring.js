'use strict';
// querystring.unescapeBuffer reads char codes of String(s) for a non-string.
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(qs.unescapeBuffer([1, 2]), Buffer.from('1,'));
assert.deepStrictEqual(qs.unescapeBuffer({ length: 3 }), Buffer.from('[ob'));
assert.deepStrictEqual(qs.unescapeBuffer(Buffer.from('a%41+'), true), Buffer.from('aA '));
assert.throws(() => qs.unescapeBuffer(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => qs.unescapeBuffer(null), TypeError);
