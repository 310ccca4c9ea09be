// path (POSIX): join, resolve, normalize, relative, parse, format, ...
'use strict';
const path = require('path');
const cases = [
  ['join', '/a/b', '../c', './d'], ['join', ''], ['join', 'a', '', 'b/'],
  ['normalize', '/a//b/../c/.'], ['normalize', './'], ['normalize', 'a/../..'],
  ['resolve', '/x', 'y', '../z'], ['resolve', '/a', '/b', 'c'],
  ['relative', '/data/a/b', '/data/c'], ['relative', '/a', '/a'],
  ['dirname', '/a/b/c'], ['dirname', 'file'], ['dirname', '/'],
  ['basename', '/a/b/c.txt'], ['basename', '/a/b/c.txt', '.txt'], ['basename', '/a/b/'],
  ['extname', 'index.html'], ['extname', '.bashrc'], ['extname', 'a.b.c'], ['extname', 'a.'],
  ['isAbsolute', '/x'], ['isAbsolute', 'x'], ['toNamespacedPath', '/x'],
];
for (const [fn, ...args] of cases) {
  console.log(`path.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) =`,
              JSON.stringify(path[fn](...args)));
}
console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.parse('./rel'));
console.log(path.format({ root: '/', dir: '/home', base: 'f.txt' }));
console.log(path.format({ name: 'f', ext: 'txt' }));
console.log(path.sep, path.delimiter, path.posix === path, path.win32.sep);
console.log(path.win32.join('C:\\a', '..', 'b'), path.win32.parse('C:\\x\\y.z').name);
console.log(path.relative(process.cwd(), __filename));
