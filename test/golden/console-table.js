// console.table draws boxes for arrays and objects, and can pick columns.
'use strict';
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table({ first: { x: 1 }, second: { y: [1, 2] } });
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2, c: 3 }], ['c', 'a']);
console.table(new Map([['k', { v: 1 }]]));
console.table(['apples', 'pears']);
console.table('not tabular');
console.table(42);
