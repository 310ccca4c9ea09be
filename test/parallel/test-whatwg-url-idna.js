'use strict';
// Non-ASCII hosts go through IDNA (UTS #46 mapping + punycode);
// domainToASCII / domainToUnicode return '' for invalid domains.
const assert = require('assert');
const url = require('url');
const { URL } = url;

assert.strictEqual(new URL('http://\u00e9xample.org/').host, 'xn--xample-9ua.org');
assert.strictEqual(new URL('http://B\u00dccher.CH/').host, 'xn--bcher-kva.ch');
assert.strictEqual(new URL('http://fa\u00df.de/').host, 'xn--fa-hia.de');
assert.strictEqual(new URL('http://\u4e2d\u6587.\u4e2d\u56fd/').host, 'xn--fiq228c.xn--fiqs8s');
assert.strictEqual(new URL('http://\ud83d\udca9.la/').host, 'xn--ls8h.la');
assert.strictEqual(new URL('http://\uff21\uff22\uff23.com/').host, 'abc.com');
assert.strictEqual(new URL('http://a\u3002b\uff0ec/').host, 'a.b.c');
assert.strictEqual(new URL('http://a\u00adb/').host, 'ab');
assert.strictEqual(new URL('http://XN--NXASMQ6B.com/').host, 'xn--nxasmq6b.com');
assert.strictEqual(new URL('http://%F0%9F%92%A9.la/').host, 'xn--ls8h.la');
assert.strictEqual(new URL('http://\u0440\u0444/').host, 'xn--p1ai');
// Non-special URLs keep the host opaque (percent-encoded, no IDNA).
assert.strictEqual(new URL('sc://\u00e9/').host, '%C3%A9');

assert.strictEqual(url.domainToASCII('espa\u00f1ol.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('\u4e2d\u6587.com'), 'xn--fiq228c.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII('a b'), '');
assert.strictEqual(url.domainToASCII('example.com:80'), '');
assert.strictEqual(url.domainToASCII('0x7f.1'), '127.0.0.1');
assert.strictEqual(url.domainToASCII('[::1]'), '[::1]');
assert.strictEqual(url.domainToASCII('\u2488.com'), '');
assert.strictEqual(url.domainToASCII('xn--a'), '');
assert.strictEqual(url.domainToASCII(''), '');

assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'espa\u00f1ol.com');
assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '\u4e2d\u6587.com');
assert.strictEqual(url.domainToUnicode('XN--FA-HIA.DE'), 'fa\u00df.de');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode('A.B'), 'a.b');

assert.throws(() => url.domainToASCII(), {
  code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified',
});
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
