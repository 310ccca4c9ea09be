'use strict';
const assert = require('assert');
const url = require('url');

const cases = [
  ['/one/two/three', 'four', '/one/two/four'],
  ['http://example.com/', '/one', 'http://example.com/one'],
  ['http://example.com/one', '/two', 'http://example.com/two'],
  ['http://a/b/c/d;p?q', 'g', 'http://a/b/c/g'],
  ['http://a/b/c/d;p?q', './g', 'http://a/b/c/g'],
  ['http://a/b/c/d;p?q', 'g/', 'http://a/b/c/g/'],
  ['http://a/b/c/d;p?q', '//g', 'http://g/'],
  ['http://a/b/c/d;p?q', '?y', 'http://a/b/c/d;p?y'],
  ['http://a/b/c/d;p?q', '#s', 'http://a/b/c/d;p?q#s'],
  ['http://a/b/c/d;p?q', '', 'http://a/b/c/d;p?q'],
  ['http://a/b/c/d;p?q', '..', 'http://a/b/'],
  ['http://a/b/c/d;p?q', '../../../g', 'http://a/g'],
  ['http://a/b/c/d;p?q', '.', 'http://a/b/c/'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y', 'http://a/b/c/y'],
  ['http://a/b/c/d;p?q', 'https:g', 'https://g/'],
  ['mailto:a@b', 'c@d', 'mailto:c@d'],
  ['mailto:x@y', 'mailto:z/', 'mailto:z/'],
  ['a/b', '../../c', '../c'],
  ['http://u:p@h/x', '//other/y', 'http://other/y'],
  ['file:///a/b', 'c', 'file:///a/c'],
];
for (const [from, to, expected] of cases) {
  assert.strictEqual(url.resolve(from, to), expected, `resolve(${from}, ${to})`);
}

const obj = url.resolveObject('http://u@h/a/b?x#y', '../c?q');
assert.strictEqual(obj.href, 'http://u@h/c?q');
assert.strictEqual(obj.pathname, '/c');
assert.strictEqual(obj.path, '/c?q');
assert.strictEqual(obj.hash, null);
assert.ok(obj instanceof url.Url);
assert.strictEqual(url.resolveObject('', 'x'), 'x');
