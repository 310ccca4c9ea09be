// EventEmitter details: once, prepend, listener order, removal during
// emit, newListener/removeListener events, rawListeners, max listeners
// warning (stderr) and events.once.
// golden-stderr: MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 11 leak listeners added to \[EventEmitter\]\. MaxListeners is 10\.
'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (s) => console.log(s);

e.on('newListener', (name) => { if (name !== 'removeListener') log('newListener ' + name); });
e.on('removeListener', (name) => log('removeListener ' + name));
e.on('x', () => log('x first'));
e.prependListener('x', () => log('x prepended'));
e.once('x', function self() {
  log('x once');
});
function removesOther() {
  log('x removes third');
  e.removeListener('x', third);
}
function third() { log('x third (still runs in this emit)'); }
e.on('x', removesOther);
e.on('x', third);
log('emit returned ' + e.emit('x', 1));
log('emit returned ' + e.emit('x', 2));
log('emit y returned ' + e.emit('y'));
log('eventNames ' + JSON.stringify(e.eventNames()));
log('raw ' + e.rawListeners('x').length + ' count ' + e.listenerCount('x'));
e.removeAllListeners('x');
log('after removeAll ' + e.listenerCount('x'));
log('defaultMaxListeners ' + EventEmitter.defaultMaxListeners);
const many = new EventEmitter();
for (let i = 0; i < 11; i++) many.on('leak', () => {});
EventEmitter.once(e, 'ready').then(([a, b]) => log('events.once got ' + a + ' ' + b));
e.emit('ready', 'A', 'B');
