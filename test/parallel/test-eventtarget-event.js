'use strict';
// Event and CustomEvent properties, defaults and validation.
const assert = require('assert');
const util = require('util');

const e = new Event('x');
assert.strictEqual(e.type, 'x');
assert.strictEqual(e.isTrusted, false);
assert.strictEqual(e.bubbles, false);
assert.strictEqual(e.composed, false);
assert.strictEqual(e.cancelable, false);
assert.strictEqual(e.cancelBubble, false);
assert.strictEqual(e.returnValue, true);
assert.strictEqual(e.srcElement, null);
assert.strictEqual(e.eventPhase, Event.NONE);
assert.strictEqual(typeof e.timeStamp, 'number');
e.preventDefault();
assert.strictEqual(e.defaultPrevented, false);

const c = new Event('y', { cancelable: true, bubbles: 1 });
c.preventDefault();
assert.strictEqual(c.defaultPrevented, true);
assert.strictEqual(c.returnValue, false);
assert.strictEqual(c.bubbles, true);

assert.strictEqual(new Event(5).type, '5');
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
assert.throws(() => new Event('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => Event.prototype.preventDefault.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event',
});
assert.strictEqual(String(e), '[object Event]');
assert.strictEqual(util.inspect(new Event('insp'), { depth: -1 }), 'Event');
assert.match(util.inspect(new Event('insp')),
             /^Event {\n {2}type: 'insp',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n}$/);

const ce = new CustomEvent('c', { detail: { a: 1 } });
assert.deepStrictEqual(ce.detail, { a: 1 });
assert.ok(ce instanceof Event);
assert.strictEqual(new CustomEvent('c').detail, null);
assert.strictEqual(String(ce), '[object CustomEvent]');
