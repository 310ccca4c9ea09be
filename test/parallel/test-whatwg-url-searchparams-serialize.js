'use strict';
// URLSearchParams#toString uses application/x-www-form-urlencoded: only
// ASCII alphanumerics and *-._ stay, space becomes '+', the rest is UTF-8
// percent-encoded.
const assert = require('assert');
const { URLSearchParams } = require('url');

let all = '';
for (let c = 0x20; c < 0x7f; c++) all += String.fromCharCode(c);
const p = new URLSearchParams();
p.append(all, all);
const enc = '+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40' +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E';
assert.strictEqual(p.toString(), `${enc}=${enc}`);

const q = new URLSearchParams();
q.append('\u00e9', '\u20ac \ud83d\ude00');
q.append('\u0000\n', '\ud800');
q.append('', '');
assert.strictEqual(q.toString(), '%C3%A9=%E2%82%AC+%F0%9F%98%80&%00%0A=%EF%BF%BD&=');

// Parsing then serialising normalises the encoding.
assert.strictEqual(new URLSearchParams('a=b c&d=%7e~&e=%zz').toString(), 'a=b+c&d=%7E%7E&e=%25zz');
assert.strictEqual(new URLSearchParams('').toString(), '');
assert.strictEqual(String(new URLSearchParams({ k: 'v w' })), 'k=v+w');
