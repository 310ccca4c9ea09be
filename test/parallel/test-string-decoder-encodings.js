'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// utf16le: odd bytes and split surrogate pairs wait for the rest.
const u = new StringDecoder('utf16le');
assert.strictEqual(u.write(Buffer.from([0x3d])), '');
assert.strictEqual(u.lastNeed, 1);
// Completing a code unit emits it at once, even a lone high surrogate.
assert.strictEqual(u.write(Buffer.from([0xd8, 0x00])), '\ud83d');
assert.strictEqual(u.lastNeed, 1);
assert.strictEqual(u.lastTotal, 2);
assert.strictEqual(u.write(Buffer.from([0xde, 0x41, 0x00])), '\ude00A');
// A high surrogate at the end of a chunk waits for its pair.
assert.strictEqual(u.write(Buffer.from([0x3d, 0xd8])), '');
assert.strictEqual(u.lastNeed, 2);
assert.strictEqual(u.write(Buffer.from([0x00, 0xde])), '\ud83d\ude00');
assert.strictEqual(u.write(Buffer.from([0x3d, 0xd8])), '');
assert.strictEqual(u.end(), '\ud83d');
const odd = new StringDecoder('ucs2');
assert.strictEqual(odd.write(Buffer.from([0x41, 0x00, 0x42])), 'A');
assert.strictEqual(odd.end(), '');

// base64 keeps bytes until it has a multiple of three.
const b = new StringDecoder('base64');
assert.strictEqual(b.write(Buffer.from('ab')), '');
assert.strictEqual(b.lastNeed, 1);
assert.strictEqual(b.write(Buffer.from('cde')), 'YWJj');
assert.strictEqual(b.end(), 'ZGU=');
const bu = new StringDecoder('base64url');
assert.strictEqual(bu.end(Buffer.from([0xfb, 0xff])), '-_8');

assert.strictEqual(new StringDecoder('hex').write(Buffer.from([1, 0xab])), '01ab');
assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0xe9, 0x41])), '\u00e9A');
assert.strictEqual(new StringDecoder('binary').end(Buffer.from([0xff])), '\u00ff');
assert.strictEqual(new StringDecoder('ascii').write(Buffer.from([0x41, 0x42])), 'AB');
