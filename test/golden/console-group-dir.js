// console.group indents by two spaces per level; console.dir takes
// util.inspect options.
'use strict';
console.log('top');
console.group('Group A');
console.log('inside A');
console.group();
console.log('nested, no label');
console.info('multi\nline');
console.groupEnd();
console.groupCollapsed('Collapsed B');
console.dir({ deep: { deeper: { deepest: { gone: 1 } } } });
console.groupEnd();
console.groupEnd();
console.groupEnd();  // extra groupEnd is harmless
console.log('back to top');
console.dir({ deep: { deeper: { deepest: { gone: 1 } } } }, { depth: 0 });
console.dir({ deep: { deeper: { deepest: { gone: 1 } } } }, { depth: null });
console.dir('a string');
console.dir([1, 'two', [3]], { colors: false });
