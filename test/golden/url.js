// WHATWG URL and URLSearchParams, plus the legacy url.parse/format.
'use strict';
const url = require('url');
const u = new URL('https://user:pa ss@Example.COM:8080/p/a/t/h/../x?query=string&a=1#hash');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k.padEnd(9), u[k]);
}
console.log(u.searchParams.get('a'), [...u.searchParams.keys()]);
u.searchParams.append('b', 'x y&z');
u.port = '443';
u.hash = '';
console.log(u.toString());
console.log(new URL('../up?x#y', 'http://h.com/a/b/c').href);
console.log(new URL('file:///tmp/a%20b').pathname, url.fileURLToPath('file:///tmp/a%20b'));
console.log(url.pathToFileURL('/tmp/has space#hash').href);
console.log(new URL('http://xn--nxasmq6b.com/').hostname, new URL('http://ñ.com').host);
console.log(URL.canParse ? URL.canParse('nope') : 'n/a');
const sp = new URLSearchParams({ b: '2', a: '1 +' });
sp.sort();
console.log(sp.toString(), sp.has('a'), sp.size);
console.log(new URLSearchParams('a=1&a=2&b').getAll('a'), String(new URLSearchParams([['x', 'é']])));
console.log(JSON.stringify(new URL('http://a.com/b')));
const legacy = url.parse('http://user@host.com:81/p?q=1#h', true);
console.log(legacy.host, legacy.pathname, legacy.query.q, legacy.hash, legacy.auth);
console.log(url.format({ protocol: 'http', host: 'x.com', pathname: '/y', query: { z: 1 } }));
console.log(url.resolve('http://a.com/b/c', '../d'));
