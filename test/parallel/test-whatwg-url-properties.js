'use strict';
// Shape of URL and URLSearchParams: enumerable accessors on the prototypes,
// toStringTag, toJSON, statics, and the globals being the url module's classes.
const assert = require('assert');
const url = require('url');

assert.strictEqual(globalThis.URL, url.URL);
assert.strictEqual(globalThis.URLSearchParams, url.URLSearchParams);
const { URL, URLSearchParams } = url;

assert.deepStrictEqual(Object.keys(URL.prototype), [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.deepStrictEqual(Object.keys(URLSearchParams.prototype), [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString',
]);
for (const key of ['origin', 'searchParams']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, key).set, undefined);
}
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(URL.prototype, 'href').set, 'function');

const u = new URL('http://h/p?q#f');
assert.deepStrictEqual(Object.keys(u), []);
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.strictEqual(Object.prototype.toString.call(u.searchParams), '[object URLSearchParams]');
assert.strictEqual(`${u}`, 'http://h/p?q#f');
assert.strictEqual(u.toJSON(), 'http://h/p?q#f');
assert.strictEqual(JSON.stringify({ u }), '{"u":"http://h/p?q#f"}');
assert.strictEqual(URL.length, 1);

// Setting origin is a no-op in sloppy terms, an error in strict mode.
assert.throws(() => { u.origin = 'x'; }, TypeError);

// Subclasses work.
class MyURL extends URL {}
const m = new MyURL('http://x/');
assert.ok(m instanceof URL);
assert.strictEqual(m.href, 'http://x/');
