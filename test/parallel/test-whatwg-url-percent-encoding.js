'use strict';
// Each component uses its own percent-encode set, and existing %XX escapes
// are kept as they are.
const assert = require('assert');
const { URL } = require('url');

const ascii = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

assert.strictEqual(new URL(`http://h/${ascii.replace(/[#?/\\.]/g, '')}`).pathname,
                   "/%20!%22$%&'()*+,-:;%3C=%3E@[]^_%60%7B|%7D~");
assert.strictEqual(new URL(`http://h/?${ascii.replace('#', '')}`).search,
                   "?%20!%22$%&%27()*+,-./:;%3C=%3E?@[\\]^_`{|}~");
assert.strictEqual(new URL(`sc://h/?${ascii.replace('#', '')}`).search,
                   "?%20!%22$%&'()*+,-./:;%3C=%3E?@[\\]^_`{|}~");
assert.strictEqual(new URL(`http://h/#${ascii}`).hash,
                   "#%20!%22#$%&'()*+,-./:;%3C=%3E?@[\\]^_%60{|}~");

const u = new URL('http://h/');
u.username = ascii;
assert.strictEqual(u.username,
                   "%20!%22%23$%&'()*+,-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~");

// Non-ASCII is UTF-8 encoded; lone surrogates become U+FFFD first.
assert.strictEqual(new URL('http://h/\u00e9\u4e2d\ud83d\ude00?\u00e9#\u00e9').href,
                   'http://h/%C3%A9%E4%B8%AD%F0%9F%98%80?%C3%A9#%C3%A9');
assert.strictEqual(new URL('http://h/\ud800').pathname, '/%EF%BF%BD');
// Opaque paths only encode controls and non-ASCII.
assert.strictEqual(new URL('sc:a b"<>`{}\u0001\u00e9').href, 'sc:a b"<>`{}%01%C3%A9');
// Escapes are not normalised, and stray % are left alone.
assert.strictEqual(new URL('http://h/%7e%7E%zz%').pathname, '/%7e%7E%zz%');
// Dot segments may be percent-encoded.
assert.strictEqual(new URL('http://h/a/%2e%2E/b/%2e/c').pathname, '/b/c');
