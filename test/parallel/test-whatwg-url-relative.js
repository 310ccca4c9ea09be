'use strict';
// Relative references resolve against a base like the URL Standard (the
// RFC 3986 section 5.4 examples) and Node.
const assert = require('assert');
const { URL } = require('url');

const base = 'http://a/b/c/d;p?q';
const expected = {
  'g:h': 'g:h', 'g': 'http://a/b/c/g', './g': 'http://a/b/c/g', 'g/': 'http://a/b/c/g/',
  '/g': 'http://a/g', '//g': 'http://g/', '?y': 'http://a/b/c/d;p?y', 'g?y': 'http://a/b/c/g?y',
  '#s': 'http://a/b/c/d;p?q#s', 'g#s': 'http://a/b/c/g#s', 'g?y#s': 'http://a/b/c/g?y#s',
  ';x': 'http://a/b/c/;x', 'g;x': 'http://a/b/c/g;x', '': 'http://a/b/c/d;p?q',
  '.': 'http://a/b/c/', './': 'http://a/b/c/', '..': 'http://a/b/', '../': 'http://a/b/',
  '../g': 'http://a/b/g', '../..': 'http://a/', '../../': 'http://a/', '../../g': 'http://a/g',
  '../../../g': 'http://a/g', '/./g': 'http://a/g', '/../g': 'http://a/g', 'g.': 'http://a/b/c/g.',
  '.g': 'http://a/b/c/.g', 'g..': 'http://a/b/c/g..', '..g': 'http://a/b/c/..g',
  './../g': 'http://a/b/g', './g/.': 'http://a/b/c/g/', 'g/./h': 'http://a/b/c/g/h',
  'g/../h': 'http://a/b/c/h', 'http:g': 'http://a/b/c/g', '\\\\x\\y': 'http://x/y',
  '%2e%2E/g': 'http://a/b/g',
};
for (const [input, href] of Object.entries(expected)) {
  assert.strictEqual(new URL(input, base).href, href, input);
}

// A base may itself be a URL object.
assert.strictEqual(new URL('x', new URL('https://h/a/b')).href, 'https://h/a/x');

// File bases keep drive letters.
assert.strictEqual(new URL('..', 'file:///C:/').href, 'file:///C:/');
assert.strictEqual(new URL('/y', 'file:///C:/x').href, 'file:///C:/y');
assert.strictEqual(new URL('//h/y', 'file:///C:/x').href, 'file://h/y');
assert.strictEqual(new URL('D|/z', 'file:///C:/x').href, 'file:///D:/z');

// Non-special bases: no authority reinterpretation of backslashes.
assert.strictEqual(new URL('g\\h', 'sc://x/a/b').href, 'sc://x/a/g\\h');
assert.strictEqual(new URL('..', 'sc://x/a/b').href, 'sc://x/');
assert.strictEqual(new URL('#f', 'mailto:a@b').href, 'mailto:a@b#f');

// A base with an opaque path accepts only fragments.
assert.throws(() => new URL('g', 'mailto:a@b'), { code: 'ERR_INVALID_URL' });
