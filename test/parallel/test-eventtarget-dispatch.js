'use strict';
// dispatchEvent(): `this`, handleEvent objects, target/currentTarget/
// eventPhase during and after dispatch, return value, validation.
const assert = require('assert');

const t = new EventTarget();
const seen = [];
t.addEventListener('a', function(e) {
  seen.push(['fn', this === t, e.eventPhase, e.target === t, e.currentTarget === t, e.composedPath()[0] === t]);
});
const obj = { handleEvent(e) { seen.push(['obj', this === obj, e.type]); } };
t.addEventListener('a', obj);
const ev = new Event('a');
assert.strictEqual(t.dispatchEvent(ev), true);
assert.deepStrictEqual(seen, [['fn', true, 2, true, true, true], ['obj', true, 'a']]);
assert.strictEqual(ev.eventPhase, 0);
assert.strictEqual(ev.target, t);
assert.strictEqual(ev.currentTarget, null);
assert.deepStrictEqual(ev.composedPath(), []);

t.addEventListener('c', (e) => e.preventDefault());
assert.strictEqual(t.dispatchEvent(new Event('c', { cancelable: true })), false);
assert.strictEqual(t.dispatchEvent(new Event('c')), true);

assert.throws(() => t.dispatchEvent({ type: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => t.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS', message: 'The "event" argument must be specified',
});
assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('a')), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventTarget',
});
t.addEventListener('r', (e) => {
  assert.throws(() => t.dispatchEvent(e), {
    code: 'ERR_EVENT_RECURSION', message: 'The event "r" is already being dispatched',
  });
});
t.dispatchEvent(new Event('r'));
assert.strictEqual(Object.prototype.toString.call(t), '[object EventTarget]');
