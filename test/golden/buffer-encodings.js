// Buffer encodings: utf8, utf16le, latin1, ascii, hex, base64, base64url.
'use strict';
const text = 'héllo wörld ✓ 𝄞';
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'binary', 'ucs2'];
const buf = Buffer.from(text);
console.log(buf.length, Buffer.byteLength(text), text.length);
for (const enc of encodings) {
  const s = buf.toString(enc);
  console.log(enc.padEnd(10), JSON.stringify(s));
  console.log(''.padEnd(10), Buffer.byteLength(s, enc), Buffer.from(s, enc).equals(buf));
}
console.log(Buffer.from('aGVsbG8', 'base64').toString());
console.log(Buffer.from('aGVsbG8=\n', 'base64').toString());
console.log(Buffer.from('_-8', 'base64url'));
console.log(Buffer.from('zz12ab', 'hex'));
console.log(Buffer.from('12abc', 'hex'));
console.log(Buffer.from('ÿĀ', 'latin1'));
console.log(Buffer.from([0xe2, 0x82]).toString('utf8'));
console.log(Buffer.from([0xff, 0xfe, 0x41]).toString());
console.log(Buffer.from('€', 'ascii'));
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('utf-16le'), Buffer.isEncoding('nope'));
console.log(buf.toJSON().data.slice(0, 4));
console.log(buf);
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString('hex'));
const b = Buffer.alloc(8);
b.writeUInt32BE(0xdeadbeef, 0);
b.writeInt16LE(-2, 4);
console.log(b, b.readUInt32BE(0).toString(16), b.readInt16LE(4));
