'use strict';
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
assert.strictEqual(path.resolve(), cwd);
assert.strictEqual(path.resolve(''), cwd);
assert.strictEqual(path.resolve('a/b', '../c'), `${cwd === '/' ? '' : cwd}/a/c`);
assert.strictEqual(path.resolve('/foo/bar', './baz'), '/foo/bar/baz');
assert.strictEqual(path.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
assert.strictEqual(path.resolve('/a', '..', '..', 'b'), '/b');
assert.strictEqual(path.resolve('/', '//x//y/'), '/x/y');
// Arguments left of an absolute path are never looked at.
assert.strictEqual(path.resolve(42, '/a'), '/a');

const relative = [
  ['/var/lib', '/var', '..'], ['/var/lib', '/bin', '../../bin'], ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'], ['/var/', '/var/lib', 'lib'], ['/', '/var/lib', 'var/lib'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'], ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'], ['/baz-quux', '/baz', '../baz'],
  ['/page1/page2/foo', '/', '../../..'],
];
for (const [from, to, expected] of relative) {
  assert.strictEqual(path.relative(from, to), expected, `relative(${from}, ${to})`);
}
assert.strictEqual(path.relative('', ''), '');
assert.strictEqual(path.relative('a', 'a/b'), 'b');
assert.strictEqual(path.isAbsolute('/x'), true);
assert.strictEqual(path.isAbsolute('x/'), false);
assert.strictEqual(path.isAbsolute(''), false);
assert.strictEqual(path.toNamespacedPath('/a/b'), '/a/b');
assert.strictEqual(path.toNamespacedPath(42), 42);
