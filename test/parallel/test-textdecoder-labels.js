'use strict';
// Encoding labels, options validation and the windows-1252 family.
const assert = require('assert');
const util = require('util');
const { TextDecoder } = util;

for (const [label, name] of [
  ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], [' utf-8\n', 'utf-8'],
  ['\tutf-8\f\r', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'], [undefined, 'utf-8'],
  ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['ascii', 'windows-1252'],
  ['us-ascii', 'windows-1252'], ['windows-1252', 'windows-1252'], ['l1', 'windows-1252'],
]) {
  assert.strictEqual(new TextDecoder(label).encoding, name, String(label));
}

for (const label of ['foo', ' foo ', '', null, '\u00a0utf-8', 'utf-32']) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    name: 'RangeError',
    message: `The "${label}" encoding is not supported`,
  });
}

assert.throws(() => new TextDecoder('utf-8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.strictEqual(new TextDecoder('utf-8', null).fatal, false);
const opts = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' });
assert.strictEqual(opts.fatal, true);
assert.strictEqual(opts.ignoreBOM, true);

// Plain ASCII and Latin-1 letters decode the same in every windows-1252 mode.
const latin = new TextDecoder('latin1');
assert.strictEqual(latin.decode(new Uint8Array([0x41, 0xe9, 0xff, 0x7f])), 'A\u00e9\u00ff\u007f');
// Streamed input maps 0x80-0x9F as windows-1252 does.
const streamed = new TextDecoder('windows-1252');
assert.strictEqual(streamed.decode(new Uint8Array([0x80, 0x99, 0x81]), { stream: true }),
                   '\u20ac\u2122\u0081');

assert.strictEqual(util.inspect(new TextDecoder()),
                   "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
assert.deepStrictEqual(Object.keys(new TextDecoder()), []);
