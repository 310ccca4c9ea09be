'use strict';
const assert = require('assert');
const punycode = require('punycode');

assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(punycode.encode('b\u00fccher'), 'bcher-kva');
assert.strictEqual(punycode.decode('bcher-kva'), 'b\u00fccher');
assert.strictEqual(punycode.encode('abc'), 'abc-');
assert.strictEqual(punycode.encode('\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587'), 'ihqwcrb4cv8a8dqg056pqjye');
assert.strictEqual(punycode.toASCII('B\u00fccher@\u00dcBER.de\u3002x'), 'B\u00fccher@xn--BER-ska.de.x');
assert.strictEqual(punycode.toUnicode('xn--bcher-kva.XN--x.com'), 'b\u00fccher.XN--x.com');
assert.strictEqual(punycode.toUnicode('xn--ZCA'), '\u00df');
assert.deepStrictEqual(punycode.ucs2.decode('\ud83d\ude00\ud800a'), [0x1f600, 0xd800, 0x61]);
assert.strictEqual(punycode.ucs2.encode([0x1f600, 0x41]), '\ud83d\ude00A');
assert.throws(() => punycode.decode('a-\u00fc'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('\u00fc-a'),
              { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('99999999999'),
              { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });
