'use strict';
// A channel with subscribers switches to the ActiveChannel prototype and
// back when the last one leaves; instanceof Channel holds for both.
const assert = require('assert');
const util = require('util');
const dc = require('diagnostics_channel');

const ch = dc.channel('eddy:proto');
assert.strictEqual(Object.getPrototypeOf(ch), dc.Channel.prototype);
assert.match(util.inspect(ch), /^Channel \{/);
const fn = () => {};
ch.subscribe(fn);
assert.notStrictEqual(Object.getPrototypeOf(ch), dc.Channel.prototype);
assert.ok(ch instanceof dc.Channel);
assert.match(util.inspect(ch), /^ActiveChannel \{/);
assert.deepStrictEqual(ch._subscribers, [fn]);
ch.unsubscribe(fn);
assert.strictEqual(Object.getPrototypeOf(ch), dc.Channel.prototype);
assert.strictEqual(ch._subscribers, undefined);
assert.strictEqual({} instanceof dc.Channel, false);
assert.deepStrictEqual(Object.getOwnPropertyNames(dc.Channel.prototype), [
  'constructor', 'subscribe', 'unsubscribe', 'bindStore', 'unbindStore',
  'hasSubscribers', 'publish', 'runStores',
]);
