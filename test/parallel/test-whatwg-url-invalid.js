'use strict';
// Invalid input throws TypeError ERR_INVALID_URL carrying `input` (and `base`);
// URL.canParse / URL.parse report the same without throwing.
const assert = require('assert');
const { URL } = require('url');

const invalid = [
  '', 'x', '//a', 'http://', 'http://a b/', 'http://a:65536/', 'http://a:b/', 'http://[::1/',
  'http://[1::2::3]/', 'http://1.2.3.4.5/', 'http://256.0.0.1/', 'http://a^b/', 'http://%zz/',
  'http://xn--a/', 'http://\u00ad/', 'http://@/', 'http://user@/', 'https://\u2488.com/',
  'sc://a b/', 'sc://[1]/', '\ud800',
];
for (const input of invalid) {
  assert.throws(() => new URL(input), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, input === '\ud800' ? '\ufffd' : input);
    assert.strictEqual('base' in err, false);
    return true;
  }, JSON.stringify(input));
  assert.strictEqual(URL.canParse(input), false, input);
  assert.strictEqual(URL.parse(input), null, input);
}

// The base is reported when given, even when it is the invalid part.
assert.throws(() => new URL('a', 'b'), { code: 'ERR_INVALID_URL', input: 'a', base: 'b' });
assert.throws(() => new URL('/x', null), { code: 'ERR_INVALID_URL', input: '/x', base: 'null' });
assert.throws(() => new URL('/x', undefined), (err) => err.input === '/x' && !('base' in err));
assert.strictEqual(URL.canParse('/x', 'http://h'), true);
assert.strictEqual(URL.canParse('/x', 'h'), false);
assert.strictEqual(URL.parse('/x', 'http://h/').href, 'http://h/x');
assert.ok(URL.parse('http://h/') instanceof URL);

// Arguments are converted with ToString.
assert.strictEqual(new URL({ toString() { return 'http://obj/'; } }).href, 'http://obj/');
assert.throws(() => new URL(Symbol('s')), TypeError);

// A missing argument is its own error.
for (const fn of [() => new URL(), () => URL.canParse(), () => URL.parse()]) {
  assert.throws(fn, {
    name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified',
  });
}

// The href setter throws on invalid input and leaves the URL alone.
const u = new URL('http://ok/');
assert.throws(() => { u.href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(u.href, 'http://ok/');
