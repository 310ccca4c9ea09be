'use strict';
// atob() / btoa() from node:buffer, with their DOMException errors.
const assert = require('assert');
const { atob, btoa } = require('buffer');

assert.strictEqual(btoa('hi'), 'aGk=');
assert.strictEqual(btoa('\u00ff\u00fe'), '//4=');
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(btoa(''), '');
assert.strictEqual(atob('aGk='), 'hi');
assert.strictEqual(atob('aGk'), 'hi');
assert.strictEqual(atob(' a G\tk\n= '), 'hi');
assert.strictEqual(atob('//4='), '\u00ff\u00fe');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob(null), '\u009e\u00e9e');

function invalid(message) {
  return (err) => {
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.constructor.name, 'DOMException');
    return true;
  };
}
assert.throws(() => btoa('\u0100'), invalid('Invalid character'));
assert.throws(() => atob('a'), invalid('The string to be decoded is not correctly encoded.'));
for (const bad of ['ab=c', 'abc==', 'ab*', 'ab===', 'a===', '-_', '\u00e9']) {
  assert.throws(() => atob(bad), invalid('Invalid character'), bad);
}
for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), {
    code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "input" argument must be specified',
  });
}
