'use strict';
// URL methods and accessors called on a foreign receiver throw Node's TypeErrors.
const assert = require('assert');

for (const name of ['toString', 'toJSON']) {
  assert.throws(() => Reflect.apply(URL.prototype[name], {}, []), {
    name: 'TypeError', message: 'Receiver must be an instance of class URL',
  });
}
const privateMsg =
  'Cannot read private member #context from an object whose class did not declare it';
for (const name of ['href', 'search']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), {
    name: 'TypeError', message: 'Receiver must be an instance of class URL',
  });
  assert.throws(() => Reflect.set(URL.prototype, name, 'x', {}), {
    name: 'TypeError', message: privateMsg,
  });
}
for (const name of ['protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'hash', 'origin']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), {
    name: 'TypeError', message: privateMsg,
  });
}
assert.throws(() => Reflect.get(URL.prototype, 'searchParams', {}), {
  name: 'TypeError',
  message: privateMsg.replace('#context', '#searchParams'),
});
// A real URL still works.
const u = new URL('http://a.b/c?d#e');
assert.strictEqual(u.toString(), 'http://a.b/c?d#e');
assert.strictEqual(u.toJSON(), 'http://a.b/c?d#e');
assert.strictEqual(u.search, '?d');
