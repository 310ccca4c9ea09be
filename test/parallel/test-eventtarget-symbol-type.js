'use strict';
// A symbol is not an event type: add/removeEventListener refuse it after the
// listener is checked.
const assert = require('assert');

const et = new EventTarget();
const err = { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received Symbol(s)" };
assert.throws(() => et.addEventListener(Symbol('s'), () => {}), err);
assert.throws(() => et.removeEventListener(Symbol('s'), () => {}), err);
assert.throws(() => et.removeEventListener(Symbol('s'), { handleEvent() {} }, {
  get capture() { throw new Error('capture'); },
}), err);
assert.throws(() => et.addEventListener(Symbol('s'), () => {}, {
  get once() { throw new Error('once'); },
}), { message: 'once' });
assert.throws(() => et.addEventListener(Symbol('s'), 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(et.removeEventListener(Symbol('s'), null), undefined);
assert.throws(() => et.addEventListener({ toString() { throw new Error('ts'); } }, () => {}), { message: 'ts' });
