// util.format, util.inherits, util.types, util.isDeepStrictEqual,
// util.promisify and util.callbackify.
'use strict';
const util = require('util');
console.log(util.format('%s:%s', 'a'));
console.log(util.format('%d %i %f', '42', '42.9', '1.5e2'));
console.log(util.format('%s', { nested: { obj: [1] } }));
console.log(util.format('%s %s', 1n, Symbol('q')));
console.log(util.format('no specifiers', { a: 1 }, [2], 'str'));
console.log(util.format('%%s %s', 'x'));
console.log(util.format(1, 2, '3'));
console.log(util.format('%o', [1, { a: 2 }]));
console.log(util.types.isPromise(Promise.resolve()), util.types.isRegExp(/x/),
            util.types.isDate(new Date()), util.types.isUint8Array(Buffer.alloc(0)));
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }),
            util.isDeepStrictEqual([1], ['1']));
function Base() {}
Base.prototype.hello = function() { return 'hello from ' + this.constructor.name; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log(new Derived().hello(), Derived.super_ === Base);
const wait = util.promisify((ms, cb) => setTimeout(() => cb(null, ms * 2), ms));
wait(2).then((v) => console.log('promisified:', v));
const cbified = util.callbackify(async (x) => x + 1);
cbified(1, (err, v) => console.log('callbackified:', err, v));
const failing = util.callbackify(async () => { throw null; });
failing((err) => console.log('callbackify null rejection:', err.code, err.reason));
