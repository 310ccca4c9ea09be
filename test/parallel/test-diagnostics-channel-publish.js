'use strict';
// Channels by name: the same object while referenced, subscribers get
// (message, name), unsubscribe reports whether anything was removed.
const assert = require('assert');
const dc = require('diagnostics_channel');

const ch = dc.channel('eddy:test');
assert.strictEqual(dc.channel('eddy:test'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'eddy:test');
assert.strictEqual(ch.hasSubscribers, false);
ch.publish('nobody listens');

const got = [];
const sub = (message, name) => got.push([message, name]);
ch.subscribe(sub);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('eddy:test'), true);
ch.publish({ a: 1 });
assert.deepStrictEqual(got, [[{ a: 1 }, 'eddy:test']]);
assert.strictEqual(ch.unsubscribe(sub), true);
assert.strictEqual(ch.unsubscribe(sub), false);
assert.strictEqual(ch.hasSubscribers, false);

const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);
dc.subscribe('eddy:other', sub);
dc.channel('eddy:other').publish(2);
assert.deepStrictEqual(got[1], [2, 'eddy:other']);
assert.strictEqual(dc.unsubscribe('eddy:other', sub), true);
assert.strictEqual(dc.unsubscribe('eddy:never', sub), false);
assert.strictEqual(dc.hasSubscribers('eddy:never'), false);

assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => ch.subscribe(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type number (1)',
});
