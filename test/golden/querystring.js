// querystring parse/stringify/escape/unescape.
'use strict';
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&e=%20x+y&%zz=bad'));
console.log(qs.parse('a:1;b:2', ';', ':'));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: '', d: null, e: undefined, f: true, g: {} }));
console.log(qs.stringify({ w: 'ü€', x: '~!*()\'' }, ';', ':'));
console.log(qs.escape('a b&c/d'), qs.unescape('a%20b%zz'));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
