// Node's global object: its own Node globals (global, timers,
// queueMicrotask, structuredClone, atob, btoa, performance, fetch, crypto)
// are enumerable, and it is tagged "global", so console.log(globalThis)
// prints "<ref *1> Object [global] { global: [Circular *1], ... }".
// eddy makes them non-enumerable and untagged: it prints "{}".
'use strict';
console.log(Object.keys(globalThis).sort().join(','));
console.log(Object.prototype.toString.call(globalThis));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'global').enumerable);
console.log(require('util').inspect(globalThis, { depth: 0 }).split('\n')[0]);
