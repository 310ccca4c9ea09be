'use strict';
// DOMException: name/message/code getters, legacy codes, cause, brand.
const assert = require('assert');

const e = new DOMException('m', 'AbortError');
assert.strictEqual(e.name, 'AbortError');
assert.strictEqual(e.message, 'm');
assert.strictEqual(e.code, 20);
assert.ok(e instanceof Error);
assert.strictEqual(String(e), 'AbortError: m');
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
assert.deepStrictEqual(Reflect.ownKeys(e), ['stack']);

const e2 = new DOMException('m', { name: 'TimeoutError', cause: 42 });
assert.strictEqual(e2.code, 23);
assert.strictEqual(e2.cause, 42);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e2, 'cause'),
                       { value: 42, writable: true, enumerable: false, configurable: true });

const e3 = new DOMException();
assert.deepStrictEqual([e3.name, e3.message, e3.code], ['Error', '', 0]);
assert.strictEqual(new DOMException('', 'DataCloneError').code, 25);
assert.strictEqual(new DOMException('', 'IndexSizeError').code, 1);
assert.strictEqual(new DOMException('', 'ValidationError').code, 0);
assert.strictEqual(DOMException.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.prototype.ABORT_ERR, 20);
assert.throws(() => DOMException.prototype.name, { name: 'TypeError', code: 'ERR_INVALID_THIS' });
assert.throws(() => DOMException(), TypeError);
