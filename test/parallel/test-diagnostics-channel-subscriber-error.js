'use strict';
// An exception thrown by a subscriber does not stop the publish: the other
// subscribers run and the error surfaces later as an uncaught exception.
const assert = require('assert');
const dc = require('diagnostics_channel');

const order = [];
const ch = dc.channel('eddy:throws');
ch.subscribe(() => { throw new Error('from subscriber'); });
ch.subscribe((m) => order.push(`second:${m}`));
process.on('uncaughtException', (err) => order.push(`uncaught:${err.message}`));
ch.publish('msg');
order.push('after publish');
process.on('exit', () => {
  assert.deepStrictEqual(order, ['second:msg', 'after publish', 'uncaught:from subscriber']);
});
