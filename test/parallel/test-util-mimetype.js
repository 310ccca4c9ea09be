'use strict';
// util.MIMEType / MIMEParams parse, normalize and serialize MIME types.
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const m = new MIMEType(' Text/HTML ; Charset="utf-8" ; x=; y="a\\"b"; z=1;z=2; bad name=1');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.ok(m.params instanceof MIMEParams);
assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['y', 'a"b'], ['z', '1']]);
assert.strictEqual(String(m), 'text/html;charset=utf-8;y="a\\"b";z=1');
assert.strictEqual(JSON.stringify(m), '"text/html;charset=utf-8;y=\\"a\\\\\\"b\\";z=1"');

m.type = 'IMAGE';
m.params.set('q', 'x y');
m.params.delete('y');
assert.strictEqual(m.params.get('q'), 'x y');
assert.strictEqual(m.params.get('missing'), null);
assert.strictEqual(m.params.has('charset'), true);
assert.strictEqual(m.toString(), 'image/html;charset=utf-8;z=1;q="x y"');

assert.throws(() => new MIMEType('te xt/plain'), {
  name: 'TypeError',
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a type in "te xt/plain" is invalid at 2',
});
assert.throws(() => new MIMEType('text/'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a subtype in "text/" is invalid',
});
assert.throws(() => m.params.set('b c', 'x'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter name in "b c" is invalid at 1',
});
assert.throws(() => { m.subtype = ''; }, {
  message: 'The MIME syntax for a subtype in "" is invalid',
});
