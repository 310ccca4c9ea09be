'use strict';
// AbortController.abort(): default reason, single abort event, onabort,
// throwIfAborted, and the illegal AbortSignal constructor.
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
const s = ac.signal;
assert.strictEqual(s.aborted, false);
assert.strictEqual(s.reason, undefined);
assert.strictEqual(ac.signal, s);
assert.ok(s instanceof EventTarget);
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');

const events = [];
s.onabort = (e) => events.push(['onabort', e.type, e.isTrusted, s.aborted]);
s.addEventListener('abort', function(e) { events.push(['listener', this === s, e.target === s]); });
ac.abort();
ac.abort('again');
assert.deepStrictEqual(events, [['onabort', 'abort', true, true], ['listener', true, true]]);
assert.strictEqual(s.reason.name, 'AbortError');
assert.strictEqual(s.reason.message, 'This operation was aborted');
assert.strictEqual(s.reason.code, 20);
assert.ok(s.reason instanceof DOMException);
assert.throws(() => s.throwIfAborted(), (e) => e === s.reason);

const ac2 = new AbortController();
ac2.abort('custom');
assert.strictEqual(ac2.signal.reason, 'custom');
const ac3 = new AbortController();
ac3.abort(null);
assert.strictEqual(ac3.signal.reason, null);
assert.strictEqual(new AbortController().signal.throwIfAborted(), undefined);

assert.throws(() => new AbortSignal(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type AbortSignal',
});
assert.strictEqual(String(s), '[object AbortSignal]');
assert.strictEqual(String(ac), '[object AbortController]');
